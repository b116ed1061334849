import { useId } from 'react';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import { selectHasProgress } from '../../store/selectors';
import { ImportFile } from './import-file';

/** The ways in besides answering: open a saved result, or compare colleagues' results. */
export function OpenOrCompare() {
  const bank = useBank();
  const titleId = useId();
  const hasProgress = useAssessment(selectHasProgress);
  const { importAnswers, openCompare } = useActions();
  return (
    <section className="open-or-compare no-print" aria-labelledby={titleId}>
      <h2 id={titleId}>Already have results?</h2>
      <ImportFile bank={bank} hasProgress={hasProgress} onImport={importAnswers} />
      <div className="compare-entry">
        <p>Several people answered? Put their share links or saved files side by side.</p>
        <button type="button" className="button" onClick={openCompare}>
          Compare colleagues’ results
        </button>
      </div>
    </section>
  );
}
