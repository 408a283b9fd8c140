// Characteristics (F8–F9): the history of a file's characteristics, the "actualisation avec
// historique" (the current value is closed, the new one opens today) and the MIDEM request,
// stored as the two characteristics the guide names. Genesis-fed ones are read-only.
import type { Core } from '@strapi/strapi';
import { ConsoleError, todayInParis, type ConsoleUser } from '@rsa/console-kit';
import { characteristicValueLabel, findCharacteristic, validateUserCharacteristicEdit, type CharacteristicCatalogue } from '../../../domain/characteristic-catalogue';
import { validateMidemRequest } from '../../../domain/midem';
import { parseBeneficiaryId } from './file-access';
import { MIDEM_FAMILY, MIDEM_REQUEST_DATE, MIDEM_REQUEST_MOTIF, midemRequestOf } from './file-summary';
import { rowsOf, toIsoDate, type Knex } from './sql';

type CharacteristicRow = { id: number; beneficiary_id: number; family: string; name: string; value: string | null; since: unknown; until: unknown; source: string | null; changed_by_login: string | null; changed_by_name?: string | null };

const present = (catalogue: CharacteristicCatalogue) => (r: CharacteristicRow) => ({
  id: Number(r.id),
  beneficiary: Number(r.beneficiary_id),
  family: r.family,
  name: r.name,
  value: r.value,
  label: r.value === null ? null : characteristicValueLabel(catalogue, r.family, r.name, r.value),
  since: toIsoDate(r.since),
  until: toIsoDate(r.until),
  current: r.until === null || r.until === undefined,
  source: r.source,
  changedBy: r.changed_by_login,
  // « Prénom NOM » of who changed it (the login when the collaborator is unknown; null: Genesis).
  changedByName: r.changed_by_login ? (r.changed_by_name ?? r.changed_by_login) : null,
});

type Change = { family: string; name: string; value: string };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const access = () => strapi.plugin('file-active').service('file-access');
  const audit = () => strapi.plugin('file-active').service('audit');
  const catalogue = (): Promise<CharacteristicCatalogue> => strapi.plugin('file-active').service('characteristic-catalogue').load();

  const currentOf = async (t: Knex, beneficiaryId: number) =>
    rowsOf<CharacteristicRow>(await t.raw('SELECT * FROM characteristics WHERE beneficiary_id = ? AND until IS NULL', [beneficiaryId]));

  /** Closes the current values and opens the new ones, in one transaction; unchanged values stay. */
  const actualise = async (user: ConsoleUser, beneficiaryId: number, changes: Change[]): Promise<void> => {
    const today = todayInParis();
    await strapi.db.transaction(async ({ trx }) => {
      const t = trx as unknown as Knex;
      const current = await currentOf(t, beneficiaryId);
      const now = new Date();
      for (const change of changes) {
        const previous = current.find((c) => c.family === change.family && c.name === change.name);
        if (previous && previous.value === change.value) continue;
        if (previous) await t.raw('UPDATE characteristics SET until = ?, updated_at = ? WHERE id = ?', [today, now, previous.id]);
        await t.raw(
          `INSERT INTO characteristics (beneficiary_id, family, name, value, since, until, source, changed_by_login, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, NULL, 'user', ?, ?, ?)`,
          [beneficiaryId, change.family, change.name, change.value, today, user.login, now, now],
        );
      }
    });
  };

  return {
    /** Every value, current and closed, newest first within each characteristic. */
    async history(user: ConsoleUser, beneficiaryId: number) {
      await access().requireVisible(user, beneficiaryId);
      const rows = rowsOf<CharacteristicRow>(
        await knex().raw(`SELECT c.*, u.name AS changed_by_name FROM characteristics c LEFT JOIN console_users u ON u.login = c.changed_by_login
          WHERE c.beneficiary_id = ? ORDER BY c.family, c.name, c.since DESC, c.id DESC`, [beneficiaryId]),
      );
      return rows.map(present(await catalogue()));
    },

    async update(user: ConsoleUser, input: Record<string, unknown>) {
      const beneficiaryId = parseBeneficiaryId(input.beneficiary);
      await access().requireAction(user, beneficiaryId, 'characteristics.edit');
      const family = typeof input.family === 'string' ? input.family : '';
      const name = typeof input.name === 'string' ? input.name : '';
      const raw = typeof input.value === 'string' || typeof input.value === 'number' ? String(input.value) : '';
      const current = await catalogue();
      const check = validateUserCharacteristicEdit(current, family, name, raw);
      if (!check.ok) throw new ConsoleError(422, check.message);
      const definition = findCharacteristic(current, family, name);
      if (definition === null) throw new ConsoleError(422, `Caractéristique inconnue : ${family} / ${name}.`);
      await actualise(user, beneficiaryId, [{ family: definition.family, name: definition.name, value: check.value }]);
      await audit().record(user, 'change:characteristic', beneficiaryId);
      const [row] = rowsOf<CharacteristicRow>(
        await knex().raw('SELECT * FROM characteristics WHERE beneficiary_id = ? AND family = ? AND name = ? AND until IS NULL', [beneficiaryId, definition.family, definition.name]),
      );
      return present(current)(row);
    },

    /** The référent's mise en demeure request (F9): motif and date, "traitée" once the feed's Date MIDEM is later. */
    async requestMidem(user: ConsoleUser, beneficiaryId: number, input: Record<string, unknown>) {
      await access().requireAction(user, beneficiaryId, 'midem.request');
      const today = todayInParis();
      const check = validateMidemRequest(
        { motif: typeof input.motif === 'string' ? input.motif : '', requestedOn: typeof input.requestedOn === 'string' ? input.requestedOn : today },
        today,
      );
      if (!check.ok) throw new ConsoleError(422, check.errors.join(' '), { errors: check.errors });
      await actualise(user, beneficiaryId, [
        { family: MIDEM_FAMILY, name: MIDEM_REQUEST_MOTIF, value: check.request.motif },
        { family: MIDEM_FAMILY, name: MIDEM_REQUEST_DATE, value: check.request.requestedOn },
      ]);
      await audit().record(user, 'change:midem_request', beneficiaryId);
      const current = (await currentOf(knex(), beneficiaryId)).map((c) => ({ family: c.family, name: c.name, value: c.value }));
      return midemRequestOf(current);
    },
  };
};
