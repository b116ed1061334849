import { useId, useState } from 'react';
import { readResultFile } from '../../components/read-result-file';
import type { Answers, Bank } from '../../engine';

/** One person's row of the comparison form. */
export interface Entry {
  key: number;
  name: string;
  link: string;
  /** A saved file chosen for this person, already read: it takes the place of the link. */
  file: { name: string; answers: Answers; notice: string | undefined } | null;
}

export function blankEntry(key: number): Entry {
  return { key, name: '', link: '', file: null };
}

export interface PersonFieldsProps {
  bank: Bank;
  entry: Entry;
  index: number;
  removable: boolean;
  onChange: (next: Entry) => void;
  onRemove: () => void;
}

/** Name, share link or saved file for one person. */
export function PersonFields({ bank, entry, index, removable, onChange, onRemove }: PersonFieldsProps) {
  const id = useId();
  const [fileError, setFileError] = useState('');
  const person = `person ${index + 1}`;
  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setFileError('');
    if (!file) return;
    const read = await readResultFile(bank, file);
    if (read.ok) onChange({ ...entry, file: { name: file.name, answers: read.answers, notice: read.notice } });
    else setFileError(read.message);
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
        onChange={(event) => void chooseFile(event.currentTarget)}
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
