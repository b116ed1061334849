/**
 * The assessment's one store: the answers and where the user is, plus a few transient
 * notices. Actions are named for what happened. The result is never stored: the result
 * screen derives it from the answers with the engine.
 */
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { afterNextPaint } from '../after-next-paint';
import { dropHiddenAnswers, visibleQuestions, type Answer, type Answers, type Bank } from '../engine';
import { safeStorage } from './safe-storage';
import { isComplete, restoreProgress, type SavedProgress, type Step as SavedStep } from './saved-progress';

/** Where the user is: a step that is saved, or the comparison screen, which never is. */
export type Step = SavedStep | 'compare';

/** Answers opened from elsewhere, for the notice that says so. */
export interface Opened {
  from: 'file' | 'link';
  /** Set when the questions changed since the answers were saved or shared. */
  notice: string | null;
}

/** Every key this app writes starts with this. */
export const STORAGE_PREFIX = 'role-fit:';
/** Where progress is saved. */
export const STORAGE_KEY = `${STORAGE_PREFIX}v1`;
/** Where unreadable saved data is kept, so nothing the user had is silently destroyed. */
export const BACKUP_KEY = `${STORAGE_PREFIX}unreadable-backup`;
const STORAGE_VERSION = 1;

export interface AssessmentState {
  answers: Answers;
  step: Step;
  /** Where the comparison screen was opened from: Back returns there, and it is what gets saved meanwhile. */
  compareFrom: SavedStep;
  /** The answers were just opened from a saved file or a share link. */
  opened: Opened | null;
  /** Saved progress was found on load and the user has not yet chosen to continue or start over. */
  resumeOffered: boolean;
  /** The user came to a question from the review screen. */
  fromReview: boolean;
  /** Ids of questions whose answers the last change removed because they are no longer shown. */
  dropped: string[];
  /** Saved data could not be read; it was backed up and the assessment starts fresh. */
  restoreFailed: boolean;
  /** Storage is blocked or full, or holds progress this version must not overwrite: progress lives in memory only. */
  saving: 'on' | 'off';
  /** Saved progress from a newer version of Role Fit was found and is left untouched. */
  newerSaved: boolean;
  /** "Clear my data" just ran. */
  cleared: boolean;
}

export interface AssessmentActions {
  /** Begins a fresh assessment at the first question. */
  start: () => void;
  /** Goes back to where saved progress left off. */
  resume: () => void;
  /** Records an answer (undefined removes it) and drops answers to questions it hides. */
  answerQuestion: (question: string, answer: Answer | undefined) => void;
  /** Moves on from the current question; false (and no move) when it has no answer. */
  goNext: () => boolean;
  goBack: () => void;
  /** Opens one question from the review screen. */
  changeAnswer: (question: string) => void;
  backToReview: () => void;
  /** Shows the result; false (and no move) while a shown question has no answer. */
  showResult: () => boolean;
  /** Back to the landing page with no answers. */
  restart: () => void;
  /** Replaces the answers with checked ones from a saved file; shows the result, or the review when some are missing. */
  importAnswers: (answers: Answers, notice?: string) => void;
  /** The same for the answers in a share link. */
  openSharedLink: (answers: Answers, notice?: string) => void;
  /** Opens the screen that compares several people's results; goBack leaves it. */
  openCompare: () => void;
  /** Removes everything this app saved in the browser and starts again. */
  clearData: () => void;
  dismissNotices: () => void;
}

export type AssessmentStore = AssessmentState & AssessmentActions;

export interface StoreOptions {
  /** Defaults to window.localStorage; tests may pass a failing one. */
  storage?: () => Storage;
  /**
   * Save once the frame after a change has been painted and the browser is idle (within a
   * second), and at once when the page is hidden or left, so saving never delays showing a
   * step or handling the next click. Off by default: every change saves at once.
   */
  saveAfterPaint?: boolean;
}

const initialState: AssessmentState = {
  answers: {},
  step: 'landing',
  compareFrom: 'landing',
  opened: null,
  resumeOffered: false,
  fromReview: false,
  dropped: [],
  restoreFailed: false,
  saving: 'on',
  newerSaved: false,
  cleared: false,
};

/**
 * True for a first visit's landing page, with nothing to resume and no notice: the page the
 * build prerenders into index.html, so the only state the browser may hydrate it with.
 */
export function isFreshLanding(state: AssessmentState): boolean {
  return (
    state.step === 'landing' &&
    Object.keys(state.answers).length === 0 &&
    !state.resumeOffered &&
    !state.restoreFailed &&
    state.saving === 'on' &&
    !state.newerSaved &&
    state.opened === null &&
    !state.cleared &&
    state.dropped.length === 0
  );
}

function questionIds(bank: Bank, answers: Answers): string[] {
  return visibleQuestions(bank, answers).map((question) => question.id);
}

/**
 * A selector of the shown questions' ids that gives the same array for as long as they stay
 * the same, so a screen that reads them renders again only when they change.
 */
export function selectShownIds(bank: Bank): (state: AssessmentState) => readonly string[] {
  let last: readonly string[] = [];
  let lastAnswers: Answers | null = null;
  return (state) => {
    // Answers are replaced, never changed in place: the same object shows the same questions.
    if (state.answers === lastAnswers) return last;
    lastAnswers = state.answers;
    const ids = questionIds(bank, state.answers);
    if (ids.length !== last.length || ids.some((id, i) => id !== last[i])) last = ids;
    return last;
  };
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** True for a saved value written by a later Role Fit: a whole version number above this one's. */
function isNewer(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'version')) return false;
  const { version } = value as { version: unknown };
  return Number.isSafeInteger(version) && (version as number) > STORAGE_VERSION;
}

/** The envelope persist writes, at a version this build can migrate; the state inside is checked by merge. */
function isReadable(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { version } = value as { version?: unknown };
  return keys.length === 2 && keys.includes('state') && (version === 0 || version === STORAGE_VERSION);
}

/** Runs `task` when the browser has nothing more urgent to do, and within a second. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
}

/** Creates the store for one bank, persisted to localStorage under STORAGE_KEY. */
export function createAssessmentStore(bank: Bank, options: StoreOptions = {}): StoreApi<AssessmentStore> {
  let api: StoreApi<AssessmentStore> | undefined;
  // The state does not exist until creation (which includes hydration) has finished.
  let ready = false;
  // Hydration runs while the store is being created, before `api` can take notices:
  // what it finds is collected here and applied in `merge`.
  const boot = { unavailable: false, raw: null as string | null, newer: false };
  // Set while the saved value must stay as it is (written by a newer version, or unreadable
  // and impossible to back up): nothing this store does may overwrite or remove it.
  let keepSaved = false;
  const storage = safeStorage(options.storage ?? (() => window.localStorage), {
    onUnavailable: () => {
      boot.unavailable = true;
      if (ready && api?.getState().saving === 'on') api.setState({ saving: 'off' });
    },
  });

  const protectNewer = (): void => {
    keepSaved = true;
    boot.newer = true;
    if (ready) api?.setState({ saving: 'off', newerSaved: true });
  };

  const persistStorage: PersistStorage<SavedProgress> = {
    getItem: (key) => {
      boot.raw = storage.read(key);
      if (boot.raw === null) return null;
      // Not JSON at all (undefined): merge finds nothing usable, backs the text up and says so.
      const parsed = parseJson(boot.raw);
      // persist would hand a newer version to `migrate` and then save over it: a newer Role Fit
      // (another tab, or before a rollback) would lose its progress. Leave it alone instead.
      if (isNewer(parsed)) {
        protectNewer();
        return null;
      }
      // Anything but { state, version } of a version this build reads: merge backs it up and says so.
      return isReadable(parsed) ? (parsed as StorageValue<SavedProgress>) : null;
    },
    setItem: (key, value) => {
      if (options.saveAfterPaint) saveLater(key, value);
      else save(key, value);
    },
    removeItem: (key) => {
      if (!keepSaved) storage.remove(key);
    },
  };

  function save(key: string, value: StorageValue<SavedProgress>): void {
    if (keepSaved) return;
    // A newer Role Fit in another tab may have saved since this one loaded.
    if (isNewer(parseJson(storage.read(key)))) {
      protectNewer();
      return;
    }
    // A fresh assessment has nothing worth keeping: leave storage empty.
    if (value.state.step === 'landing' && Object.keys(value.state.answers).length === 0) storage.remove(key);
    else storage.write(key, JSON.stringify(value));
  }

  // Only the latest state waiting to be saved matters.
  let waiting: { key: string; value: StorageValue<SavedProgress> } | null = null;
  const saveWaiting = (): void => {
    if (!waiting) return;
    const { key, value } = waiting;
    waiting = null;
    save(key, value);
  };
  function saveLater(key: string, value: StorageValue<SavedProgress>): void {
    if (!waiting) afterNextPaint(() => whenIdle(saveWaiting));
    waiting = { key, value };
  }
  if (options.saveAfterPaint) {
    window.addEventListener('pagehide', saveWaiting);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') saveWaiting();
    });
  }

  const store = createStore<AssessmentStore>()(
    persist(
      (set, get, storeApi) => {
        api = storeApi;
        const firstUnanswered = (answers: Answers): string | undefined =>
          visibleQuestions(bank, answers).find((question) => answers[question.id] === undefined)?.id;
        // Whether progress can be saved outlives every reset.
        const savingState = () => ({ saving: get().saving, newerSaved: get().newerSaved });
        const reset = (): void => {
          set({ ...storeApi.getInitialState(), ...savingState() });
        };
        const open =
          (from: Opened['from']) =>
          (answers: Answers, notice?: string): void => {
            const kept = dropHiddenAnswers(bank, answers);
            set({
              ...initialState,
              ...savingState(),
              answers: kept,
              step: isComplete(bank, kept) ? 'result' : 'review',
              opened: { from, notice: notice ?? null },
            });
          };

        return {
          ...initialState,
          start: () => {
            const first = questionIds(bank, {})[0];
            set({ ...initialState, ...savingState(), step: first ? { question: first } : 'review' });
          },
          resume: () => {
            set({ resumeOffered: false, restoreFailed: false, cleared: false });
          },
          answerQuestion: (question, answer) => {
            const before = get().answers;
            const next = Object.fromEntries(Object.entries(before).filter(([id]) => id !== question));
            if (answer !== undefined) next[question] = answer;
            const kept = dropHiddenAnswers(bank, next);
            const dropped = Object.keys(before).filter((id) => id !== question && !(id in kept));
            // The same empty list as before: what shows the note need not render again.
            set({
              answers: kept,
              dropped: dropped.length === 0 && get().dropped.length === 0 ? get().dropped : dropped,
            });
          },
          goNext: () => {
            const { step, answers } = get();
            if (typeof step !== 'object') return false;
            if (answers[step.question] === undefined) return false;
            const ids = questionIds(bank, answers);
            const next = ids[ids.indexOf(step.question) + 1];
            // `dropped` stays: a number is committed as Next is pressed, so the note about the
            // answers it removed must still be there on the next screen.
            set({
              step: next ? { question: next } : 'review',
              fromReview: next ? get().fromReview : false,
            });
            return true;
          },
          goBack: () => {
            const { step, answers } = get();
            const ids = questionIds(bank, answers);
            if (step === 'compare') return set({ step: get().compareFrom });
            if (step === 'result') return set({ step: 'review' });
            if (step === 'review') {
              const last = ids.at(-1);
              return set({ step: last ? { question: last } : 'landing' });
            }
            if (step === 'landing') return;
            const previous = ids[ids.indexOf(step.question) - 1];
            set({ step: previous ? { question: previous } : 'landing', dropped: [] });
          },
          changeAnswer: (question) => {
            if (!questionIds(bank, get().answers).includes(question)) return;
            set({ step: { question }, fromReview: true, dropped: [] });
          },
          backToReview: () => {
            set({ step: 'review', fromReview: false, dropped: [] });
          },
          showResult: () => {
            const { answers } = get();
            if (!isComplete(bank, answers)) {
              const missing = firstUnanswered(answers);
              if (missing) set({ step: { question: missing }, fromReview: true });
              return false;
            }
            set({ step: 'result', fromReview: false });
            return true;
          },
          importAnswers: open('file'),
          openSharedLink: open('link'),
          openCompare: () => {
            const { step } = get();
            if (step !== 'compare') set({ step: 'compare', compareFrom: step, dropped: [] });
          },
          restart: reset,
          clearData: () => {
            // The user asked for everything to go, a newer version's progress included: once it is
            // gone there is nothing left to protect, so saving can start again.
            keepSaved = false;
            for (const key of storage.keys(STORAGE_PREFIX)) storage.remove(key);
            reset();
            if (get().newerSaved) set({ newerSaved: false, saving: boot.unavailable ? 'off' : 'on' });
            storage.remove(STORAGE_KEY);
            set({ cleared: true });
          },
          dismissNotices: () => {
            set({ restoreFailed: false, cleared: false, opened: null });
          },
        };
      },
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage: persistStorage,
        // The comparison screen is never saved: a reload returns to where it was opened from.
        partialize: (state): SavedProgress => ({
          answers: state.answers,
          step: state.step === 'compare' ? state.compareFrom : state.step,
        }),
        // Version 0 (a development build) kept the same shape; later versions need a real migration.
        migrate: (persisted, version) => (version === 0 ? persisted : undefined) as SavedProgress,
        merge: (persisted, current) => {
          const saving = boot.unavailable ? 'off' : 'on';
          if (boot.newer) return { ...current, saving: 'off', newerSaved: true };
          if (boot.raw === null) return { ...current, saving };
          const restored = restoreProgress(bank, persisted);
          if (!restored) {
            // The unreadable value is removed only once its backup is written: nothing is silently destroyed.
            if (storage.write(BACKUP_KEY, boot.raw)) storage.remove(STORAGE_KEY);
            else keepSaved = true;
            return { ...current, saving: keepSaved ? 'off' : saving, restoreFailed: true };
          }
          const fresh = restored.step === 'landing' && Object.keys(restored.answers).length === 0;
          return { ...current, ...restored, saving, resumeOffered: !fresh };
        },
      },
    ),
  );
  ready = true;
  // A write that failed during hydration (quota) could not be reported before now.
  if (boot.unavailable) store.setState({ saving: 'off' });
  if (boot.newer) store.setState({ saving: 'off', newerSaved: true });
  return store;
}
