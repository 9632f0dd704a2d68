import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundScreen() {
  useDocumentTitle('Page not found');
  return (
    <main id="main" className="page page--narrow error-page">
      <p className="brand brand--large">FitFolio</p>
      <h1>Page not found</h1>
      <p>There’s nothing at this address. It may have moved, or the link may be mistyped.</p>
      <div className="actions">
        <Link className="button button--primary" to="/">
          Go to the home page
        </Link>
      </div>
    </main>
  );
}
