import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('The #root element is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker (built apps only) and its update prompt load after the first screen, off the budget.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('./app/update-prompt').then(({ UpdatePrompt }) => {
    const container = document.createElement('div');
    document.body.append(container);
    createRoot(container).render(<UpdatePrompt />);
  });
}
