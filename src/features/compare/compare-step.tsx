import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import type { AssessmentStore, Comparing } from '../../store/assessment-store';
import { selectHasProgress } from '../../store/selectors';
import { CompareScreen } from './compare-screen';
import { SharedComparison } from './shared-comparison';

const selectComparing = (state: AssessmentStore): Comparing | null => state.comparing;

/** A shared result beside this browser's own answers, as the form's first two people. */
function mine(comparing: Extract<Comparing, { from: 'mine' }>) {
  return [
    { name: 'Shared', given: { source: 'the shared result', answers: comparing.shared, notice: undefined } },
    { name: 'You', given: { source: 'your answers in this browser', answers: comparing.own, notice: undefined } },
  ];
}

/**
 * The comparison as a step of the app: a comparison link's, read-only; a shared result beside
 * this browser's own; or an empty form. Back returns to where it was opened from.
 */
export default function CompareStep() {
  const bank = useBank();
  const { goBack } = useActions();
  const comparing = useAssessment(selectComparing);
  const hasProgress = useAssessment(selectHasProgress);
  if (comparing?.from === 'link')
    return (
      <SharedComparison
        bank={bank}
        people={comparing.people}
        notice={comparing.notice}
        hasProgress={hasProgress}
        onClose={goBack}
      />
    );
  return (
    <CompareScreen
      // A new set of people is a new form: its state starts again.
      key={comparing ? 'mine' : 'empty'}
      bank={bank}
      initial={comparing ? mine(comparing) : undefined}
      onBack={goBack}
    />
  );
}
