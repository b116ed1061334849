import type { Answers } from '../engine';
import { useResultMessages } from '../i18n/language-context';
import { useBank } from '../store/assessment-context';
import { shareLinkTo } from './result-payload';

/** "Open the full result": the standalone app in a new tab, on these answers' share link. */
export default function FullResultLink({ answers }: { answers: Answers }) {
  const bank = useBank();
  const m = useResultMessages().result.embed;
  return (
    <p className="embed-full-result no-print">
      <a href={shareLinkTo(bank, answers)} target="_blank" rel="noopener">
        {m.fullResult}
        <span className="visually-hidden"> {m.newTab}</span>
      </a>
    </p>
  );
}
