// A path that matches no area.
import { Link } from 'react-router';

export function NotFoundView() {
  return (
    <div className="empty">
      <h2>There is no page here</h2>
      <p>The link may be out of date.</p>
      <Link className="btn" to="/resumes">
        Go to Resumes
      </Link>
    </div>
  );
}
