import { fullBank } from '../../components/full-bank';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import type { AssessmentStore, Comparing } from '../../store/assessment-store';
import { MAX_PEOPLE, questionFlow } from '../../engine';
import { selectAnswers, selectHasProgress } from '../../store/selectors';
import { CompareScreen } from './compare-screen';
import { SharedComparison } from './shared-comparison';
import { useResultMessages } from '../../i18n/language-context';

/** Where given answers came from, by the store's kind: their message in compare.screen. */
const SOURCES = { mine: 'mineSource', shared: 'sharedSource', link: 'linkSource', file: 'fileSource' } as const;

const selectComparing = (state: AssessmentStore): Comparing | null => state.comparing;

/**
 * The comparison as a step of the app: a comparison link's, read-only; people already read
 * (this browser's own result, a shared result or file beside it); or an empty form. Back
 * returns to where it was opened from.
 */
export default function CompareStep() {
  const bank = fullBank(useBank());
  const c = useResultMessages().compare.screen;
  const { goBack, compareWithMine, viewAnswers } = useActions();
  const comparing = useAssessment(selectComparing);
  const hasProgress = useAssessment(selectHasProgress);
  const hasResult = questionFlow(bank, useAssessment(selectAnswers)).complete && hasProgress;
  const view = (person: { label: string; answers: Parameters<typeof viewAnswers>[0]['answers'] }) =>
    viewAnswers({ from: 'comparison', answers: person.answers, name: person.label, notice: undefined });
  if (comparing?.from === 'link')
    return (
      <SharedComparison
        bank={bank}
        people={comparing.people}
        notice={comparing.notice}
        hasProgress={hasProgress}
        onAddMine={
          hasResult && comparing.people.length < MAX_PEOPLE
            ? () =>
                compareWithMine(
                  comparing.people.map((person) => ({
                    name: person.label,
                    answers: person.answers,
                    source: 'link',
                  })),
                )
            : undefined
        }
        onView={view}
        onClose={goBack}
      />
    );
  return (
    <CompareScreen
      // A new set of people is a new form: its state starts again.
      key={comparing ? 'given' : 'empty'}
      bank={bank}
      initial={comparing?.people.map((person) => ({
        // Without a name, this browser's own answers start as "You" and a shared result's as "Shared".
        name: person.name || (person.source === 'mine' ? c.you : person.source === 'shared' ? c.shared : ''),
        given: { source: c[SOURCES[person.source]], answers: person.answers, notice: undefined },
      }))}
      onView={view}
      onBack={goBack}
    />
  );
}
