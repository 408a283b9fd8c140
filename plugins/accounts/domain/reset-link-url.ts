// The console's page where a collaborator chooses a password from a first-login / reset link.
// PUBLIC_URL is the address people use to reach the application (behind a reverse proxy).
export function resetLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/console/#/mot-de-passe/${encodeURIComponent(token)}`;
}
