/** The password rules, shown before the user types (the server checks the same: konten/passwort-regeln.ts). */
export function PasswortRegeln({ id }: { id: string }) {
  return (
    <div id={id} className="notice notice-info">
      <p>So wählen Sie ein sicheres Passwort:</p>
      <ul className="regel-liste">
        <li>
          Mindestens 10 Zeichen, höchstens 128. Länge schützt besser als Sonderzeichen: Ein Satz aus mehreren
          Wörtern ist ein gutes Passwort.
        </li>
        <li>
          Keine häufig verwendeten Passwörter (z. B. „passwort123“) und keine bloßen Wiederholungen oder
          Zahlenreihen.
        </li>
        <li>Nicht Ihre E-Mail-Adresse oder Ihr Benutzername.</li>
      </ul>
    </div>
  );
}
