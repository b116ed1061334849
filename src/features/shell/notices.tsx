import { useState } from 'react';
import { questionById } from '../../engine';
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

/** Why changes are not being saved, when they are not. */
const notSaving: Record<Exclude<Saving, 'on'>, string> = {
  unavailable: 'Your progress is not being saved: this browser blocks storage or it is full.',
  newer:
    'Your progress is not being saved: this browser holds progress from a newer version of Role Fit, which is kept as it is. Reload to use that version, or use “Clear my data” to start saving here.',
  unreadable: `Your progress is not being saved: saved progress that could not be read is kept as it was under “${STORAGE_KEY}”, and there is no room to save beside it. “Clear my data” removes it and starts saving again.`,
};
const LOSES = 'You can still finish, but closing the page loses your answers.';

/** What loading found. The copy is named only when it was read back (progress-storage.ts). */
const restored: Record<NonNullable<RestoreProblem>, string> = {
  'backed-up': `Your saved progress could not be read, so you are starting fresh. A copy of it is kept in this browser's storage under “${BACKUP_KEY}”; “Clear my data” removes it.`,
  'left-in-place': `Your saved progress could not be read, and there was no room to keep a copy of it, so it is left as it was under “${STORAGE_KEY}” and nothing new is saved. ${LOSES} “Clear my data” removes the old progress and starts saving again.`,
};

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
  const dismiss = () => {
    dismissNotices();
    focusScreenHeading();
  };
  // "left-in-place" says itself that nothing is saved.
  const stopped = saving === 'on' || restoreProblem === 'left-in-place' ? '' : `${notSaving[saving]} ${LOSES}`;
  return (
    <div className="notices no-print">
      {restoreProblem ? (
        <div className="notice notice-warning" role="alert">
          <p>
            {restored[restoreProblem]}
            {stopped ? ` ${stopped}` : null}
          </p>
          <button type="button" className="button small" onClick={dismiss}>
            Dismiss
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
            {saving === 'unavailable'
              ? `Your answers were cleared from this page, but this browser blocks its storage, so anything saved here before may still be there, and nothing new is saved. ${LOSES}`
              : `Your answers were removed from this browser.${stopped ? ` ${stopped}` : ''}`}{' '}
            <button type="button" className="link-button" onClick={dismiss}>
              Dismiss
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
  const dismiss = () => {
    dismissNotices();
    focusScreenHeading();
  };
  return (
    <MessageSlot role="status" collapse>
      {opened ? (
        <p className={opened.notice ? 'notice notice-warning' : 'notice'}>
          {opened.from === 'link' ? 'Opened the answers from a shared link.' : 'Opened the answers from a saved file.'}{' '}
          {opened.notice ?? 'The result is worked out again from them.'}{' '}
          <button type="button" className="link-button" onClick={dismiss}>
            Dismiss
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
  const topics = dropped.map((id) => questionById(bank, id).topic);
  return (
    <MessageSlot role="status">
      {topics.length > 0
        ? `${topics.length === 1 ? 'One question no longer applies' : `${topics.length} questions no longer apply`} after your change, so ${topics.length === 1 ? 'its answer was' : 'their answers were'} removed: ${topics.join(', ')}.`
        : null}
    </MessageSlot>
  );
}
