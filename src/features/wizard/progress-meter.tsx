import { useId } from 'react';
import { fill } from '../../i18n/format';
import { useLocale, useMessages } from '../../i18n/language-context';
import type { Locale } from '../../i18n/languages';
import type { CoreMessages } from '../../i18n/registry';

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
  const locale = useLocale();
  const m = useMessages().wizard;
  return (
    <div className="progress">
      <p id={labelId} className="progress-label">
        {progressLabel(locale, m, current, most)}
      </p>
      <progress aria-labelledby={labelId} value={position} max={most} />
    </div>
  );
}

/** "Question 3 of up to 20" in the visit's language. */
export const progressLabel = (locale: Locale, m: CoreMessages['wizard'], current: number, most: number) =>
  fill(locale, m.progress, { current, most });
