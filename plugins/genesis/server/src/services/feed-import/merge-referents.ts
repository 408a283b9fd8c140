// Unknown référents (GENESIS_FEED.md rule 8): the file is imported all the same; the référent is
// created as an account without login rights in its structure (created too when unknown), and
// listed as a warning for a functional admin to complete.
import { randomUUID } from 'crypto';
import { rowsOf, type Knex } from './sql';

type Unknown = { login: string; name: string; structure: string };

const documentId = (): string => randomUUID().replace(/-/g, '').slice(0, 24);

export const mergeReferents = async (trx: Knex, importId: number, now: Date): Promise<string[]> => {
  const unknownUsers = rowsOf<Unknown>(
    await trx.raw(
      `SELECT s.referent_login AS login, MIN(s.referent_name) AS name, MIN(s.referent_structure) AS structure
         FROM feed_staging_rows s
        WHERE s.import_id = ? AND NOT EXISTS (SELECT 1 FROM console_users u WHERE u.login = s.referent_login)
        GROUP BY s.referent_login ORDER BY s.referent_login`,
      [importId],
    ),
  );
  const unknownStructures = rowsOf<{ code: string }>(
    await trx.raw(
      `SELECT DISTINCT s.referent_structure AS code FROM feed_staging_rows s
        WHERE s.import_id = ? AND NOT EXISTS (SELECT 1 FROM structures st WHERE st.code = s.referent_structure)
        ORDER BY s.referent_structure`,
      [importId],
    ),
  );
  const warnings: string[] = [];
  if (unknownStructures.length > 0) {
    await trx('structures').insert(
      unknownStructures.map(({ code }) => ({
        document_id: documentId(), code, name: code, kind: 'autre', is_accompagnateur: true, is_employeur: false,
        is_operateur: false, is_prescripteur: false, active: true, created_at: now, updated_at: now, published_at: now,
      })),
    );
    for (const { code } of unknownStructures) warnings.push(`Structure inconnue créée : ${code} (à compléter par un administrateur fonctionnel)`);
  }
  for (let i = 0; i < unknownUsers.length; i += 200) {
    await trx('console_users').insert(
      unknownUsers.slice(i, i + 200).map((u) => ({
        document_id: documentId(), login: u.login, name: u.name, profiles: JSON.stringify(['referent']), structure_code: u.structure,
        can_login: false, active: true, created_at: now, updated_at: now, published_at: now,
      })),
    );
  }
  for (const u of unknownUsers) {
    warnings.push(`Référent inconnu créé sans droit de connexion : ${u.login} (${u.name}, ${u.structure}) — à compléter par un administrateur fonctionnel`);
  }
  return warnings;
};
