import { useEffect, useRef, useState } from 'react';
import { MessageSlot } from '../../components/message-slot';
import { ScreenHeading } from '../../components/screen-heading';
import {
  MAX_PEOPLE,
  MIN_PEOPLE,
  compareResults,
  decodeShareLink,
  outcomeById,
  type Answers,
  type Bank,
  type Comparison,
} from '../../engine';
import { ComparisonView } from './comparison-view';
import { PersonFields, blankEntry, type Entry } from './person-fields';

export interface CompareScreenProps {
  bank: Bank;
  /** Shows a Back button that calls this. */
  onBack?: () => void;
}

type Read = { ok: true; answers: Answers; notice?: string } | { ok: false; message: string };

function readEntry(bank: Bank, entry: Entry): Read {
  if (entry.file) return { ok: true, answers: entry.file.answers, notice: entry.file.notice };
  if (entry.link.trim() === '') return { ok: false, message: 'Paste a share link or choose a saved file.' };
  const decoded = decodeShareLink(bank, entry.link);
  return decoded.ok ? decoded : { ok: false, message: decoded.error.message };
}

/** Two to five people's answers side by side: each result, where they differ, and one for the group. */
export function CompareScreen({ bank, onBack }: CompareScreenProps) {
  const [entries, setEntries] = useState<Entry[]>(() => Array.from({ length: MIN_PEOPLE }, (_, i) => blankEntry(i)));
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
            bank={bank}
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
                setEntries((list) => [...list, blankEntry(nextKey)]);
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
