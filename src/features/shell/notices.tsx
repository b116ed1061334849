import { questionById } from '../../engine';
import { MessageSlot } from '../../components/message-slot';
import { focusScreenHeading } from '../../components/screen-heading';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import { BACKUP_KEY, STORAGE_KEY, type Saving } from '../../store/progress-storage';
import { selectCleared, selectDropped, selectOpened, selectRestoreProblem, selectSaving } from '../../store/selectors';

/** Why changes are not being saved, when they are not. Unreadable progress kept in place has a notice of its own. */
const notSaving: Record<Exclude<Saving, 'on' | 'unreadable'>, string> = {
  unavailable: 'Your progress is not being saved: this browser blocks storage or it is full.',
  newer:
    'Your progress is not being saved: this browser holds progress from a newer version of Role Fit, which is kept as it is. Reload to use that version, or use “Clear my data” to start saving here.',
};

/** Storage problems and "Clear my data" confirmations, shown on every screen. */
export function StorageNotices() {
  const restoreProblem = useAssessment(selectRestoreProblem);
  const saving = useAssessment(selectSaving);
  const cleared = useAssessment(selectCleared);
  const { dismissNotices } = useActions();
  const dismiss = () => {
    dismissNotices();
    focusScreenHeading();
  };
  return (
    <div className="notices no-print">
      {saving === 'unavailable' || saving === 'newer' ? (
        <p className="notice notice-warning" role="status">
          {notSaving[saving]} You can still finish, but closing the page loses your answers.
        </p>
      ) : null}
      {restoreProblem ? (
        <div className="notice notice-warning" role="alert">
          <p>
            {restoreProblem === 'backed-up'
              ? `Your saved progress could not be read, so you are starting fresh. A copy of it is kept in this browser's storage under “${BACKUP_KEY}”; “Clear my data” removes it.`
              : `Your saved progress could not be read, and there was no room to keep a copy of it, so it is left as it was under “${STORAGE_KEY}” and nothing new is saved. You can still finish, but closing the page loses your answers; “Clear my data” removes the old progress and starts saving again.`}
          </p>
          <button type="button" className="button small" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
      <div role="status">
        {cleared ? (
          <p className="notice">
            Your answers were removed from this browser.{' '}
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
