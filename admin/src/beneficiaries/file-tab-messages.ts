// The file's tabs added with the CER screens (spread into the catalogue as `rsa.fileTabs`).
export const fileTabMessages = {
  annex: {
    tab: 'Données annexes',
    empty: 'Aucune donnée.',
    caption: '%{kind} du dossier',
    value: 'Valeur',
    by: 'Saisi par',
    kind: {
      job_wish: 'Métiers souhaités',
      sector_wish: 'Secteurs souhaités',
      skill: 'Compétences',
      difficulty: 'Difficultés',
    },
  },
  characteristics: {
    tab: 'Historique des caractéristiques',
    empty: 'Aucune caractéristique.',
    caption: 'Historique des caractéristiques',
    family: 'Famille',
    name: 'Caractéristique',
    value: 'Valeur',
    since: 'Depuis le',
    until: 'Jusqu’au',
    by: 'Modifiée par',
    genesis: 'Genesis',
    current: 'en cours',
  },
} as const;
