// Shown when a page fails to render or a route does not exist; the rest of the app keeps working.
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="empty" role="alert">
      <h2>{notFound ? 'There is no page here' : 'This page hit a problem'}</h2>
      <p>
        {notFound
          ? 'The link may be out of date.'
          : 'Your data is safe: it is stored on this device and nothing was lost. Reload to try again.'}
      </p>
      {!notFound && error instanceof Error ? <p className="muted">{error.message}</p> : null}
      <div className="actions" style={{ justifyContent: 'center' }}>
        <Link className="btn" to="/resumes">
          Go to Resumes
        </Link>
        {!notFound ? (
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            Reload
          </button>
        ) : null}
      </div>
    </div>
  );
}
