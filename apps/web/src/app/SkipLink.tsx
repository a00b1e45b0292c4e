export const MAIN_ID = 'inhalt';

export function SkipLink() {
  return (
    <a className="skip-link" href={`#${MAIN_ID}`}>
      Zum Inhalt springen
    </a>
  );
}
