/** What the user sees instead of a blank page when something in the UI breaks. */
export function ErrorFallback({ title = 'Something went wrong' }: { title?: string }) {
  return (
    <main className="page page--narrow error-page">
      <h1>{title}</h1>
      <p>
        Sorry, this page ran into a problem. Your data is safe. Reloading usually fixes it; if it
        keeps happening, try again in a few minutes.
      </p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <a className="button button--secondary" href="/">
          Go to the home page
        </a>
      </div>
    </main>
  );
}
