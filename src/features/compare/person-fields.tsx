import { useId, useRef } from 'react';
import { readResultFile } from '../../components/read-result-file';
import { MAX_NAME_LENGTH, type Answers, type Bank } from '../../engine';
import { fill } from '../../i18n/format';
import { useLocale, useResultMessages } from '../../i18n/language-context';

/** Answers already read for a person: they take the place of the link. */
export interface Given {
  /** Where they came from, after "Using": "cto.json", "the shared result". */
  source: string;
  answers: Answers;
  notice: string | undefined;
}

/** One person's row of the comparison form. */
export interface Entry {
  key: number;
  name: string;
  link: string;
  given: Given | null;
  /** Why the file chosen last could not be read ('' for none): the summary repeats it. */
  fileError: string;
}

/** What one field changed. Only that field is written, so a file read that ends late keeps a name typed meanwhile. */
export type EntryChange = Partial<Pick<Entry, 'name' | 'link' | 'given' | 'fileError'>>;

export function blankEntry(key: number): Entry {
  return { key, name: '', link: '', given: null, fileError: '' };
}

export interface PersonFieldsProps {
  bank: Bank;
  entry: Entry;
  index: number;
  removable: boolean;
  onChange: (change: EntryChange) => void;
  onRemove: () => void;
}

/** Name, share link or saved file for one person. */
export function PersonFields({ bank, entry, index, removable, onChange, onRemove }: PersonFieldsProps) {
  const id = useId();
  // Counts the files chosen, so a slow read of an earlier one cannot replace a later one.
  const reads = useRef(0);
  const p = useResultMessages().compare.person;
  const locale = useLocale();
  const say = (message: string) => fill(locale, message, { number: index + 1 });
  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    const read = ++reads.current;
    onChange({ fileError: '' });
    if (!file) return;
    const result = await readResultFile(bank, file);
    if (read !== reads.current) return;
    if (!result.ok) return onChange({ fileError: result.message });
    // The name the file carries fills an empty name field.
    onChange({
      given: { source: result.name, answers: result.answers, notice: result.notice },
      ...(entry.name.trim() === '' && result.person ? { name: result.person } : {}),
    });
  };
  return (
    <fieldset className="compare-person">
      <legend>{say(p.legend)}</legend>
      <label htmlFor={`${id}-name`}>{say(p.name)}</label>
      <input
        id={`${id}-name`}
        className="text-field"
        type="text"
        maxLength={MAX_NAME_LENGTH}
        placeholder={say(p.placeholder)}
        value={entry.name}
        onChange={(event) => onChange({ name: event.target.value })}
      />
      <label htmlFor={`${id}-link`}>{say(p.link)}</label>
      <textarea
        id={`${id}-link`}
        className="text-field"
        rows={2}
        value={entry.link}
        disabled={entry.given !== null}
        onChange={(event) => onChange({ link: event.target.value })}
      />
      <label htmlFor={`${id}-file`}>{say(p.file)}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        onChange={(event) => void chooseFile(event.currentTarget)}
      />
      {entry.given ? (
        <p>
          {fill(locale, p.using, { source: entry.given.source })}{' '}
          <button type="button" className="link-button" onClick={() => onChange({ given: null })}>
            {p.useLink}
          </button>
        </p>
      ) : null}
      {entry.fileError ? <p className="field-error">{entry.fileError}</p> : null}
      {removable ? (
        <button type="button" className="button small" onClick={onRemove}>
          {say(p.remove)}
        </button>
      ) : null}
    </fieldset>
  );
}
