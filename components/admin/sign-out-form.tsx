/** Signs out through next-auth (a POST with its CSRF token), so it works without JavaScript. */
export function SignOutForm({ csrfToken }: { csrfToken: string }) {
  return (
    <form method="post" action="/api/auth/signout">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value="/admin/logg-inn" />
      <button type="submit" className="ds-button" data-variant="secondary">
        Logg ut
      </button>
    </form>
  );
}
