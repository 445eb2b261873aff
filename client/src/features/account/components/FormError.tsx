// The error of a form, announced to screen readers as soon as it appears.
export function FormError({ message }: { readonly message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="notice notice-danger" role="alert">
      {message}
    </p>
  );
}
