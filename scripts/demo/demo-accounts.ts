// The demo's accounts: one per profile, all with the demo password (README lists them).
export const DEMO_PASSWORD = 'Accompagnement-RSA-2026';

export type DemoAccount = { login: string; name: string; profiles: string[]; structure: string; territory: string };

/** Built once the demo feed is known: the two référents take over pool référents' files. */
export const demoAccounts = (fseStructure: string, fseTerritory: string): DemoAccount[] => [
  { login: 'referent.demo', name: 'Camille ROUX', profiles: ['referent'], structure: 'DTAS-NORD', territory: 'NORD' },
  { login: 'referentfse.demo', name: 'Sofiane BENALI', profiles: ['referent_fse'], structure: fseStructure, territory: fseTerritory },
  { login: 'secretariat.demo', name: 'Nathalie FAURE', profiles: ['secretariat'], structure: 'DTAS-NORD', territory: 'NORD' },
  { login: 'secstructure.demo', name: 'Julie MARTIN', profiles: ['secretariat_structure'], structure: fseStructure, territory: fseTerritory },
  { login: 'cadre.demo', name: 'Philippe CHABAL', profiles: ['cadre'], structure: 'DTAS-NORD', territory: 'NORD' },
  { login: 'gestionnairefse.demo', name: 'Hélène VIDAL', profiles: ['gestionnaire_fse'], structure: 'SIEGE', territory: 'CENTRE' },
  { login: 'operateur.demo', name: 'Marc ROCHE', profiles: ['operateur'], structure: 'CEFORA', territory: 'CENTRE' },
  { login: 'siege.demo', name: 'Isabelle DUMAS', profiles: ['siege'], structure: 'SIEGE', territory: 'CENTRE' },
];
