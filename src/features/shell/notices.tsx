import { Suspense, useState } from 'react';
import { questionById } from '../../engine';
import { fill, plural } from '../../i18n/format';
import { useLocale, useMessages, useResultMessages } from '../../i18n/language-context';
import { ResultWords } from '../../i18n/result-words';
import type { ResultMessages } from '../../i18n/registry';
import type { Locale } from '../../i18n/languages';
import { MessageSlot } from '../../components/message-slot';
import { focusScreenHeading } from '../../components/screen-heading';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import { BACKUP_KEY, STORAGE_KEY, type RestoreProblem, type Saving } from '../../store/progress-storage';
import {
  selectCleared,
  selectDropped,
  selectOpened,
  selectRestoreProblem,
  selectSaving,
  selectStep,
} from '../../store/selectors';

type Trouble = ResultMessages['storage'];

/** Why changes are not being saved, when they are not, and what that means. */
function notSaving(locale: Locale, m: Trouble, saving: Exclude<Saving, 'on'>): string {
  return `${fill(locale, m.notSaving[saving], { key: STORAGE_KEY })} ${m.loses}`;
}

/** What loading found. The copy is named only when it was read back (progress-storage.ts). */
function restored(locale: Locale, m: Trouble, problem: NonNullable<RestoreProblem>): string {
  return problem === 'backed-up'
    ? fill(locale, m.restored.backedUp, { key: BACKUP_KEY })
    : fill(locale, m.restored.leftInPlace, { key: STORAGE_KEY });
}

/**
 * The words of a storage problem. They load with the result's words, only when storage fails:
 * nearly every visit never needs them.
 */
function TroubleText({ say }: { say: (locale: Locale, m: Trouble) => string }) {
  const locale = useLocale();
  return say(locale, useResultMessages().storage);
}

function Trouble({ say }: { say: (locale: Locale, m: Trouble) => string }) {
  return (
    <Suspense fallback={null}>
      <ResultWords>
        <TroubleText say={say} />
      </ResultWords>
    </Suspense>
  );
}

/**
 * Storage problems and "Clear my data" confirmations, shown on every screen: one notice at a
 * time that says all that holds, so two never contradict each other.
 */
export function StorageNotices() {
  const restoreProblem = useAssessment(selectRestoreProblem);
  const step = useAssessment(selectStep);
  const now = useAssessment(selectSaving);
  const cleared = useAssessment(selectCleared);
  // Saving that stops mid-screen (a number committed as the pointer presses Next) is told with
  // the next screen: a notice pushing the page down between press and release loses the click.
  const [told, setTold] = useState({ step, saving: now });
  if (told.step !== step) setTold({ step, saving: now });
  const saving = cleared || told.step !== step ? now : told.saving;
  const { dismissNotices } = useActions();
  const m = useMessages().shell.notices;
  const dismiss = () => {
    dismissNotices();
    focusScreenHeading();
  };
  // "left-in-place" says itself that nothing is saved.
  const stopped = saving === 'on' || restoreProblem === 'left-in-place' ? null : saving;
  return (
    <div className="notices no-print">
      {restoreProblem ? (
        <div className="notice notice-warning" role="alert">
          <p>
            <Trouble
              say={(locale, t) =>
                `${restored(locale, t, restoreProblem)}${stopped ? ` ${notSaving(locale, t, stopped)}` : ''}`
              }
            />
          </p>
          <button type="button" className="button small" onClick={dismiss}>
            {m.dismiss}
          </button>
        </div>
      ) : null}
      {stopped && !restoreProblem && !cleared ? (
        <p className="notice notice-warning" role="status">
          <Trouble say={(locale, t) => notSaving(locale, t, stopped)} />
        </p>
      ) : null}
      <div role="status">
        {cleared ? (
          <p className={stopped ? 'notice notice-warning' : 'notice'}>
            {saving === 'unavailable' ? (
              <Trouble say={(_, t) => t.clearedBlocked} />
            ) : stopped ? (
              <Trouble say={(locale, t) => `${m.cleared} ${notSaving(locale, t, stopped)}`} />
            ) : (
              m.cleared
            )}{' '}
            <button type="button" className="link-button" onClick={dismiss}>
              {m.dismiss}
            </button>
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** Says where answers just opened came from, and whether the questions changed since. */
export function OpenedNotice() {
  const opened = useAssessment(selectOpened);
  const { dismissNotices } = useActions();
  const m = useMessages().shell.notices;
  const dismiss = () => {
    dismissNotices();
    focusScreenHeading();
  };
  return (
    <MessageSlot role="status" collapse>
      {opened ? (
        <p className={opened.notice ? 'notice notice-warning' : 'notice'}>
          {opened.from === 'link' ? m.openedLink : m.openedFile} {opened.notice ?? m.workedOutAgain}{' '}
          <button type="button" className="link-button" onClick={dismiss}>
            {m.dismiss}
          </button>
        </p>
      ) : null}
    </MessageSlot>
  );
}

/** A polite note naming the questions whose answers a change removed. */
export function DroppedAnswers() {
  const bank = useBank();
  const dropped = useAssessment(selectDropped);
  const m = useMessages().shell.notices;
  const locale = useLocale();
  const topics = dropped.map((id) => questionById(bank, id).topic);
  return (
    <MessageSlot role="status">
      {topics.length > 0 ? plural(locale, m.dropped, topics.length, { topics: topics.join(', ') }) : null}
    </MessageSlot>
  );
}
