// Renders the toast stack in a live region.
import { Button } from './Button';
import { dismissToast, useToasts } from './toast-store';

export function Toaster() {
  const toasts = useToasts();
  return (
    <div className="toaster" aria-live="polite" aria-atomic="false">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast${toast.tone === 'error' ? ' toast-error' : ''}`}
          role="status"
        >
          <span>{toast.message}</span>
          <span className="actions">
            {toast.action ? (
              <Button
                size="sm"
                onClick={() => {
                  toast.action?.run();
                  dismissToast(toast.id);
                }}
              >
                {toast.action.label}
              </Button>
            ) : null}
            <Button
              size="sm"
              variant="ghost"
              aria-label="Dismiss"
              onClick={() => dismissToast(toast.id)}
            >
              ✕
            </Button>
          </span>
        </div>
      ))}
    </div>
  );
}
