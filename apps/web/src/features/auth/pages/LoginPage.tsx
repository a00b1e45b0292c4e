import { REGISTRIERUNGS_LINKS } from '../../registrierung/components/registrierungsLinks';
import { AnmeldeFormular } from '../components/AnmeldeFormular';

/** `/anmelden`: e-mail address and password. */
export function LoginPage() {
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
      wechsel={{ to: '/anmelden/pin', text: 'Anmeldung mit PIN (Ausbildungsbeauftragte)' }}
      weitereLinks={[{ to: '/passwort-vergessen', text: 'Passwort vergessen?' }, ...REGISTRIERUNGS_LINKS]}
    />
  );
}
