// Append-only audit trail (ACCESS.md, P5): who (login, profile), when (UTC), which action, which
// file — never the personal data itself.
import type { Core } from '@strapi/strapi';
import type { ConsoleUser } from '@rsa/console-kit';

export type AuditAction = 'read' | 'change' | 'export';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async record(user: ConsoleUser, action: `${AuditAction}:${string}`, beneficiaryId: number | null): Promise<void> {
    const now = new Date();
    await strapi.db.connection('audit_entries').insert({
      at: now, login: user.login, profile: user.profiles.join(','), action, beneficiary_id: beneficiaryId, created_at: now, updated_at: now,
    });
  },
});
