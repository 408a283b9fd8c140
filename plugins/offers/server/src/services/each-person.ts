// Batches on a saved selection (positionnements, event registrations) run person by person:
// each file's refusal is that person's result, in French, and the others go ahead.
import { ConsoleError } from '@rsa/console-kit';
import { rowsOf, type Knex, type Row } from './sql';
export type PersonResult<T> = { beneficiary: number; beneficiaryName: string; ok: boolean; result: T | null; message: string | null };

/** Runs `act` for each file on its own: a refusal (ConsoleError) is that person's result, not the batch's. */
export const eachPerson = async <T>(knex: Knex, ids: number[], act: (id: number) => Promise<T>): Promise<PersonResult<T>[]> => {
  const names = new Map(
    rowsOf<Row>(await knex.raw(`SELECT id, last_name, first_name FROM beneficiaries WHERE id IN (${ids.map(() => '?').join(', ')})`, ids)).map((r) => [
      Number(r.id),
      `${String(r.last_name ?? '')} ${String(r.first_name ?? '')}`.trim(),
    ]),
  );
  const out: PersonResult<T>[] = [];
  for (const id of ids) {
    const beneficiaryName = names.get(id) ?? String(id);
    try {
      out.push({ beneficiary: id, beneficiaryName, ok: true, result: await act(id), message: null });
    } catch (error) {
      if (!(error instanceof ConsoleError)) throw error;
      out.push({ beneficiary: id, beneficiaryName, ok: false, result: null, message: error.message });
    }
  }
  return out;
};
