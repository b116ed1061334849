import { AskFirst } from '../../components/confirm-choice';
import { useActions } from '../../store/assessment-context';

/** "Clear my data", with one confirming step so a slip does not lose an assessment. */
export function ClearData() {
  const { clearData } = useActions();
  return (
    <AskFirst
      label="Clear my data"
      className="link-button"
      question="Remove all your answers from this browser?"
      confirmLabel="Yes, clear my data"
      onConfirm={clearData}
    />
  );
}
