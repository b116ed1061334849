/** An option's label and optional hint, with the ids its input points at. */
export function OptionText({ id, label, hint }: { id: string; label: string; hint: string | undefined }) {
  return (
    <span className="option-text">
      <span id={`${id}--label`}>{label}</span>
      {hint ? (
        <span id={`${id}--hint`} className="option-hint">
          {hint}
        </span>
      ) : null}
    </span>
  );
}
