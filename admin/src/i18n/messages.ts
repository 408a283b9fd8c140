// The console's French catalogue, merged over ra-language-french. Keys are typed: a screen that
// asks for a key missing here fails the type check (see use-t.ts), and every resource of
// can-access.ts must have its French name.
import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';
import { listCountCapLabel } from '@rsa/vocabulary';
import type { Resource } from '../auth/can-access';
import { cerMessages } from '../cers/cer-messages';
import { fileTabMessages } from '../beneficiaries/file-tab-messages';
import { offerMessages, offerResourceMessages } from '../offers/offer-messages';
import { documentsMessages, mergeMessages } from '../documents/messages';
import { infocentreMessages } from '../dashboard/infocentre-messages';
import { appointmentMessages, appointmentResourceMessages, collectiveResourceMessages } from '../appointments/appointment-messages';
import { beneficiaryListMessages, globalSearchMessages } from '../beneficiaries/list-messages';
import { fseMessages, fseResourceMessages } from '../fse/fse-messages';

type ResourceMessages = { name: string; fields?: Record<string, string> };
type AppCatalogue = {
  resources: Record<Resource | 'standbys' | 'notes' | 'saved-searches' | 'reference-items' | 'characteristic-definitions' | 'appointment-agendas', ResourceMessages>;
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
      // The CER screens' field labels, one source (cers/cer-messages.ts).
      fields: { state: 'État', ...cerMessages.fields },
    },
    reports: { name: 'Rapport |||| Rapports' },
    'audit-entries': {
      name: 'Journal d’accès |||| Journal d’accès',
      fields: {
        at: 'Date et heure',
        user: 'Collaborateur',
        name: 'Collaborateur',
        profile: 'Profil',
        action: 'Action',
        fileNumber: 'N° dossier',
        from: 'Du',
        to: 'Au',
      },
    },
    users: { name: 'Collaborateur |||| Collaborateurs' },
    standbys: { name: 'Veille |||| Veilles' },
    notes: { name: 'Note |||| Notes' },
    'saved-searches': { name: 'Recherche enregistrée |||| Recherches enregistrées' },
    'reference-items': { name: 'Liste de référence |||| Listes de référence' },
    'characteristic-definitions': { name: 'Caractéristique |||| Caractéristiques' },
    ...offerResourceMessages,
    ...fseResourceMessages,
    alerts: { name: 'Alerte |||| Alertes', fields: { title: 'Alerte', count: 'Éléments' } },
    charts: { name: 'Graphique |||| Graphiques' },
    'cer-queue': { name: 'CER |||| CER' },
    movements: { name: 'Mouvement de file active |||| Mouvements de file active' },
    appointments: appointmentResourceMessages,
    'appointment-agendas': { name: 'Agenda |||| Agendas' },
    'appointment-collectives': collectiveResourceMessages,
  },
  rsa: {
    ...infocentreMessages,
    app: { title: 'Accompagnement RSA', loading: 'Chargement…' },
    notFound: {
      title: 'Page introuvable',
      explanation: 'Cette adresse ne correspond à aucune page de la console : le lien est peut-être ancien ou incomplet.',
      home: 'Retour à l’accueil',
    },
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
      alerts: 'Alertes',
      charts: 'Graphiques',
      my_dashboard: 'Mon tableau de bord',
      skip: 'Aller au contenu',
    },
    home: {
      hello: 'Bonjour %{name}',
      profiles: 'Profil : %{profiles}',
      caseload: 'Ma file active',
      caseload_count: '%{smart_count} dossier |||| %{smart_count} dossiers',
      caseload_count_capped: `Plus de ${listCountCapLabel()} dossiers`,
      perimeter: 'Dossiers de mon périmètre',
      open_list: 'Voir la liste',
      imports: 'Derniers imports Genesis',
      imports_none: 'Aucun import pour l’instant.',
      imports_all: 'Tout l’historique des imports',
      nothing: 'Votre profil ne donne accès à aucun dossier dans cette console.',
      unavailable: 'Indisponible pour le moment.',
    },
    audit: {
      title: 'Journal d’accès',
      empty: 'Aucune entrée du journal pour ces critères.',
      report: 'rapport « %{name} »',
      no_file: '—',
      kind: { read: 'Lecture', change: 'Modification', export: 'Export' },
      detail: {
        file: 'dossier (résumé)',
        timeline: 'frise',
        list: 'liste des bénéficiaires',
        search: 'recherche',
        notes: 'notes',
        characteristics: 'caractéristiques',
        standbys: 'veilles',
        annex: 'données annexes',
        cers: 'liste des CER',
        cer: 'CER',
        note_add: 'ajout d’une note',
        note_close: 'clôture d’une note',
        note_reopen: 'réouverture d’une note',
        contact: 'coordonnées',
        characteristic: 'caractéristique',
        midem_request: 'demande de MIDEM',
        standby_add: 'ajout d’une veille',
        standby_end: 'fin d’une veille',
        standby_delete: 'suppression d’une veille',
        annex_add: 'ajout d’une donnée annexe',
        annex_delete: 'suppression d’une donnée annexe',
        caseload_exit: 'sortie de file active',
        caseload_exit_cancel: 'annulation d’une sortie',
        step_referent: 'référent d’étape',
        cer_create: 'création d’un CER',
        cer_edit: 'modification d’un CER',
        cer_objective: 'objectif de CER',
        cer_objective_link: 'lien d’un objectif',
      },
    },
    reports: {
      title: 'Rapports',
      parameters: 'Paramètres du rapport',
      report: 'Rapport',
      choose: 'Choisissez un rapport : ses paramètres et ses lignes s’affichent ici.',
      export: 'Exporter (Excel)',
      exported: 'Export enregistré : %{name}',
      empty: 'Aucune ligne pour ces paramètres.',
      count: '%{smart_count} ligne |||| %{smart_count} lignes',
    },
    cer: cerMessages,
    fileTabs: fileTabMessages,
    offers: offerMessages,
    documents: documentsMessages,
    merge: mergeMessages,
    appointments: appointmentMessages,
    list: beneficiaryListMessages,
    search: globalSearchMessages,
    fse: fseMessages,
  },
} satisfies AppCatalogue;

// A list the server stopped counting (LIST_COUNT_CAP) has no total: « 1-25 sur plus de 10 000 ».
const navigation = { ...frenchMessages.ra.navigation, partial_page_range_info: `%{offsetBegin}-%{offsetEnd} sur plus de ${listCountCapLabel()}` };

export const messages = { ...frenchMessages, ra: { ...frenchMessages.ra, navigation }, ...appMessages } satisfies TranslationMessages;
