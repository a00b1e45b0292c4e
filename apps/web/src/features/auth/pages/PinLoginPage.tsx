import { AnmeldeFormular } from '../components/AnmeldeFormular';

/** `/anmelden/pin`: Ausbildungsbeauftragte sign in with the PIN they were e-mailed once. */
export function PinLoginPage() {
  return (
    <AnmeldeFormular
      id="pin-anmeldung"
      titel="Anmeldung mit PIN"
      einleitung="Für Ausbildungsbeauftragte: Melden Sie sich mit Ihrer E-Mail-Adresse und der PIN an, die Sie per E-Mail erhalten haben."
      geheimnis={{
        field: 'pin',
        label: 'PIN',
        leer: 'Bitte geben Sie Ihre PIN ein.',
        inputMode: 'numeric',
        autoComplete: 'current-password',
      }}
      wechsel={{ to: '/anmelden', text: 'Anmeldung mit Passwort' }}
      // A PIN locked after wrong attempts is unlocked by setting a password through this link.
      weitereLinks={[{ to: '/passwort-vergessen', text: 'Passwort vergessen?' }]}
    />
  );
}
