import { useEffect, useId, useRef, useState, type ChangeEvent, type Ref } from 'react';
import { MessageSlot } from '../../components/message-slot';
import { ScreenHeading } from '../../components/screen-heading';
import {
  MAX_PEOPLE,
  MIN_PEOPLE,
  compareResults,
  decodeShareLink,
  outcomeById,
  parseResultFile,
  type Answers,
  type Bank,
  type Comparison,
} from '../../engine';
import { readText } from '../../components/download';
import { MAX_IMPORT_BYTES } from '../export/import-file';

export interface CompareScreenProps {
  bank: Bank;
  /** Shows a Back button that calls this. */
  onBack?: () => void;
}

interface Entry {
  key: number;
  name: string;
  link: string;
  /** A saved file chosen for this person: it takes the place of the link. */
  file: { name: string; text: string } | null;
}

const DIFFERENCES_SHOWN = 8;

function blank(key: number): Entry {
  return { key, name: '', link: '', file: null };
}

type Read = { ok: true; answers: Answers; notice?: string } | { ok: false; message: string };

function readEntry(bank: Bank, entry: Entry): Read {
  if (entry.file) {
    const parsed = parseResultFile(bank, entry.file.text);
    return parsed.ok ? parsed : { ok: false, message: parsed.error.message };
  }
  if (entry.link.trim() === '') return { ok: false, message: 'Paste a share link or choose a saved file.' };
  const decoded = decodeShareLink(bank, entry.link);
  return decoded.ok ? decoded : { ok: false, message: decoded.error.message };
}

function PersonFields({
  entry,
  index,
  removable,
  onChange,
  onRemove,
}: {
  entry: Entry;
  index: number;
  removable: boolean;
  onChange: (next: Entry) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const [fileError, setFileError] = useState('');
  const person = `person ${index + 1}`;
  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    setFileError('');
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError('This file is larger than 1 MB, so it cannot be a Role Fit result.');
      return;
    }
    try {
      onChange({ ...entry, file: { name: file.name, text: await readText(file) } });
    } catch {
      setFileError('The browser could not read this file; try choosing it again.');
    }
  };
  return (
    <fieldset className="compare-person">
      <legend>Person {index + 1}</legend>
      <label htmlFor={`${id}-name`}>Name for {person}</label>
      <input
        id={`${id}-name`}
        type="text"
        maxLength={40}
        placeholder={`Person ${index + 1}`}
        value={entry.name}
        onChange={(event) => onChange({ ...entry, name: event.target.value })}
      />
      <label htmlFor={`${id}-link`}>Share link for {person}</label>
      <textarea
        id={`${id}-link`}
        rows={2}
        value={entry.link}
        disabled={entry.file !== null}
        onChange={(event) => onChange({ ...entry, link: event.target.value })}
      />
      <label htmlFor={`${id}-file`}>Or a saved file for {person}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        onChange={(event) => void chooseFile(event)}
      />
      {entry.file ? (
        <p>
          Using {entry.file.name}.{' '}
          <button type="button" className="link-button" onClick={() => onChange({ ...entry, file: null })}>
            Use the link instead
          </button>
        </p>
      ) : null}
      {fileError ? <p className="field-error">{fileError}</p> : null}
      {removable ? (
        <button type="button" className="button small" onClick={onRemove}>
          Remove {person}
        </button>
      ) : null}
    </fieldset>
  );
}

/** Two to five people's answers side by side: each result, where they differ, and one for the group. */
export function CompareScreen({ bank, onBack }: CompareScreenProps) {
  const [entries, setEntries] = useState<Entry[]>(() => Array.from({ length: MIN_PEOPLE }, (_, i) => blank(i)));
  const [nextKey, setNextKey] = useState(MIN_PEOPLE);
  const [errors, setErrors] = useState<string[]>([]);
  const [comparison, setComparison] = useState<{ result: Comparison; notices: string[] } | null>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  // Results appear below the form: take keyboard and screen reader users there.
  useEffect(() => {
    if (comparison) resultsRef.current?.focus();
  }, [comparison]);

  const label = (entry: Entry, index: number) => entry.name.trim() || `Person ${index + 1}`;

  const compare = () => {
    const reads = entries.map((entry) => readEntry(bank, entry));
    const problems = reads.flatMap((read, i) => {
      const entry = entries[i];
      return read.ok || !entry ? [] : [`${label(entry, i)}: ${read.message}`];
    });
    setErrors(problems);
    if (problems.length > 0) {
      setComparison(null);
      return;
    }
    const people = reads.flatMap((read, i) => {
      const entry = entries[i];
      return read.ok && entry ? [{ label: label(entry, i), answers: read.answers }] : [];
    });
    const notices = reads.flatMap((read, i) => {
      const entry = entries[i];
      return read.ok && read.notice && entry ? [`${label(entry, i)}: ${read.notice}`] : [];
    });
    setComparison({ result: compareResults(bank, people), notices });
  };

  const title = (id: Comparison['combined']['outcome']) => outcomeById(bank, id).title;

  return (
    <article className="compare" aria-labelledby="compare-title">
      <ScreenHeading id="compare-title" stepKey="compare" documentTitle="Compare answers">
        Compare answers
      </ScreenHeading>
      <p className="lead">
        Paste the share links (or open the saved files) of {MIN_PEOPLE} to {MAX_PEOPLE} people who answered the same
        questions, to see where you agree and what the team as a whole needs.
      </p>
      <form
        className="no-print"
        onSubmit={(event) => {
          event.preventDefault();
          compare();
        }}
      >
        {entries.map((entry, index) => (
          <PersonFields
            key={entry.key}
            entry={entry}
            index={index}
            removable={entries.length > MIN_PEOPLE}
            onChange={(next) => setEntries((list) => list.map((item) => (item.key === next.key ? next : item)))}
            onRemove={() => setEntries((list) => list.filter((item) => item.key !== entry.key))}
          />
        ))}
        <div className="actions no-print">
          {entries.length < MAX_PEOPLE ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setEntries((list) => [...list, blank(nextKey)]);
                setNextKey((key) => key + 1);
              }}
            >
              Add a person
            </button>
          ) : null}
          <button type="submit" className="button primary">
            Compare
          </button>
        </div>
      </form>
      <MessageSlot role="alert" tone="error">
        {errors.length > 0 ? (
          <>
            <p>Some answers could not be read; fix them and compare again.</p>
            <ul>
              {errors.map((error, index) => (
                <li key={`${index}:${error}`}>{error}</li>
              ))}
            </ul>
          </>
        ) : null}
      </MessageSlot>
      {comparison ? (
        <ComparisonView
          bank={bank}
          comparison={comparison.result}
          notices={comparison.notices}
          title={title}
          headingRef={resultsRef}
        />
      ) : null}
      {onBack ? (
        <div className="actions no-print">
          <button type="button" className="button" onClick={onBack}>
            Back
          </button>
        </div>
      ) : null}
    </article>
  );
}

function ComparisonView({
  bank,
  comparison,
  notices,
  title,
  headingRef,
}: {
  bank: Bank;
  comparison: Comparison;
  notices: string[];
  title: (id: Comparison['combined']['outcome']) => string;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { people, differences, combined } = comparison;
  const shown = differences.slice(0, DIFFERENCES_SHOWN);
  return (
    <div className="comparison">
      {notices.map((notice, index) => (
        <p key={`${index}:${notice}`} className="notice notice-warning">
          {notice}
        </p>
      ))}
      <section aria-labelledby="compare-people-title">
        <h2 id="compare-people-title" ref={headingRef} tabIndex={-1}>
          Each person’s result
        </h2>
        <table className="compare-table">
          <caption>Recommendation and dimension scores (0 to 100) for each person</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Recommendation</th>
              {bank.dimensions.map((dimension) => (
                <th key={dimension.id} scope="col">
                  {dimension.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((person, index) => (
              <tr key={`${index}:${person.label}`}>
                <th scope="row">{person.label}</th>
                <td>{title(person.evaluation.outcome)}</td>
                {bank.dimensions.map((dimension) => (
                  <td key={dimension.id}>{Math.round(person.evaluation.dimensions[dimension.id] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Everyone together</th>
              <td>{title(combined.outcome)}</td>
              {bank.dimensions.map((dimension) => (
                <td key={dimension.id}>{Math.round(combined.dimensions[dimension.id] ?? 0)}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </section>

      <section aria-labelledby="compare-differences-title">
        <h2 id="compare-differences-title">Where you differ most</h2>
        {shown.length === 0 ? (
          <p>Everyone gave the same answers.</p>
        ) : (
          <table className="compare-table">
            <caption>
              Questions answered differently, the ones that move the scores most first
              {differences.length > shown.length ? ` (${shown.length} of ${differences.length})` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                {people.map((person, index) => (
                  <th key={`${index}:${person.label}`} scope="col">
                    {person.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((difference) => (
                <tr key={difference.question}>
                  <th scope="row">{difference.topic}</th>
                  {difference.answers.map((entry, index) => (
                    <td key={`${index}:${entry.label}`}>{entry.answer}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="compare-combined-title">
        <h2 id="compare-combined-title">Together</h2>
        <p className="lead">
          <strong>{title(combined.outcome)}</strong>
        </p>
        <p>
          {comparison.agree
            ? 'Everyone got this recommendation on their own answers too.'
            : 'You got different recommendations on your own answers. This one comes from the average of everyone’s dimension scores, so each person counts the same; talk through the questions above first.'}
        </p>
      </section>
    </div>
  );
}
