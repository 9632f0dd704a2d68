import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A page one step below Progress: a way back, the title and a line under it. */
export function SubPage({ title, intro, children }: { title: ReactNode; intro: ReactNode; children: ReactNode }) {
  return (
    <div className="page">
      <p>
        <Link to="/progress">← Progress</Link>
      </p>
      <header className="page-header">
        <h1 className="break-anywhere">{title}</h1>
        {intro && <p className="muted">{intro}</p>}
      </header>
      {children}
    </div>
  );
}
