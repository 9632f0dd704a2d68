import { Link } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';

export function HomeScreen() {
  useDocumentTitle('Home');
  const { data } = useMe();
  if (!data) return null;
  const { user } = data;
  const name = user.displayName.trim() || user.email;

  return (
    <div className="page">
      <header className="page-header">
        <h1 className="break-anywhere">Welcome, {name}</h1>
        <p className="muted">
          Member since <time dateTime={user.createdAt}>{formatDate(user.createdAt)}</time>
        </p>
      </header>
      <section className="section" aria-labelledby="home-account">
        <h2 id="home-account">Your account</h2>
        <dl className="facts">
          <div>
            <dt>Email</dt>
            <dd className="break-anywhere">{user.email}</dd>
          </div>
          <div>
            <dt>Weights in</dt>
            <dd>{user.unit === 'lb' ? 'pounds (lb)' : 'kilograms (kg)'}</dd>
          </div>
          <div>
            <dt>Time zone</dt>
            <dd>{user.timeZone}</dd>
          </div>
        </dl>
      </section>
      <Link to="/account/security" className="link-card">
        <span className="link-card__title">Security</span>
        <span className="muted">Passkeys, signed-in devices and recent sign-in activity</span>
      </Link>
    </div>
  );
}
