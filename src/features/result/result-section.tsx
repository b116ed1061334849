import { useState, type ReactNode, type Ref } from 'react';

export interface ResultSectionProps {
  /** Prefix of the section's element ids: `${id}-title` names it, `${id}-body` holds it. */
  id: string;
  title: string;
  children: ReactNode;
  /** The heading's button, for returning focus to the section. */
  toggleRef?: Ref<HTMLButtonElement>;
}

/**
 * One of the result's detail sections: a heading that opens and closes what is under it, closed
 * at first so the recommendation and the plan fit the first screen. Printing shows every section.
 */
export function ResultSection({ id, title, children, toggleRef }: ResultSectionProps) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby={`${id}-title`} className="result-section">
      <h2 id={`${id}-title`} className="section-title">
        <button
          ref={toggleRef}
          type="button"
          className="section-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          {title}
        </button>
      </h2>
      <div id={`${id}-body`} className="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
