import { useState } from 'react';
import { questionById } from '../../engine';
import { fill, plural } from '../../i18n/format';
import { useLocale, useMessages } from '../../i18n/language-context';
import type { CoreMessages } from '../../i18n/registry';
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

type Notices = CoreMessages['shell']['notices'];

/** Why changes are not being saved, when they are not. */
function notSaving(locale: Locale, m: Notices, saving: Exclude<Saving, 'on'>): string {
  return fill(locale, m.notSaving[saving], { key: STORAGE_KEY });
}

/** What loading found. The copy is named only when it was read back (progress-storage.ts). */
function restored(locale: Locale, m: Notices, problem: NonNullable<RestoreProblem>): string {
  return problem === 'backed-up'
    ? fill(locale, m.restored.backedUp, { key: BACKUP_KEY })
    : fill(locale, m.restored.leftInPlace, { key: STORAGE_KEY });
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
  const locale = useLocale();
  const dismiss = () => {
    dismissNotices();
    focusScreenHeading();
  };
  // "left-in-place" says itself that nothing is saved.
  const stopped =
    saving === 'on' || restoreProblem === 'left-in-place' ? '' : `${notSaving(locale, m, saving)} ${m.loses}`;
  return (
    <div className="notices no-print">
      {restoreProblem ? (
        <div className="notice notice-warning" role="alert">
          <p>
            {restored(locale, m, restoreProblem)}
            {stopped ? ` ${stopped}` : null}
          </p>
          <button type="button" className="button small" onClick={dismiss}>
            {m.dismiss}
          </button>
        </div>
      ) : null}
      {stopped && !restoreProblem && !cleared ? (
        <p className="notice notice-warning" role="status">
          {stopped}
        </p>
      ) : null}
      <div role="status">
        {cleared ? (
          <p className={stopped ? 'notice notice-warning' : 'notice'}>
            {saving === 'unavailable' ? m.clearedBlocked : `${m.cleared}${stopped ? ` ${stopped}` : ''}`}{' '}
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
