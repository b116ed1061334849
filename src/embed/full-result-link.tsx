import type { Answers } from '../engine';
import { useBank } from '../store/assessment-context';
import { shareLinkTo } from './result-payload';

/** "Open the full result": the standalone app in a new tab, on these answers' share link. */
export default function FullResultLink({ answers }: { answers: Answers }) {
  const bank = useBank();
  return (
    <p className="embed-full-result no-print">
      <a href={shareLinkTo(bank, answers)} target="_blank" rel="noopener">
        Open the full result<span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </p>
  );
}
