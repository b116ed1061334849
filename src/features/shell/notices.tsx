import { questionById } from '../../engine';
import { BACKUP_KEY, type AssessmentStore } from '../../store/assessment-store';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import { MessageSlot } from '../../components/message-slot';

const selectRestoreFailed = (state: AssessmentStore) => state.restoreFailed;
const selectSaving = (state: AssessmentStore) => state.saving;
const selectNewerSaved = (state: AssessmentStore) => state.newerSaved;
const selectCleared = (state: AssessmentStore) => state.cleared;
const selectOpened = (state: AssessmentStore) => state.opened;
const selectDropped = (state: AssessmentStore) => state.dropped;

/** Storage problems and "Clear my data" confirmations, shown on every screen. */
export function StorageNotices() {
  const restoreFailed = useAssessment(selectRestoreFailed);
  const saving = useAssessment(selectSaving);
  const newerSaved = useAssessment(selectNewerSaved);
  const cleared = useAssessment(selectCleared);
  const { dismissNotices: dismiss } = useActions();
  return (
    <div className="notices no-print">
      {saving === 'off' ? (
        <p className="notice notice-warning" role="status">
          {newerSaved
            ? 'Your progress is not being saved: this browser holds progress from a newer version of Role Fit, which is kept as it is. Reload to use that version, or use “Clear my data” to start saving here.'
            : 'Your progress is not being saved: this browser blocks storage or it is full.'}{' '}
          You can still finish, but closing the page loses your answers.
        </p>
      ) : null}
      {restoreFailed ? (
        <div className="notice notice-warning" role="alert">
          <p>
            We could not restore your saved progress, so you are starting fresh. The unreadable data was kept in this
            browser under “{BACKUP_KEY}”; “Clear my data” removes it.
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
  const { dismissNotices: dismiss } = useActions();
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
