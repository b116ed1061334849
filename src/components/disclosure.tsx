import { useId, useState, type ReactNode } from 'react';

export interface DisclosureProps {
  label: string;
  /** Whenever this changes the content is closed again: for content replaced in place, like the next question's. */
  resetKey?: string;
  children: ReactNode;
}

/** A button that shows and hides the content below it. */
export function Disclosure({ label, resetKey, children }: DisclosureProps) {
  // The content it was opened for: open only while that is still what it shows.
  const shown = resetKey ?? '';
  const [openFor, setOpenFor] = useState<string | null>(null);
  const open = openFor === shown;
  const id = useId();
  return (
    <div className="disclosure">
      <button
        type="button"
        className="link-button disclosure-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpenFor(open ? null : shown)}
      >
        {label}
      </button>
      <div id={id} className="disclosure-content" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
