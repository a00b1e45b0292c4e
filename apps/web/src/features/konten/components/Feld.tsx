import type { InputHTMLAttributes, Ref } from 'react';

interface FeldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The message when the server (or the form) refused this field. */
  fehler?: string | null;
  /** Ids of further descriptions (e.g. the password rules). */
  beschreibung?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input whose error is announced with it (aria-invalid, aria-describedby). */
export function Feld({ id, label, value, onChange, fehler, beschreibung, inputRef, ...rest }: FeldProps) {
  const fehlerId = `${id}-fehler`;
  const describedBy = [fehler ? fehlerId : null, beschreibung ?? null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        name={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={fehler ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      />
      {fehler && (
        <p id={fehlerId} className="field-error">
          {fehler}
        </p>
      )}
    </div>
  );
}
