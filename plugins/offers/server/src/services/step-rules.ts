// Extension point of étape creation and changes: other plugins (fse: overlaps and operation
// dates, passage en convention) register rules here instead of copying the enrolment code. The
// enrolments service asks `check` inside the write's transaction, before writing (a refusal stops
// the write: nothing changed), and calls `afterWrite` in the same transaction once written.
import type { PositionnementState, Refusal } from '../../../domain';
import type { Knex } from './sql';

/** A positionnement / étape as it will be once the write is done. */
export type StepChange = {
  /** null while it is being created. */
  positionnementId: number | null;
  beneficiaryId: number;
  offerId: number;
  state: PositionnementState;
  plannedStart: string | null;
  plannedEnd: string | null;
  realStart: string | null;
  realEnd: string | null;
};

export type StepRule = {
  name: string;
  check?(change: StepChange, trx: Knex): Promise<Refusal | null>;
  afterWrite?(change: StepChange & { positionnementId: number }, trx: Knex, login: string): Promise<void>;
};

export default () => {
  const rules = new Map<string, StepRule>();
  return {
    /** Registered at the other plugin's bootstrap; the same name replaces (restarts in tests). */
    register(rule: StepRule): void {
      rules.set(rule.name, rule);
    },
    async check(change: StepChange, trx: Knex): Promise<Refusal | null> {
      for (const rule of rules.values()) {
        const refusal = rule.check ? await rule.check(change, trx) : null;
        if (refusal) return refusal;
      }
      return null;
    },
    async afterWrite(change: StepChange & { positionnementId: number }, trx: Knex, login: string): Promise<void> {
      for (const rule of rules.values()) if (rule.afterWrite) await rule.afterWrite(change, trx, login);
    },
  };
};
