import { outcomeById, type Bank, type Evaluation } from '../../engine';
import { useResultMessages } from '../../i18n/language-context';

/** What one of the four options does: its responsibilities and the skills to hire for. */
export interface RoleDetailsProps {
  bank: Bank;
  outcomeId: Evaluation['outcome'];
  level?: 3 | 4;
}

export function RoleDetails({ bank, outcomeId, level = 3 }: RoleDetailsProps) {
  const m = useResultMessages().result.role;
  const outcome = outcomeById(bank, outcomeId);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="role-details">
      <div>
        <Heading>{m.responsibilities}</Heading>
        <ul>
          {outcome.responsibilities.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
      <div>
        <Heading>{m.skills}</Heading>
        <ul>
          {outcome.skills.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
