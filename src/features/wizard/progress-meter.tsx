import { useId } from 'react';

export interface ProgressMeterProps {
  /** The question's place among the questions shown so far. */
  current: number;
  /** Where the question sits in the whole bank (1-based), for the bar. */
  position: number;
  /** How many questions the bank has: the most anyone is asked. */
  most: number;
}

/**
 * "Question k of up to n" and a bar. n is the bank's length, which never changes, and the bar
 * follows the question's place in the bank: answers that skip questions move it forward, never back.
 */
export function ProgressMeter({ current, position, most }: ProgressMeterProps) {
  const labelId = useId();
  return (
    <div className="progress">
      <p id={labelId} className="progress-label">
        {progressLabel(current, most)}
      </p>
      <progress aria-labelledby={labelId} value={position} max={most} />
    </div>
  );
}

export const progressLabel = (current: number, most: number) => `Question ${current} of up to ${most}`;
