import { useId, useState } from 'react';
import { MessageSlot } from '../../components/message-slot';
import {
  buildTextSummary,
  buildMarkdownSummary,
  encodeShareLink,
  resultFileText,
  type Answers,
  type Bank,
  type Evaluation,
} from '../../engine';
import { copyText, downloadText } from '../../components/download';
import { MAX_NAME_LENGTH, fileNamePart } from '../../engine/scoring/compare';
import { useResultMessages } from '../../i18n/language-context';

export interface ExportPanelProps {
  bank: Bank;
  answers: Answers;
  evaluation: Evaluation;
  /** Whose answers these are, cleaned ('' for nobody): in file names, the Markdown title and the result file. */
  name: string;
  /** The name as typed, for the "Whose answers are these?" field; no field when absent (someone else's result). */
  typedName?: string | undefined;
  onName: (name: string) => void;
  /** The clock for file names and dates; the real one unless a test fixes it. */
  now?: () => Date;
}

/** The app's own address with the answers in the fragment: the fragment never reaches a server. */
function shareUrl(bank: Bank, answers: Answers): string {
  // Made for `/`, the app's address in every language: it opens in the recipient's (src/i18n/language-page.ts).
  return `${location.origin}/#${encodeShareLink(bank, answers)}`;
}

/** Take the result away: copy or download the summary, save the answers, print, or share a link. */
export function ExportPanel({
  bank,
  answers,
  evaluation,
  name,
  typedName,
  onName,
  now = () => new Date(),
}: ExportPanelProps) {
  const m = useResultMessages().result.exportPanel;
  const nameId = useId();
  const [message, setMessage] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const baseName = () =>
    ['role-fit', fileNamePart(name), evaluation.outcome, now().toISOString().slice(0, 10)].filter(Boolean).join('-');
  // With a name, the summary's title says whose result it is.
  const summary = () => buildMarkdownSummary(bank, answers, evaluation, { date: now(), name });

  const copySummary = async () => {
    setMessage('');
    const text = buildTextSummary(bank, answers, evaluation, now(), name);
    setMessage((await copyText(text)) ? m.copiedText : m.noClipboard);
  };
  const copyMarkdown = async () => {
    setMessage('');
    setMessage((await copyText(summary())) ? m.copiedMarkdown : m.noClipboard);
  };
  const copyLink = async () => {
    const url = shareUrl(bank, answers);
    setLink(url);
    setMessage('');
    setMessage((await copyText(url)) ? m.copiedLink : m.noClipboardLink);
  };
  const downloadMarkdown = () => {
    downloadText(`${baseName()}.md`, 'text/markdown;charset=utf-8', summary());
    setMessage(m.downloadedMarkdown);
  };
  const downloadJson = () => {
    downloadText(`${baseName()}.json`, 'application/json', resultFileText(bank, answers, now(), name));
    setMessage(m.savedJson);
  };

  return (
    <section className="export-panel no-print" aria-labelledby="export-title">
      <h2 id="export-title">{m.title}</h2>
      <div className="actions export-actions">
        <button type="button" className="button" onClick={() => void copySummary()}>
          {m.copySummary}
        </button>
        <button type="button" className="button" onClick={() => void copyMarkdown()}>
          {m.copyMarkdown}
        </button>
        <button type="button" className="button" onClick={downloadMarkdown}>
          {m.downloadMarkdown}
        </button>
        <button type="button" className="button" onClick={downloadJson}>
          {m.saveJson}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {m.savePdf}
        </button>
        <button type="button" className="button" onClick={() => void copyLink()}>
          {m.copyLink}
        </button>
      </div>
      <p className="field-hint">{m.hint}</p>
      {typedName === undefined ? null : (
        <p className="name-field">
          <label htmlFor={nameId}>{m.nameLabel}</label>{' '}
          <input
            id={nameId}
            className="text-field"
            type="text"
            autoComplete="name"
            maxLength={MAX_NAME_LENGTH}
            value={typedName}
            aria-describedby={`${nameId}-hint`}
            onChange={(event) => onName(event.target.value)}
          />{' '}
          <span id={`${nameId}-hint`} className="field-hint">
            {m.nameHint}
          </span>
        </p>
      )}
      <MessageSlot role="status">{message}</MessageSlot>
      {link === null ? null : (
        <p>
          <label>
            {m.shareLink}
            <input
              className="text-field share-link"
              type="text"
              readOnly
              value={link}
              onFocus={(event) => event.target.select()}
            />
          </label>
        </p>
      )}
    </section>
  );
}
