import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { MessageSlot } from '../../components/message-slot';
import {
  MAX_PEOPLE,
  MIN_PEOPLE,
  compareResults,
  decodeShareLink,
  isCompareLink,
  personName,
  type Answers,
  type Person,
  type Bank,
  type Comparison,
} from '../../engine';
import { ScreenHeading } from '../../components/screen-heading';
import { ComparisonExports } from './comparison-exports';
import { ComparisonView } from './comparison-view';
import { PersonFields, blankEntry, type Entry, type EntryChange, type Given } from './person-fields';
import { fill } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';
import { useLocale, useResultMessages } from '../../i18n/language-context';
import type { ResultMessages } from '../../i18n/registry';
import './compare.css';

type Words = ResultMessages['compare'];

export interface CompareScreenProps {
  bank: Bank;
  /** People whose answers are already read (a shared result beside this browser's own): filled in and compared at once. */
  initial?: readonly { name: string; given: Given }[];
  /** Opens one person's full result read-only. */
  onView?: (person: Person) => void;
  /** Shows a Back button that calls this. */
  onBack?: () => void;
}

type Read = { ok: true; answers: Answers; notice?: string } | { ok: false; message: string };

function readEntry(bank: Bank, entry: Entry, c: Words): Read {
  if (entry.given) return { ok: true, answers: entry.given.answers, notice: entry.given.notice };
  // The file chosen last is the problem the person's fields show: the summary names the same one.
  if (entry.fileError && entry.link.trim() === '') return { ok: false, message: entry.fileError };
  if (entry.link.trim() === '') return { ok: false, message: c.screen.noInput };
  if (isCompareLink(entry.link)) return { ok: false, message: c.screen.wholeComparison };
  const decoded = decodeShareLink(bank, entry.link);
  return decoded.ok ? decoded : { ok: false, message: decoded.error.message };
}

/** What pressing Compare gives: the comparison with any notices, or one problem per person who could not be read. */
type Outcome = { ok: true; comparison: Comparison; notices: string[] } | { ok: false; problems: string[] };

function compareEntries(bank: Bank, entries: readonly Entry[], c: Words, locale: Locale): Outcome {
  const reads = entries.map((entry) => readEntry(bank, entry, c));
  const label = (index: number) => personName(entries[index]?.name ?? '', index, locale);
  const line = (index: number, text: string) => fill(locale, c.screen.personLine, { name: label(index), text });
  const problems = reads.flatMap((read, index) => (read.ok ? [] : [line(index, read.message)]));
  if (problems.length > 0) return { ok: false, problems };
  const people = reads.flatMap((read, index) => (read.ok ? [{ label: label(index), answers: read.answers }] : []));
  const notices = reads.flatMap((read, index) => (read.ok && read.notice ? [line(index, read.notice)] : []));
  return {
    ok: true,
    comparison: compareResults(bank, people),
    notices: [...sameAnswersNotes(people, c, locale), ...notices],
  };
}

/** A note for each person whose answers are exactly an earlier person's: most likely the same file or link twice. */
function sameAnswersNotes(people: readonly Person[], c: Words, locale: Locale): string[] {
  const seen = new Map<string, string>();
  return people.flatMap((person) => {
    const key = JSON.stringify(Object.entries(person.answers).sort(([a], [b]) => a.localeCompare(b)));
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, person.label);
    return earlier === undefined ? [] : [fill(locale, c.screen.sameAnswers, { name: person.label, earlier })];
  });
}

function startEntries(initial: CompareScreenProps['initial']): Entry[] {
  const given = (initial ?? []).map((person, key) => ({ ...blankEntry(key), name: person.name, given: person.given }));
  return [
    ...given,
    ...Array.from({ length: Math.max(0, MIN_PEOPLE - given.length) }, (_, key) => blankEntry(given.length + key)),
  ];
}

/** Two to five people's answers side by side: each result, where they differ, and one for the group. */
export function CompareScreen({ bank, initial, onView, onBack }: CompareScreenProps) {
  // Read first: the words load with the comparison, and compareResults reads them too.
  const c = useResultMessages().compare;
  const locale = useLocale();
  const [entries, setEntries] = useState(() => startEntries(initial));
  const [nextKey, setNextKey] = useState(entries.length);
  // People already read are compared at once, when there are enough of them.
  const [outcome, setOutcome] = useState<Outcome | null>(() =>
    initial && initial.length >= MIN_PEOPLE ? compareEntries(bank, entries, c, locale) : null,
  );
  const resultsRef = useRef<HTMLHeadingElement>(null);

  const change = (key: number, changed: EntryChange) => {
    // Merged into the entry as it is now, not as this render saw it.
    setEntries((list) => list.map((item) => (item.key === key ? { ...item, ...changed } : item)));
    // What was shown (a comparison, or why there could be none) was for the fields as they were.
    setOutcome(null);
  };
  const compare = () => {
    const next = compareEntries(bank, entries, c, locale);
    flushSync(() => {
      setOutcome(next);
    });
    // Results appear below the form: take keyboard and screen reader users there.
    if (next.ok) resultsRef.current?.focus();
  };

  return (
    <article className="compare" aria-labelledby="compare-title">
      <ScreenHeading id="compare-title" stepKey="compare" documentTitle={c.screen.title}>
        {c.screen.title}
      </ScreenHeading>
      <p className="lead">{fill(locale, c.screen.lead, { min: MIN_PEOPLE, max: MAX_PEOPLE })}</p>
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
            onChange={(changed) => change(entry.key, changed)}
            onRemove={() => {
              setEntries((list) => list.filter((item) => item.key !== entry.key));
              setOutcome(null);
            }}
          />
        ))}
        <div className="actions no-print">
          {entries.length < MAX_PEOPLE ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setEntries((list) => [...list, blankEntry(nextKey)]);
                setOutcome(null);
                setNextKey((key) => key + 1);
              }}
            >
              {c.screen.addPerson}
            </button>
          ) : null}
          <button type="submit" className="button primary">
            {c.screen.compare}
          </button>
        </div>
      </form>
      <MessageSlot role="alert" tone="error">
        {outcome?.ok === false ? (
          <>
            <p>{c.screen.cannotRead}</p>
            <ul>
              {outcome.problems.map((problem, index) => (
                <li key={`${index}:${problem}`}>{problem}</li>
              ))}
            </ul>
          </>
        ) : null}
      </MessageSlot>
      {outcome?.ok ? (
        <>
          <ComparisonView
            bank={bank}
            comparison={outcome.comparison}
            notices={outcome.notices}
            headingRef={resultsRef}
            onView={onView}
          />
          <ComparisonExports bank={bank} comparison={outcome.comparison} />
        </>
      ) : null}
      {onBack ? (
        <div className="actions no-print">
          <button type="button" className="button" onClick={onBack}>
            {c.screen.back}
          </button>
        </div>
      ) : null}
    </article>
  );
}
