import { useId, useState, type ReactNode } from 'react';

export interface DisclosureProps {
  label: string;
  /** The content; a function is called only while it is shown, so what it needs can load then. */
  children: ReactNode | (() => ReactNode);
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
        {typeof children === 'function' ? (open ? children() : null) : children}
      </div>
    </div>
  );
}
