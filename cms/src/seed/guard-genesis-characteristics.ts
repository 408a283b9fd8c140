// The Genesis import fills characteristics by name (plugins/genesis/domain/feed-characteristics.ts,
// the column mapping). Admins edit everything else of those characteristics (labels of their
// codes, required flag, order), but renaming one, handing it to the staff or deleting it would
// cut it from the feed: refused with a French message in the admin panel.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const DEFINITION = 'api::characteristic-definition.characteristic-definition';

type Row = { id: number; name: string; source: string };
type Event = { params: { where?: Record<string, unknown>; data?: Record<string, unknown> } };

export const guardGenesisCharacteristics = (strapi: Core.Strapi): void => {
  const fedByGenesis = async (event: Event): Promise<Row[]> => {
    if (!event.params.where) return [];
    const rows = (await strapi.db.query(DEFINITION).findMany({ where: event.params.where, select: ['id', 'name', 'source'] })) as Row[];
    return rows.filter((r) => r.source === 'genesis');
  };
  const refuse = (row: Row) => {
    throw new errors.ValidationError(
      `« ${row.name} » est alimentée par le flux Genesis, qui la reconnaît à son nom : elle ne peut être ni renommée, ni confiée à la saisie, ni supprimée.`,
    );
  };
  strapi.db.lifecycles.subscribe({
    models: [DEFINITION],
    async beforeUpdate(event: Event) {
      const data = event.params.data ?? {};
      for (const row of await fedByGenesis(event)) {
        if ((typeof data.name === 'string' && data.name !== row.name) || (data.source !== undefined && data.source !== 'genesis')) refuse(row);
      }
    },
    async beforeDelete(event: Event) {
      const [row] = await fedByGenesis(event);
      if (row) refuse(row);
    },
    async beforeDeleteMany(event: Event) {
      const [row] = await fedByGenesis(event);
      if (row) refuse(row);
    },
  } as never);
};
