// Files each collaborator consulted, for "recently consulted first" (F1): one row per
// (collaborator, file), refreshed on every read of the detail.
import type { Core } from '@strapi/strapi';
import type { ConsoleUser } from '@rsa/console-kit';

type Table = {
  where(filter: Record<string, unknown>): { update(data: Record<string, unknown>): Promise<number> };
  insert(row: Record<string, unknown>): Promise<unknown>;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const table = (): Table => (strapi.db.connection as unknown as (name: string) => Table)('file_consultations');
  return {
    async record(user: ConsoleUser, beneficiaryId: number): Promise<void> {
      const now = new Date();
      const updated = await table().where({ login: user.login, beneficiary_id: beneficiaryId }).update({ consulted_at: now, updated_at: now });
      if (updated > 0) return;
      try {
        await table().insert({ login: user.login, beneficiary_id: beneficiaryId, consulted_at: now, created_at: now, updated_at: now });
      } catch {
        // Two tabs opening the same file at once: the other insert won, which is all we need.
      }
    },
  };
};
