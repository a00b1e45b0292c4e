import { useMutation } from '@apollo/client/react';
import { REGISTRIERUNGS_LINKS } from '../../registrierung/components/registrierungsLinks';
import { AnmeldeFormular } from '../components/AnmeldeFormular';
import { LoginDocument } from '../graphql/session';

/** `/anmelden`: e-mail address and password. */
export function LoginPage() {
  const [login] = useMutation(LoginDocument);
  return (
    <AnmeldeFormular
      id="anmeldung"
      titel="Anmeldung"
      einleitung="Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an."
      geheimnis={{
        field: 'password',
        label: 'Passwort',
        leer: 'Bitte geben Sie Ihr Passwort ein.',
        autoComplete: 'current-password',
      }}
      anmelden={async (email, password) =>
        (await login({ variables: { input: { email, password } } })).data?.login
      }
      wechsel={{ to: '/anmelden/pin', text: 'Anmeldung mit PIN (Ausbildungsbeauftragte)' }}
      weitereLinks={[{ to: '/passwort-vergessen', text: 'Passwort vergessen?' }, ...REGISTRIERUNGS_LINKS]}
    />
  );
}
