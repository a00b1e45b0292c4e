/** The portal's word-and-picture mark: a mortarboard in IHK blue and the name. */
export function Logo() {
  return (
    <span className="logo">
      <svg
        className="logo-mark"
        viewBox="0 0 32 32"
        width="36"
        height="36"
        aria-hidden="true"
        focusable="false"
      >
        <rect width="32" height="32" rx="6" fill="#003f7d" />
        <path d="M6 12 16 7l10 5-10 5z" fill="#ffffff" />
        <path d="M10 15v5c0 2 3 4 6 4s6-2 6-4v-5l-6 3z" fill="#ffffff" />
        <path d="M25 12.5v6" stroke="#ffd23f" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <span className="logo-text">Ausbildungsportal</span>
    </span>
  );
}
