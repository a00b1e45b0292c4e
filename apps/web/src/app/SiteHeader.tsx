import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Logo } from '../shared/components/Logo';

/** The banner: logo (link to the start page) and whatever the page puts beside it. */
export function SiteHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="site-header">
      <div className="container site-header-inner">
        <Link to="/" className="brand">
          <Logo />
        </Link>
        {children}
      </div>
    </header>
  );
}
