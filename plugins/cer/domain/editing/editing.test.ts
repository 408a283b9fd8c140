import { PROFILES, type Actor, type Profile } from '../actor.type';
import { CER_STATES, type CerState } from '@rsa/vocabulary';
import { canEditCer } from './can-edit-cer';
import { checkCerEdit } from './check-cer-edit';
import { CER_DECISION_FIELDS, CER_ORDINARY_FIELDS } from './cer-fields';
import { editableFields } from './editable-fields';

// ACCESS.md restated: référent in proposition (own file), secrétariat in soumis_etude and
// etude_commission, cadre in every state but proposition.
const EDITS_IN: Record<string, readonly CerState[]> = {
  R: ['proposition'],
  S: ['soumis_etude', 'etude_commission'],
  C: ['soumis_etude', 'etude_commission', 'attente_decision', 'valide', 'non_valide'],
};

const letterOf = (profile: Profile, isFileReferent: boolean): string =>
  (profile === 'referent' || profile === 'referent_fse') && isFileReferent
    ? 'R'
    : profile === 'secretariat'
      ? 'S'
      : profile === 'cadre'
        ? 'C'
        : '-';

const rows = PROFILES.flatMap((profile) =>
  [false, true].flatMap((isFileReferent) =>
    CER_STATES.map((state): [Profile, boolean, CerState, boolean] => [
      profile,
      isFileReferent,
      state,
      (EDITS_IN[letterOf(profile, isFileReferent)] ?? []).includes(state),
    ]),
  ),
);

describe('canEditCer', () => {
  test.each(rows)('%s (référent du dossier: %s) in %s → %s', (profile, isFileReferent, state, expected) => {
    const actor: Actor = { profiles: [profile], isFileReferent };
    expect(canEditCer(actor, state)).toBe(expected);
    const fields = editableFields(actor, state);
    expect(fields.ordinary.length > 0).toBe(expected);
    // Decision fields belong to the chain only, never to the référent.
    if (letterOf(profile, isFileReferent) === 'R' || !expected) expect(fields.decision).toEqual([]);
    else expect(fields.decision.length).toBeGreaterThan(0);
  });
});

const referent: Actor = { profiles: ['referent'], isFileReferent: true };
const secretariat: Actor = { profiles: ['secretariat'], isFileReferent: false };
const cadre: Actor = { profiles: ['cadre'], isFileReferent: false };

describe('editableFields', () => {
  test.each<[string, Actor, CerState, readonly string[]]>([
    ['référent in proposition', referent, 'proposition', []],
    ['secrétariat in soumis_etude', secretariat, 'soumis_etude', ['departmentDecision', 'decision', 'referentNote']],
    ['cadre in valide', cadre, 'valide', ['departmentDecision', 'decision', 'validatedOn', 'referentNote']],
    ['cadre in non_valide', cadre, 'non_valide', ['departmentDecision', 'decision', 'notValidatedOn', 'referentNote']],
  ])('%s', (_name, actor, state, decision) => {
    expect(editableFields(actor, state)).toEqual({ ordinary: [...CER_ORDINARY_FIELDS], decision });
  });

  test('the two families do not overlap', () => {
    const ordinary: readonly string[] = CER_ORDINARY_FIELDS;
    expect(CER_DECISION_FIELDS.filter((field) => ordinary.includes(field))).toEqual([]);
  });
});

describe('checkCerEdit', () => {
  test.each<[string, Actor, CerState, string[], string | null]>([
    ['référent edits the contract', referent, 'proposition', ['situation', 'objectives', 'comment'], null],
    ['référent writes a decision', referent, 'proposition', ['situation', 'decision'], 'forbidden'],
    ['référent after submission', referent, 'soumis_etude', ['situation'], 'forbidden'],
    ['secrétariat in commission', secretariat, 'etude_commission', ['end', 'decision', 'referentNote'], null],
    ['secrétariat awaiting the cadre', secretariat, 'attente_decision', ['decision'], 'forbidden'],
    ['cadre corrects the validation date', cadre, 'valide', ['validatedOn'], null],
    ['cadre sets a validation date while in study', cadre, 'attente_decision', ['validatedOn'], 'forbidden'],
    ['state through the form', cadre, 'valide', ['state'], 'forbidden'],
    ['unknown field', cadre, 'valide', ['colour'], 'unknown_field'],
  ])('%s', (_name, actor, state, fields, code) => {
    const result = checkCerEdit(actor, state, fields);
    if (code === null) expect(result).toEqual({ ok: true });
    else expect(result).toMatchObject({ ok: false, error: { code } });
  });

  test('the message names the refused fields in French', () => {
    const result = checkCerEdit(referent, 'proposition', ['decision', 'referentNote']);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe(
        'Vous ne pouvez pas modifier les champs : décision commentée du Département, note pour le référent.',
      );
      expect(result.error.httpStatus).toBe(403);
    }
  });
});
