/**
 * The assessment's one store: the answers and where the user is, plus a few transient
 * notices. Actions are named for what happened. The result is never stored: the result
 * screen derives it from the answers with the engine. Every change of the answers or the
 * step is saved at once (progress-storage.ts); a reload resumes where the user was.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { answerInFlow, dropHiddenAnswers, nextQuestion, previousQuestion, questionFlow } from '../engine';
import type { Answer, Answers, Bank, Person } from '../engine';
import { createProgressStorage, type RestoreProblem, type Saving } from './progress-storage';
import type { SavedProgress, Step as SavedStep } from './saved-progress';

/**
 * Where the user is: a step that is saved, or one that never is: the comparison, choosing a
 * saved file to open, or someone else's result viewed read-only.
 */
export type Step = SavedStep | 'compare' | 'open' | 'view';

/** One person's answers given to the comparison form, already read. */
export interface Given {
  /** The name to start the person's field with ('' for none). */
  name: string;
  answers: Answers;
  /** Where the answers came from: this browser's own, a shared result, a comparison link or a saved file; the screen names it in the visitor's words. */
  source: GivenSource;
}

export type GivenSource = 'mine' | 'shared' | 'link' | 'file';

/** Someone else's answers shown read-only: a chosen file's, or one person's from a comparison. */
export interface Viewing {
  from: 'file' | 'comparison';
  answers: Answers;
  /** Whose they are, cleaned ('' when nobody said). */
  name: string;
  /** Set when the questions changed since the answers were saved. */
  notice: string | undefined;
}

/** Answers opened from elsewhere, for the notice that says so. */
export interface Opened {
  from: 'file' | 'link';
  /** Set when the questions changed since the answers were saved or shared. */
  notice: string | null;
}

/**
 * What the comparison screen opens with besides an empty form: a comparison link's people,
 * shown read-only, or a shared result's answers beside this browser's own.
 */
export type Comparing =
  { from: 'link'; people: Person[]; notice: string | undefined } | { from: 'form'; people: Given[] };

export interface AssessmentState {
  answers: Answers;
  step: Step;
  /** Where the comparison (or open, or view) screen was opened from: Back returns there, and it is what gets saved meanwhile. */
  compareFrom: SavedStep;
  /** The answers the view step shows. Never saved. */
  viewing: Viewing | null;
  /** Whose answers this browser's are, as typed ("Whose answers are these?"); cleaned where it is used. */
  name: string;
  /** What the comparison screen shows, when it was not opened empty. Never saved. */
  comparing: Comparing | null;
  /** The answers were just opened from a saved file or a share link. */
  opened: Opened | null;
  /** The user came to a question from the review screen. */
  fromReview: boolean;
  /** The questions shown when the user left the review to change an answer: any other a change brings up is asked before the review. */
  reviewShown: readonly string[];
  /** Ids of questions whose answers the last change removed because they are no longer shown. */
  dropped: string[];
  /** Saved progress could not be read on load (see RestoreProblem); the assessment started fresh. */
  restoreProblem: RestoreProblem;
  /** Whether changes are being saved in this browser. */
  saving: Saving;
  /** "Clear my data" just ran. */
  cleared: boolean;
}

export interface AssessmentActions {
  /** Begins a fresh assessment at the first question. */
  start: () => void;
  /** From the landing page with answers kept: on to the first unanswered question, or the review. */
  resume: () => void;
  /** Records an answer (undefined removes it) and drops answers to questions it hides. */
  answerQuestion: (question: string, answer: Answer | undefined) => void;
  /** Moves on from the current question; false (and no move) when it has no answer. */
  goNext: () => boolean;
  goBack: () => void;
  /** Opens one question from the review screen. */
  changeAnswer: (question: string) => void;
  /**
   * Back to the review, through any unanswered question the change brought up; false (and no
   * move) while the current question is one of those.
   */
  backToReview: () => boolean;
  /** Shows the result; false (and no move) while a shown question has no answer. */
  showResult: () => boolean;
  /** Back to the landing page with no answers. */
  restart: () => void;
  /** Replaces the answers with checked ones from a saved file; shows the result, or the review when some are missing. */
  importAnswers: (answers: Answers, notice?: string) => void;
  /** The same for the answers in a share link. */
  openSharedLink: (answers: Answers, notice?: string) => void;
  /**
   * Goes to a step named from outside (the browser's Back and Forward, a reloaded address): a
   * question the answers hide falls back to the nearest shown one before it, the result to the
   * first unanswered question while any is left.
   */
  visit: (step: Step) => void;
  /** Opens the screen that compares several people's results (from the result, with it as person 1); goBack leaves it. */
  openCompare: () => void;
  /** Opens the screen to choose a saved file; goBack leaves it. */
  openFile: () => void;
  /** Shows someone else's answers read-only; goBack returns to the comparison it came from, or where the file was opened from. */
  viewAnswers: (viewing: Viewing) => void;
  /** Names this browser's answers ("Whose answers are these?"). */
  nameAnswers: (name: string) => void;
  /** A comparison link was opened: the comparison screen shows its people read-only. The answers stay as they are. */
  openSharedComparison: (people: Person[], notice?: string) => void;
  /** Compares others' answers (a shared result, a file, a comparison's people) with this browser's own, which stay as they are. */
  compareWithMine: (others: readonly Given[]) => void;
  /** Removes everything this app saved in the browser and starts again. */
  clearData: () => void;
  dismissNotices: () => void;
}

export type AssessmentStore = AssessmentState & AssessmentActions;

export interface StoreOptions {
  /** Defaults to window.localStorage; tests may pass a failing one. */
  storage?: () => Storage;
}

const initialState: AssessmentState = {
  answers: {},
  step: 'landing',
  compareFrom: 'landing',
  viewing: null,
  name: '',
  comparing: null,
  opened: null,
  fromReview: false,
  reviewShown: [],
  dropped: [],
  restoreProblem: null,
  saving: 'on',
  cleared: false,
};

/**
 * True for a first visit's landing page, with nothing saved and no notice: the page the
 * build prerenders into index.html, so the only state the browser may hydrate it with.
 */
export function isFreshLanding(state: AssessmentState): boolean {
  const { answers, step, restoreProblem, saving, opened, cleared, dropped } = state;
  return (
    step === 'landing' &&
    Object.keys(answers).length === 0 &&
    restoreProblem === null &&
    saving === 'on' &&
    opened === null &&
    !cleared &&
    dropped.length === 0
  );
}

/** What is saved of a state: the comparison screen is not, so a reload returns to where it was opened from. */
function progressOf(state: AssessmentState): SavedProgress {
  const step = isSaved(state.step) ? state.step : state.compareFrom;
  return state.name === '' ? { answers: state.answers, step } : { answers: state.answers, step, name: state.name };
}

const isSaved = (step: Step): step is SavedStep => step !== 'compare' && step !== 'open' && step !== 'view';

/** Creates the store for one bank, with progress loaded from and saved to localStorage. */
export function createAssessmentStore(bank: Bank, options: StoreOptions = {}): StoreApi<AssessmentStore> {
  const storage = createProgressStorage(bank, options.storage ?? (() => window.localStorage));
  const loaded = storage.load();

  const store = createStore<AssessmentStore>()((set, get) => {
    /** A fresh state that keeps whether saving works. */
    const fresh = (): AssessmentState => ({ ...initialState, saving: get().saving });
    const open =
      (from: Opened['from']) =>
      (answers: Answers, notice?: string): void => {
        const kept = dropHiddenAnswers(bank, answers);
        set({
          ...fresh(),
          name: get().viewing?.name ?? '',
          answers: kept,
          step: questionFlow(bank, kept).complete ? 'result' : 'review',
          opened: { from, notice: notice ?? null },
        });
      };
    const stepTo = (question: string | undefined): Step => (question ? { question } : 'review');
    /** Where an unsaved screen opened now returns to. */
    const from = (): SavedStep => {
      const { step, compareFrom } = get();
      return isSaved(step) ? step : compareFrom;
    };
    const compare = (comparing: Comparing | null): void => {
      set({ step: 'compare', compareFrom: from(), comparing, viewing: null, dropped: [] });
    };
    const mine = (): Given => ({ name: get().name, answers: get().answers, source: 'mine' });

    return {
      ...initialState,
      ...loaded.progress,
      saving: loaded.saving,
      restoreProblem: loaded.problem,
      start: () => {
        set({ ...fresh(), step: stepTo(questionFlow(bank, {}).first) });
      },
      resume: () => {
        set({ step: stepTo(questionFlow(bank, get().answers).firstUnanswered), cleared: false });
      },
      answerQuestion: (question, answer) => {
        const { answers, dropped } = answerInFlow(bank, get().answers, question, answer);
        set({ answers, dropped });
      },
      goNext: () => {
        const { step, answers, fromReview } = get();
        if (typeof step !== 'object' || answers[step.question] === undefined) return false;
        const next = nextQuestion(bank, answers, step.question);
        // `dropped` stays: a number is committed as Next is pressed, so the note about the
        // answers it removed must still be there on the next screen.
        set({ step: stepTo(next), fromReview: next ? fromReview : false });
        return true;
      },
      goBack: () => {
        const { step, answers, compareFrom, comparing } = get();
        if (step === 'view' && comparing) return set({ step: 'compare', viewing: null });
        if (!isSaved(step)) return set({ step: compareFrom, comparing: null, viewing: null });
        if (step === 'result') return set({ step: 'review' });
        if (step === 'landing') return;
        const previous =
          step === 'review' ? questionFlow(bank, answers).ids.at(-1) : previousQuestion(bank, answers, step.question);
        set({ step: previous ? { question: previous } : 'landing', dropped: [] });
      },
      changeAnswer: (question) => {
        const { ids } = questionFlow(bank, get().answers);
        if (ids.includes(question)) set({ step: { question }, fromReview: true, reviewShown: ids, dropped: [] });
      },
      backToReview: () => {
        const { answers, reviewShown, step } = get();
        const revealed = questionFlow(bank, answers).ids.find(
          (id) => answers[id] === undefined && !reviewShown.includes(id),
        );
        if (revealed === undefined) set({ step: 'review', fromReview: false, dropped: [] });
        else if (typeof step !== 'object' || step.question !== revealed) set({ step: { question: revealed } });
        return revealed === undefined || typeof step !== 'object' || step.question !== revealed;
      },
      showResult: () => {
        const { firstUnanswered } = questionFlow(bank, get().answers);
        if (firstUnanswered) {
          set({ step: { question: firstUnanswered }, fromReview: true });
          return false;
        }
        set({ step: 'result', fromReview: false });
        return true;
      },
      visit: (target) => {
        const { answers, step } = get();
        const flow = questionFlow(bank, answers);
        let to: Step = target;
        if (typeof target === 'object' && !flow.ids.includes(target.question)) {
          const at = bank.questions.findIndex((question) => question.id === target.question);
          const before = flow.ids.filter((id) => bank.questions.findIndex((question) => question.id === id) < at);
          to = stepTo(before.at(-1) ?? flow.first);
        } else if (target === 'result' && flow.firstUnanswered) to = { question: flow.firstUnanswered };
        else if (target === 'review' && Object.keys(answers).length === 0) to = 'landing';
        if (to === 'compare') return step === 'view' ? get().goBack() : get().openCompare();
        if (to === 'open') return get().openFile();
        // Nothing to view on a reloaded address: back where the view was opened from.
        if (to === 'view') to = get().compareFrom;
        if (JSON.stringify(to) !== JSON.stringify(step)) set({ step: to, fromReview: false, dropped: [] });
      },
      importAnswers: open('file'),
      openSharedLink: open('link'),
      openCompare: () => {
        const { step, answers } = get();
        if (step === 'compare') return;
        const complete = step === 'result' && questionFlow(bank, answers).complete;
        compare(complete ? { from: 'form', people: [mine()] } : null);
      },
      openFile: () => {
        if (get().step !== 'open')
          set({ step: 'open', compareFrom: from(), comparing: null, viewing: null, dropped: [] });
      },
      viewAnswers: (viewing) => {
        const { step, comparing } = get();
        set({ step: 'view', compareFrom: from(), viewing, comparing: step === 'compare' ? comparing : null });
      },
      nameAnswers: (name) => {
        set({ name });
      },
      openSharedComparison: (people, notice) => {
        compare({ from: 'link', people, notice });
      },
      compareWithMine: (others) => {
        compare({ from: 'form', people: [...others, mine()] });
      },
      restart: () => {
        set(fresh());
      },
      clearData: () => {
        set({ ...initialState, saving: storage.clear(), cleared: true });
      },
      dismissNotices: () => {
        set({ restoreProblem: null, cleared: false, opened: null });
      },
    };
  });

  store.subscribe((state, previous) => {
    if (
      state.answers === previous.answers &&
      state.step === previous.step &&
      state.compareFrom === previous.compareFrom &&
      state.name === previous.name
    )
      return;
    const saving = storage.save(progressOf(state));
    if (saving !== store.getState().saving) store.setState({ saving });
  });
  // Progress read from an older version is written back in this version's shape.
  if (loaded.progress) storage.save(progressOf(store.getState()));
  return store;
}
