// Side panel of a collaborator's edit view: « Envoyer un lien de première connexion / de
// réinitialisation ». Calls the accounts plugin's admin route; the link is e-mailed when SMTP is
// configured, otherwise shown here once (it is not stored anywhere readable).
import * as React from 'react';
import { Button, Flex, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';

type Result =
  | { delivery: 'email'; to: string; expiresAt: string }
  | { delivery: 'shown'; link: string; expiresAt: string; reason: string };

const parisDateTime = (iso: string): string =>
  new Date(iso).toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });

export const AccessLinkContent = ({ documentId }: { documentId: string }) => {
  const { post } = useFetchClient();
  const [result, setResult] = React.useState<Result | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const send = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const { data } = await post<Result>(`/accounts/console-users/${documentId}/access-link`, {});
      setResult(data);
    } catch (caught) {
      const response = (caught as { response?: { data?: { error?: { message?: string } } } }).response;
      setError(response?.data?.error?.message ?? 'Le lien n’a pas pu être créé.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography variant="pi" textColor="neutral600">
        Lien à usage unique, valable 24 heures. Un nouveau lien remplace les précédents.
      </Typography>
      <Button variant="secondary" fullWidth loading={busy} onClick={send}>
        Envoyer un lien de première connexion / de réinitialisation
      </Button>
      {result?.delivery === 'email' && (
        <Typography role="status" variant="pi" textColor="success600">
          Lien envoyé par courriel à {result.to} (valable jusqu’au {parisDateTime(result.expiresAt)}).
        </Typography>
      )}
      {result?.delivery === 'shown' && (
        <Flex role="status" direction="column" alignItems="stretch" gap={1}>
          <Typography variant="pi" textColor="neutral700">
            {result.reason} Il ne sera plus affiché (valable jusqu’au {parisDateTime(result.expiresAt)}).
          </Typography>
          <Textarea aria-label="Lien de connexion" name="access-link" readOnly value={result.link} onFocus={(event: React.FocusEvent<HTMLTextAreaElement>) => event.target.select()} />
        </Flex>
      )}
      {error && (
        <Typography role="alert" variant="pi" textColor="danger600">
          {error}
        </Typography>
      )}
    </Flex>
  );
};

type PanelProps = { model: string; documentId?: string };

/** Content-manager edit view side panel (addEditViewSidePanel). */
export const AccessLinkPanel = ({ model, documentId }: PanelProps) => {
  if (model !== 'plugin::accounts.console-user' || !documentId) return null;
  return { title: 'Accès à la console', content: <AccessLinkContent documentId={documentId} /> };
};
AccessLinkPanel.type = 'access-link';
