import { memo } from 'react';

export interface ProgressMeterProps {
  current: number;
  total: number;
}

/** "Question k of n" and a bar; n counts only the questions shown for the current answers. */
export const ProgressMeter = memo(function ProgressMeter({ current, total }: ProgressMeterProps) {
  return (
    <div className="progress">
      <p id="progress-label" className="progress-label">
        {`Question ${current} of ${total}`}
      </p>
      <progress aria-labelledby="progress-label" value={current} max={total} />
    </div>
  );
});
