/**
 * The start page of a self-registered participant of a Fortbildungspruefung: what this account is
 * for and what it can (not yet) do. The role gives no other rights.
 */
export function PruefungsteilnehmerStart() {
  return (
    <section className="card" aria-labelledby="teilnehmer-titel">
      <h2 id="teilnehmer-titel">Ihr Zugang als Prüfungsteilnehmer/-in</h2>
      <p>
        Sie haben sich für eine Fortbildungs- oder Sachkundeprüfung Ihrer IHK registriert. Mit diesem Zugang
        können Sie:
      </p>
      <ul>
        <li>sich mit Ihrer E-Mail-Adresse und Ihrem Passwort anmelden,</li>
        <li>unter „Profil“ Ihre Zugangsdaten (E-Mail-Adresse, Passwort) verwalten,</li>
        <li>unter „Profil – Vertretung“ eine Vertretung für Ihr Konto hinterlegen.</li>
      </ul>
      <p>
        Weitere Rechte hat dieser Zugang nicht. Fragen zur Prüfung, zu Terminen und zur Zulassung beantwortet
        Ihnen Ihre IHK.
      </p>
    </section>
  );
}
