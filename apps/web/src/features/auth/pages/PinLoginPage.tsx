import { useMutation } from '@apollo/client/react';
import { AnmeldeFormular } from '../components/AnmeldeFormular';
import { LoginMitPinDocument } from '../graphql/session';

/** `/anmelden/pin`: Ausbildungsbeauftragte sign in with the PIN they were e-mailed once. */
export function PinLoginPage() {
  const [login] = useMutation(LoginMitPinDocument);
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
      anmelden={async (email, pin) =>
        (await login({ variables: { input: { email, pin } } })).data?.loginMitPin
      }
      wechsel={{ to: '/anmelden', text: 'Anmeldung mit Passwort' }}
      // A PIN locked after wrong attempts is unlocked by setting a password through this link.
      weitereLinks={[{ to: '/passwort-vergessen', text: 'Passwort vergessen?' }]}
    />
  );
}
