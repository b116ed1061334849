import { useId } from 'react';

export interface ProgressMeterProps {
  current: number;
  total: number;
}

/** "Question k of n" and a bar; n counts only the questions shown for the current answers. */
export function ProgressMeter({ current, total }: ProgressMeterProps) {
  const labelId = useId();
  return (
    <div className="progress">
      <p id={labelId} className="progress-label">
        {`Question ${current} of ${total}`}
      </p>
      <progress aria-labelledby={labelId} value={current} max={total} />
    </div>
  );
}
