import { Link } from 'react-router';
import { exportUrl } from '../api/export-url';

/** Settings → your data: import a history, download everything, or delete the account. */
export function DataSection() {
  return (
    <>
      <section className="section" aria-labelledby="data-import">
        <h2 id="data-import">Import</h2>
        <p className="muted">Bring your history from Strong or Hevy, or restore a FitFolio export.</p>
        <Link to="/settings/import" className="button button--secondary">
          Import from a file
        </Link>
      </section>
      <section className="section" aria-labelledby="data-export">
        <h2 id="data-export">Export</h2>
        <p className="muted">
          Everything in your account: JSON keeps every detail and can be imported into any FitFolio server; CSV is one
          row per set, for a spreadsheet.
        </p>
        <div className="row-actions">
          <a href={exportUrl('json')} download className="button button--secondary">
            Download JSON
          </a>
          <a href={exportUrl('csv')} download className="button button--secondary">
            Download CSV
          </a>
        </div>
      </section>
      <section className="section" aria-labelledby="data-delete">
        <h2 id="data-delete">Delete your account</h2>
        <p className="muted">Deletes your account and everything in it, on every device, for good.</p>
        <Link to="/settings/delete-account" className="button button--danger-outline">
          Delete account…
        </Link>
      </section>
    </>
  );
}
