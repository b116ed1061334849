import { useActions, useBank } from '../../store/assessment-context';
import { CompareScreen } from './compare-screen';

/** The comparison as a step of the app: Back returns to where it was opened from. */
export default function CompareStep() {
  const bank = useBank();
  const { goBack } = useActions();
  return <CompareScreen bank={bank} onBack={goBack} />;
}
