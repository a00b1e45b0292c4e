/** Below the login form: how people without an account get one. */
export const REGISTRIERUNGS_LINKS: readonly { to: string; text: string }[] = [
  { to: '/unternehmen-beantragen', text: 'Noch kein Zugang für Ihr Unternehmen? Online beantragen' },
  { to: '/registrieren', text: 'Prüfungsteilnehmer/-in einer Fortbildungsprüfung? Hier registrieren' },
];
