// A CER number is unique within its file. Strapi 5 cannot declare a composite unique index in
// schema.json, so it is asserted here at every start, in place of the plain index it replaces.
// A database that already holds duplicates (from before the index) cannot take it: the start goes
// on, the duplicates are logged for a functional admin to renumber, and the server's check and
// retry still stand; the index is created at the first start after they are fixed.
import type { Core } from '@strapi/strapi';
import { ensureIndexes } from '@rsa/console-kit';
import { rowsOf, type Knex } from '../services/sql';

export const CER_NUMBER_INDEX = { table: 'cers', columns: ['beneficiary_id', 'number'], unique: true };

export const ensureCerNumberUnique = async (strapi: Core.Strapi): Promise<void> => {
  const knex = strapi.db.connection as unknown as Knex;
  const duplicates = rowsOf(
    await knex.raw('SELECT beneficiary_id, number, COUNT(*) AS n FROM cers GROUP BY beneficiary_id, number HAVING COUNT(*) > 1 ORDER BY beneficiary_id, number'),
  );
  if (duplicates.length > 0) {
    const list = duplicates.map((d) => `dossier ${String(d.beneficiary_id)} n° ${String(d.number)}`).join(', ');
    strapi.log.error(`CER : numéros en double (${list}) — index unique non créé ; renumérotez ces CER puis redémarrez.`);
    return;
  }
  await ensureIndexes(knex, [CER_NUMBER_INDEX]);
  // The plain index of earlier versions is now redundant.
  await knex.raw('DROP INDEX IF EXISTS ix_cers_beneficiary_id_number');
};
