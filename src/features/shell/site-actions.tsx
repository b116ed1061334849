import { AskFirst, START_AGAIN } from '../../components/confirm-choice';
import { useActions, useAssessment } from '../../store/assessment-context';
import { selectHasProgress } from '../../store/selectors';

/** The header's ways in and out, on every screen: start over (asking first), open a saved result, compare. */
export function SiteActions() {
  const hasProgress = useAssessment(selectHasProgress);
  const { start, openFile, openCompare } = useActions();
  return (
    <nav className="site-actions" aria-label="Role Fit">
      {hasProgress ? <AskFirst label="Start over" className="link-button" {...START_AGAIN} onConfirm={start} /> : null}
      <button type="button" className="link-button" onClick={openFile}>
        Open a saved result
      </button>
      <button type="button" className="link-button" onClick={openCompare}>
        Compare results
      </button>
    </nav>
  );
}
