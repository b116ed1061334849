import { AskFirst, useStartAgain } from '../../components/confirm-choice';
import { useMessages } from '../../i18n/language-context';
import { useActions, useAssessment } from '../../store/assessment-context';
import { selectHasProgress } from '../../store/selectors';

/** The header's ways in and out, on every screen: start over (asking first), open a saved result, compare. */
export function SiteActions() {
  const hasProgress = useAssessment(selectHasProgress);
  const { start, openFile, openCompare } = useActions();
  const m = useMessages().shell;
  const startAgain = useStartAgain();
  return (
    <nav className="site-actions" aria-label={m.appName}>
      {hasProgress ? (
        <AskFirst label={m.siteActions.startOver} className="link-button" {...startAgain} onConfirm={start} />
      ) : null}
      <button type="button" className="link-button" onClick={openFile}>
        {m.siteActions.open}
      </button>
      <button type="button" className="link-button" onClick={openCompare}>
        {m.siteActions.compare}
      </button>
    </nav>
  );
}
