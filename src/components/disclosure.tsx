import { useId, useState, type ReactNode } from 'react';

export interface DisclosureProps {
  label: string;
  /** Whenever this changes the content is closed again: for content replaced in place, like the next question's. */
  resetKey?: string;
  children: ReactNode;
}

/** A button that shows and hides the content below it. */
export function Disclosure({ label, resetKey, children }: DisclosureProps) {
  // Open only for the content it was opened on.
  const [openFor, setOpenFor] = useState<{ key: string | undefined } | null>(null);
  const open = openFor !== null && openFor.key === resetKey;
  const id = useId();
  return (
    <div className="disclosure">
      <button
        type="button"
        className="link-button disclosure-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpenFor(open ? null : { key: resetKey })}
      >
        {label}
      </button>
      <div id={id} className="disclosure-content" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
