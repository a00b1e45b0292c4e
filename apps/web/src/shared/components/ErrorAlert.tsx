import type { ReactNode } from 'react';

interface ErrorAlertProps {
  id?: string;
  children: ReactNode;
}

/** An error the user should notice at once (role="alert"). */
export function ErrorAlert({ id, children }: ErrorAlertProps) {
  return (
    <div id={id} role="alert" className="alert alert-error">
      {children}
    </div>
  );
}
