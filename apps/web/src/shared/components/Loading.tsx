/** Visible loading text; the surrounding region carries aria-busy. */
export function Loading({ text = 'Wird geladen …' }: { text?: string }) {
  return (
    <p className="loading">
      <span className="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}
