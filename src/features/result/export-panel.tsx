import { useId, useState } from 'react';
import { MessageSlot } from '../../components/message-slot';
import {
  buildTextSummary,
  buildMarkdownSummary,
  encodeShareLink,
  escapeMarkdown,
  resultFileText,
  type Answers,
  type Bank,
  type Evaluation,
} from '../../engine';
import { COPY_REFUSED, copyText, downloadText } from '../../components/download';
import { MAX_NAME_LENGTH, fileNamePart } from '../../engine/compare';

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

const NO_CLIPBOARD = `${COPY_REFUSED} You can also download it.`;

/** The app's own address with the answers in the fragment: the fragment never reaches a server. */
function shareUrl(bank: Bank, answers: Answers): string {
  return `${location.origin}${location.pathname}#${encodeShareLink(bank, answers)}`;
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
  const nameId = useId();
  const [message, setMessage] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const baseName = () =>
    ['role-fit', fileNamePart(name), evaluation.outcome, now().toISOString().slice(0, 10)].filter(Boolean).join('-');
  const summary = () => {
    const text = buildMarkdownSummary(bank, answers, evaluation, { date: now() });
    return name ? text.replace(/^# Role Fit result/, `# Role Fit result for ${escapeMarkdown(name)}`) : text;
  };

  const copySummary = async () => {
    setMessage('');
    const text = buildTextSummary(bank, answers, evaluation, now());
    setMessage(
      (await copyText(text)) ? 'Summary copied as plain text. Paste it into an email or a chat.' : NO_CLIPBOARD,
    );
  };
  const copyMarkdown = async () => {
    setMessage('');
    setMessage(
      (await copyText(summary())) ? 'Summary copied as Markdown. Paste it into a document or a ticket.' : NO_CLIPBOARD,
    );
  };
  const copyLink = async () => {
    const url = shareUrl(bank, answers);
    setLink(url);
    setMessage('');
    setMessage(
      (await copyText(url))
        ? 'Share link copied. Anyone who opens it sees these answers and the result.'
        : `${NO_CLIPBOARD} The link is shown below.`,
    );
  };
  const downloadMarkdown = () => {
    downloadText(`${baseName()}.md`, 'text/markdown;charset=utf-8', summary());
    setMessage('Summary downloaded as a Markdown file.');
  };
  const downloadJson = () => {
    downloadText(`${baseName()}.json`, 'application/json', resultFileText(bank, answers, now(), name));
    setMessage('Result file saved (.json). Open it later with “Open a saved result”.');
  };

  return (
    <section className="export-panel no-print" aria-labelledby="export-title">
      <h2 id="export-title">Take the result with you</h2>
      <div className="actions export-actions">
        <button type="button" className="button" onClick={() => void copySummary()}>
          Copy summary
        </button>
        <button type="button" className="button" onClick={() => void copyMarkdown()}>
          Copy as Markdown
        </button>
        <button type="button" className="button" onClick={downloadMarkdown}>
          Download summary (.md)
        </button>
        <button type="button" className="button" onClick={downloadJson}>
          Save result file (.json)
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Save as PDF
        </button>
        <button type="button" className="button" onClick={() => void copyLink()}>
          Copy share link
        </button>
      </div>
      <p className="field-hint">
        “Save as PDF” opens the print dialog: choose “Save as PDF” as the printer. The share link holds your answers in
        the address itself; nothing is sent to a server.
      </p>
      {typedName === undefined ? null : (
        <p className="name-field">
          <label htmlFor={nameId}>Whose answers are these? (optional)</label>{' '}
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
            Goes into file names, the summary, the PDF and comparisons.
          </span>
        </p>
      )}
      <MessageSlot role="status">{message}</MessageSlot>
      {link === null ? null : (
        <p>
          <label>
            Share link
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
