import { useMemo } from 'react';
import { compareResults, type Bank, type Person } from '../../engine';
import { ScreenHeading } from '../../components/screen-heading';
import { ComparisonExports } from './comparison-exports';
import { ComparisonView } from './comparison-view';
import { fill, formatList } from '../../i18n/format';
import { useLocale, useResultMessages } from '../../i18n/language-context';
import './compare.css';

export interface SharedComparisonProps {
  bank: Bank;
  /** The people of a comparison link, with answers the link decoder checked. */
  people: readonly Person[];
  /** Set when the link was made with other questions. */
  notice: string | undefined;
  /** True when this browser holds answers of its own, which the close button returns to. */
  hasProgress: boolean;
  /** Adds this browser's own result to the people, in a comparison of one's own; absent when there is none to add. */
  onAddMine: (() => void) | undefined;
  /** Opens one person's full result read-only. */
  onView: (person: Person) => void;
  /** Leaves the shared comparison, and with it the link in the address. */
  onClose: () => void;
}

/**
 * A comparison someone sent, read-only: worked out again from the link's answers, with the same
 * ways to take it away. This browser's own answers are neither shown nor changed.
 */
export function SharedComparison({
  bank,
  people,
  notice,
  hasProgress,
  onAddMine,
  onView,
  onClose,
}: SharedComparisonProps) {
  // Read first: the words load with the comparison, and compareResults reads them too.
  const s = useResultMessages().compare.shared;
  const locale = useLocale();
  const comparison = useMemo(() => compareResults(bank, people), [bank, people]);
  const names = formatList(
    locale,
    people.map((person) => person.label),
  );
  return (
    <>
      <section className="notice shared-banner no-print" aria-label={s.banner}>
        <p>
          <strong>{s.bannerTitle}</strong> {s.bannerText}
        </p>
        <div className="actions">
          {onAddMine ? (
            <button type="button" className="button" onClick={onAddMine}>
              {s.addMine}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            {hasProgress ? s.backToMine : s.close}
          </button>
        </div>
      </section>
      <article className="compare" aria-labelledby="compare-title">
        <ScreenHeading id="compare-title" stepKey="shared-comparison" documentTitle={s.title}>
          {s.title}
        </ScreenHeading>
        <p className="lead">{fill(locale, s.lead, { names })}</p>
        <ComparisonView bank={bank} comparison={comparison} notices={notice ? [notice] : []} onView={onView} />
        <ComparisonExports bank={bank} comparison={comparison} />
      </article>
    </>
  );
}
