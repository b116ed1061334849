import { useId, useState, type ReactNode } from 'react';

export interface DisclosureProps {
  label: string;
  children: ReactNode;
}

/** A button that shows and hides the content below it. */
export function Disclosure({ label, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="disclosure">
      <button
        type="button"
        className="link-button disclosure-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div id={id} className="disclosure-content" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
