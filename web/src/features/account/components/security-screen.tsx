import { useDocumentTitle } from '../../../lib/use-document-title';
import { ActivitySection } from './activity-section';
import { PasskeysSection } from './passkeys-section';
import { SessionsSection } from './sessions-section';

export function SecurityScreen() {
  useDocumentTitle('Security');
  return (
    <div className="page">
      <header className="page-header">
        <h1>Security</h1>
        <p className="muted">Passkeys, signed-in devices and recent sign-in activity.</p>
      </header>
      <PasskeysSection />
      <SessionsSection />
      <ActivitySection />
    </div>
  );
}
