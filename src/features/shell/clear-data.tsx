import { AskFirst } from '../../components/confirm-choice';
import { useMessages } from '../../i18n/language-context';
import { useActions } from '../../store/assessment-context';

/** "Clear my data", with one confirming step so a slip does not lose an assessment. */
export function ClearData() {
  const { clearData } = useActions();
  const m = useMessages().shell.clearData;
  return (
    <AskFirst
      label={m.label}
      className="link-button"
      question={m.question}
      confirmLabel={m.confirmLabel}
      onConfirm={clearData}
    />
  );
}
