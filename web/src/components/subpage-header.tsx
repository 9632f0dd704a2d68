import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The heading of a page one level down (Settings → Import), with the way back above it. */
export function SubpageHeader({ back, backLabel, title, children }: { back: string; backLabel: string; title: string; children?: ReactNode }) {
  return (
    <header className="page-header">
      <p>
        <Link to={back}>← {backLabel}</Link>
      </p>
      <h1>{title}</h1>
      {children}
    </header>
  );
}
