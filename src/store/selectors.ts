/** Reads of the assessment store for screens. Each is defined once, outside components, so it stays the same from render to render. */
import type { AssessmentStore } from './assessment-store';

export const selectAnswers = (state: AssessmentStore): AssessmentStore['answers'] => state.answers;
export const selectStep = (state: AssessmentStore): AssessmentStore['step'] => state.step;
export const selectFromReview = (state: AssessmentStore): boolean => state.fromReview;
export const selectOpened = (state: AssessmentStore): AssessmentStore['opened'] => state.opened;
export const selectDropped = (state: AssessmentStore): AssessmentStore['dropped'] => state.dropped;
export const selectSaving = (state: AssessmentStore): AssessmentStore['saving'] => state.saving;
export const selectRestoreProblem = (state: AssessmentStore): AssessmentStore['restoreProblem'] => state.restoreProblem;
export const selectCleared = (state: AssessmentStore): boolean => state.cleared;

/** How many questions have an answer ("Not sure" counts). */
export const selectAnsweredCount = (state: AssessmentStore): number => Object.keys(state.answers).length;

/** Whether any question has an answer. */
export const selectHasProgress = (state: AssessmentStore): boolean => Object.keys(state.answers).length > 0;
