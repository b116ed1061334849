/** The "Details" disclosure under a one-sentence error: paths and specifics, never a stack trace. */
export function ProblemDetails({ details }: { details: readonly string[] | undefined }) {
  if (!details || details.length === 0) return null;
  return (
    <details>
      <summary>Details</summary>
      <ul>
        {details.map((detail, index) => (
          <li key={`${index}:${detail}`}>{detail}</li>
        ))}
      </ul>
    </details>
  );
}
