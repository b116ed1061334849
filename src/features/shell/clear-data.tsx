import { useState } from 'react';
import { ConfirmChoice } from '../../components/confirm-choice';
import { useActions } from '../../store/assessment-context';

/** "Clear my data", with one confirming step so a slip does not lose an assessment. */
export function ClearData() {
  const { clearData } = useActions();
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <button type="button" className="link-button" onClick={() => setConfirming(true)}>
        Clear my data
      </button>
    );
  }
  return (
    <ConfirmChoice
      question="Remove all your answers from this browser?"
      confirmLabel="Yes, clear my data"
      onConfirm={() => {
        setConfirming(false);
        clearData();
      }}
      onCancel={() => setConfirming(false)}
    />
  );
}
