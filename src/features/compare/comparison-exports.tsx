import { useId, useState } from 'react';
import { COPY_REFUSED, copyText, downloadText } from '../../components/download';
import { MessageSlot } from '../../components/message-slot';
import { buildComparisonMarkdown, encodeCompareLink, type Bank, type Comparison } from '../../engine';

export interface ComparisonExportsProps {
  bank: Bank;
  comparison: Comparison;
  /** The clock for file names and dates; the real one unless a test fixes it. */
  now?: () => Date;
}

const NO_CLIPBOARD = `${COPY_REFUSED} You can also download it.`;

/** Take the comparison away: as Markdown, copied or downloaded, or as a link that opens it again. */
export function ComparisonExports({ bank, comparison, now = () => new Date() }: ComparisonExportsProps) {
  const titleId = useId();
  const [message, setMessage] = useState('');
  const [linkShown, setLinkShown] = useState(false);
  // The app's own address with the names and answers in the fragment, which never reaches a server.
  const link = () => `${location.origin}${location.pathname}#${encodeCompareLink(bank, comparison.people)}`;
  const markdown = () => buildComparisonMarkdown(bank, comparison, { date: now(), link: link() });

  const copyMarkdown = async () => {
    setMessage('');
    setMessage(
      (await copyText(markdown()))
        ? 'Comparison copied as Markdown. Paste it into a document or a ticket.'
        : NO_CLIPBOARD,
    );
  };
  const downloadMarkdown = () => {
    const day = now().toISOString().slice(0, 10);
    downloadText(`role-fit-comparison-${day}.md`, 'text/markdown;charset=utf-8', markdown());
    setMessage('Comparison downloaded as a Markdown file.');
  };
  const copyLink = async () => {
    setLinkShown(true);
    setMessage('');
    setMessage(
      (await copyText(link()))
        ? 'Comparison link copied. Anyone who opens it sees these names, answers and results.'
        : `${COPY_REFUSED} The link is shown below.`,
    );
  };

  return (
    <section className="compare-exports no-print" aria-labelledby={titleId}>
      <h2 id={titleId}>Take the comparison with you</h2>
      <div className="actions export-actions">
        <button type="button" className="button" onClick={() => void copyMarkdown()}>
          Copy comparison as Markdown
        </button>
        <button type="button" className="button" onClick={downloadMarkdown}>
          Download comparison (.md)
        </button>
        <button type="button" className="button" onClick={() => void copyLink()}>
          Copy comparison link
        </button>
      </div>
      <p className="field-hint">
        The comparison link holds everyone’s names and answers in the address itself; nothing is sent to a server.
      </p>
      <MessageSlot role="status">{message}</MessageSlot>
      {linkShown ? (
        <p>
          <label>
            Comparison link
            <input
              className="text-field share-link"
              type="text"
              readOnly
              value={link()}
              onFocus={(event) => event.target.select()}
            />
          </label>
        </p>
      ) : null}
    </section>
  );
}
