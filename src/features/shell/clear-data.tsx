import { useRef, useState, useEffect } from 'react';
import { useAssessment } from '../../store/assessment-context';

/** "Clear my data", with one confirming step so a slip does not lose an assessment. */
export function ClearData() {
  const clearData = useAssessment((state) => state.clearData);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" className="link-button" onClick={() => setConfirming(true)}>
        Clear my data
      </button>
    );
  }
  return (
    <div className="clear-confirm" role="group" aria-labelledby="clear-question">
      <span id="clear-question">Remove all your answers from this browser?</span>
      <button
        ref={confirmRef}
        type="button"
        className="button small danger"
        onClick={() => {
          setConfirming(false);
          clearData();
        }}
      >
        Yes, clear my data
      </button>
      <button type="button" className="button small" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </div>
  );
}
