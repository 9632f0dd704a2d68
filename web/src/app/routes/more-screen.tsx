import { Link } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MORE_DESTINATIONS } from '../navigation';

/** `/more`: the destinations the phone's tab bar has no room for, one tap away. */
export function MoreScreen() {
  useDocumentTitle('More');
  const isAdmin = useMe().data?.isAdmin === true;
  return (
    <div className="page">
      <h1>More</h1>
      <ul className="card-list" aria-label="More destinations">
        {MORE_DESTINATIONS.map(({ to, label, description }) => (
          <li key={to}>
            <Link to={to} className="link-card">
              <span className="link-card__title">{label}</span>
              <span className="muted">{description}</span>
            </Link>
          </li>
        ))}
        {isAdmin && (
          <li>
            <Link to="/admin" className="link-card">
              <span className="link-card__title">Admin</span>
              <span className="muted">Invite people; disable or delete accounts on this FitFolio</span>
            </Link>
          </li>
        )}
      </ul>
    </div>
  );
}
