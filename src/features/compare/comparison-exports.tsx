import { useId, useState } from 'react';
import { copyText, downloadText } from '../../components/download';
import { useResultMessages } from '../../i18n/language-context';
import { MessageSlot } from '../../components/message-slot';
import { buildComparisonMarkdown, encodeCompareLink, type Bank, type Comparison } from '../../engine';

export interface ComparisonExportsProps {
  bank: Bank;
  comparison: Comparison;
  /** The clock for file names and dates; the real one unless a test fixes it. */
  now?: () => Date;
}

/** Take the comparison away: as Markdown, copied or downloaded, or as a link that opens it again. */
export function ComparisonExports({ bank, comparison, now = () => new Date() }: ComparisonExportsProps) {
  const titleId = useId();
  const x = useResultMessages().compare.exports;
  const [message, setMessage] = useState('');
  const [linkShown, setLinkShown] = useState(false);
  // The app's own address with the names and answers in the fragment, which never reaches a server.
  const link = () => `${location.origin}/#${encodeCompareLink(bank, comparison.people)}`;
  const markdown = () => buildComparisonMarkdown(bank, comparison, { date: now(), link: link() });

  const copyMarkdown = async () => {
    setMessage('');
    setMessage((await copyText(markdown())) ? x.copied : x.noClipboard);
  };
  const downloadMarkdown = () => {
    const day = now().toISOString().slice(0, 10);
    downloadText(`role-fit-comparison-${day}.md`, 'text/markdown;charset=utf-8', markdown());
    setMessage(x.downloaded);
  };
  const copyLink = async () => {
    setLinkShown(true);
    setMessage('');
    setMessage((await copyText(link())) ? x.linkCopied : x.linkNotCopied);
  };

  return (
    <section className="compare-exports no-print" aria-labelledby={titleId}>
      <h2 id={titleId}>{x.title}</h2>
      <div className="actions export-actions">
        <button type="button" className="button" onClick={() => void copyMarkdown()}>
          {x.copyMarkdown}
        </button>
        <button type="button" className="button" onClick={downloadMarkdown}>
          {x.download}
        </button>
        <button type="button" className="button" onClick={() => void copyLink()}>
          {x.copyLink}
        </button>
      </div>
      <p className="field-hint">{x.hint}</p>
      <MessageSlot role="status">{message}</MessageSlot>
      {linkShown ? (
        <p>
          <label>
            {x.linkLabel}
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
