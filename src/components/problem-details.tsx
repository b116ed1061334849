import { useMessages } from '../i18n/language-context';

/** The "Details" disclosure under a one-sentence error: paths and specifics, never a stack trace. */
export function ProblemDetails({ details }: { details: readonly string[] | undefined }) {
  const m = useMessages().shell;
  if (!details || details.length === 0) return null;
  return (
    <details>
      <summary>{m.problemDetails.summary}</summary>
      <ul>
        {details.map((detail, index) => (
          <li key={`${index}:${detail}`}>{detail}</li>
        ))}
      </ul>
    </details>
  );
}
