// Report "mutations" (R3) and the guide's "Mutations hors Département / dans le Département":
// a person whose address moved out of the département, or into a commune of another DTAS,
// should leave their référent's file active (the référent asks the secretariat).

export type MutationKind = 'hors_departement' | 'autre_dtas';

// INSEE code → territory (DTAS) code of the département's communes; null for a commune the
// département does not know (outside it, or missing from the reference list).
export type CommuneTerritoryLookup = (inseeCode: string) => string | null;

export const DEFAULT_DEPARTMENT_CODE = '07';

export function isInDepartment(inseeCode: string, departmentCode: string = DEFAULT_DEPARTMENT_CODE): boolean {
  return inseeCode.startsWith(departmentCode);
}

// Between two successive addresses. An unknown commune inside the département says nothing:
// the reference list is incomplete, not the person moved.
export function isMutation(
  oldInsee: string,
  newInsee: string,
  communeTerritory: CommuneTerritoryLookup,
  departmentCode: string = DEFAULT_DEPARTMENT_CODE,
): MutationKind | null {
  if (oldInsee === newInsee) return null;
  if (!isInDepartment(newInsee, departmentCode)) return 'hors_departement';
  const newTerritory = communeTerritory(newInsee);
  if (newTerritory === null) return null;
  return communeTerritory(oldInsee) === newTerritory ? null : 'autre_dtas';
}

// Against the territory that manages the file: what the report lists every day, whatever the
// address history, until the secretariat transfers the file or the référent exits it.
export function fileMutation(
  file: { inseeCode: string; territory: string | null },
  communeTerritory: CommuneTerritoryLookup,
  departmentCode: string = DEFAULT_DEPARTMENT_CODE,
): MutationKind | null {
  if (!isInDepartment(file.inseeCode, departmentCode)) return 'hors_departement';
  const communeDtas = communeTerritory(file.inseeCode);
  if (communeDtas === null || file.territory === null) return null;
  return communeDtas === file.territory ? null : 'autre_dtas';
}

export const MUTATION_LABELS: Readonly<Record<MutationKind, string>> = {
  hors_departement: 'Déménagement hors du département',
  autre_dtas: 'Déménagement dans une commune d’une autre DTAS',
};
