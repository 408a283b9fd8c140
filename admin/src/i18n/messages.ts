// The console's French catalogue, merged over ra-language-french. Keys are typed: a screen that
// asks for a key missing here fails the type check (see use-t.ts), and every resource of
// can-access.ts must have its French name.
import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';
import type { Resource } from '../auth/can-access';

type ResourceMessages = { name: string; fields?: Record<string, string> };
type AppCatalogue = {
  resources: Record<Resource | 'standbys' | 'notes' | 'saved-searches' | 'reference-items', ResourceMessages>;
  rsa: Record<string, unknown>;
};

export const appMessages = {
  resources: {
    beneficiaries: {
      name: 'Bénéficiaire |||| Bénéficiaires',
      fields: {
        fileNumber: 'N° dossier',
        lastName: 'Nom',
        birthName: 'Nom de naissance',
        firstName: 'Prénom',
        birthDate: 'Date de naissance',
        state: 'État',
        currentReferent: 'Référent de parcours actuel',
        updatedFromGenesisOn: 'Date actualisation',
        q: 'Rechercher (nom, prénom, n° dossier, n° CAF)',
        referent: 'Référent (identifiant)',
        territory: 'Territoire (DTAS)',
      },
    },
    assignments: { name: 'Affectation |||| Affectations' },
    'genesis-imports': {
      name: 'Import Genesis |||| Imports Genesis',
      fields: {
        fileName: 'Fichier',
        extractionDate: 'Date d’extraction',
        status: 'Statut',
        trigger: 'Déclenchement',
        startedAt: 'Début',
        finishedAt: 'Fin',
        durationMs: 'Durée',
        rows: 'Lignes',
        created: 'Créés',
        updated: 'Mis à jour',
        unchanged: 'Inchangés',
        reoriented: 'Réorientés',
        reinstated: 'Réintégrés',
        rejected: 'Rejetés',
      },
    },
    cers: {
      name: 'CER |||| CER',
      fields: {
        number: 'Numéro',
        state: 'État',
        start: 'Début',
        end: 'Fin',
        signedOn: 'Date de signature',
        priority: 'Priorité',
        situation: 'Situation actuelle et actions',
        evaluation: 'Évaluation commune',
        expression: 'Expression de la personne',
        agreement: 'Accord du bénéficiaire',
        lastContract: 'Dernier contrat',
        comment: 'Commentaire (interne, jamais imprimé)',
      },
    },
    reports: { name: 'Rapport |||| Rapports' },
    'audit-entries': { name: 'Journal d’accès |||| Journal d’accès' },
    users: { name: 'Collaborateur |||| Collaborateurs' },
    standbys: { name: 'Veille |||| Veilles' },
    notes: { name: 'Note |||| Notes' },
    'saved-searches': { name: 'Recherche enregistrée |||| Recherches enregistrées' },
    'reference-items': { name: 'Liste de référence |||| Listes de référence' },
  },
  rsa: {
    app: { title: 'Accompagnement RSA' },
    login: {
      title: 'Connexion à la console',
      subtitle: 'Accompagnement RSA – suivi des parcours d’insertion',
      login: 'Identifiant',
      password: 'Mot de passe',
      submit: 'Se connecter',
      submitting: 'Connexion…',
      failed: 'Connexion impossible.',
      forgotten: 'Mot de passe oublié ou première connexion : demandez un lien à votre administrateur fonctionnel.',
    },
    password: {
      rules:
        'Au moins 12 caractères avec majuscule, minuscule, chiffre et caractère spécial, ou au moins 14 caractères avec majuscule, minuscule et chiffre. Évitez votre identifiant, votre nom et les mots de passe courants.',
      new: 'Nouveau mot de passe',
      confirm: 'Confirmer le nouveau mot de passe',
      current: 'Mot de passe actuel',
      mismatch: 'Les deux saisies ne sont pas identiques.',
      too_weak: 'Ce mot de passe ne respecte pas les règles ci-dessus.',
      change: 'Changer mon mot de passe',
      changed: 'Votre mot de passe a été changé.',
      reset_title: 'Choisir mon mot de passe',
      reset_submit: 'Enregistrer le mot de passe',
      reset_done: 'Votre mot de passe est enregistré. Vous pouvez vous connecter.',
      reset_missing: 'Ce lien est incomplet. Utilisez le lien reçu par e-mail.',
      to_login: 'Aller à la page de connexion',
      show: 'Afficher le mot de passe',
      hide: 'Masquer le mot de passe',
    },
    menu: {
      home: 'Accueil',
      beneficiaries: 'Bénéficiaires',
      imports: 'Imports Genesis',
      cers: 'CER',
      reports: 'Rapports',
      audit: 'Journal d’accès',
      skip: 'Aller au contenu',
    },
    home: {
      hello: 'Bonjour %{name}',
      profiles: 'Profil : %{profiles}',
      caseload: 'Ma file active',
      caseload_count: '%{smart_count} dossier |||| %{smart_count} dossiers',
      perimeter: 'Dossiers de mon périmètre',
      open_list: 'Voir la liste',
      imports: 'Derniers imports Genesis',
      imports_none: 'Aucun import pour l’instant.',
      imports_all: 'Tout l’historique des imports',
      nothing: 'Votre profil ne donne accès à aucun dossier dans cette console.',
      unavailable: 'Indisponible pour le moment.',
    },
    reports: {
      title: 'Rapports',
      parameters: 'Paramètres du rapport',
      report: 'Rapport',
      allStates: 'Tous les états',
      run: 'Afficher',
      export: 'Exporter (Excel)',
      empty: 'Aucune ligne pour ces paramètres.',
      count: '%{smart_count} ligne |||| %{smart_count} lignes',
    },
  },
} satisfies AppCatalogue;

export const messages = { ...frenchMessages, ...appMessages } satisfies TranslationMessages;
