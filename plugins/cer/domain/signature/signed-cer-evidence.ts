// The evidence of an SMS-signed CER (FEATURES C5, "beyond" the old tool's third-party
// e-signature): who signed, on which phone, when the code was sent and verified (UTC and Paris
// time), the SHA-256 of the exact signed content and the référent's session. Printed on the
// evidence page of the filed « CER signé » and embedded in it as JSON.
import { formatDate } from '@rsa/vocabulary';

export type SignedCerEvidence = {
  method: 'sms_code';
  version: 1;
  cerId: number;
  cerNumber: number | null;
  fileNumber: string | null;
  signatory: string;
  phoneMasked: string;
  codeSentAt: string;
  codeVerifiedAt: string;
  attempts: number;
  sha256: string;
  signedContentName: string;
  signedContentMime: string;
  cerFingerprint: string;
  referentLogin: string;
  referentName: string | null;
  referentSessionId: string;
};

const PARIS_TIME = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'shortOffset' });

/** « 15/05/2024 à 14:03:07 UTC+2 (heure de Paris) » and « 2024-05-15T12:03:07Z (UTC) ». */
export const bothTimes = (iso: string): string => {
  const date = new Date(iso);
  const utc = `${date.toISOString().replace(/\.\d{3}Z$/, 'Z')} (UTC)`;
  return `${formatDate(iso)} à ${PARIS_TIME.format(date)} (heure de Paris) — ${utc}`;
};

export const EVIDENCE_TITLE = 'Preuve de signature électronique simple par code SMS';

/** The lines of the evidence page, in French, in reading order. */
export const evidenceLines = (evidence: SignedCerEvidence): Array<[string, string]> => [
  ['Document signé', `CER n° ${evidence.cerNumber ?? '—'} du dossier ${evidence.fileNumber ?? '—'} (${evidence.signedContentName})`],
  ['Signataire', evidence.signatory],
  ['Téléphone du signataire', evidence.phoneMasked],
  ['Code envoyé le', bothTimes(evidence.codeSentAt)],
  ['Code vérifié le', bothTimes(evidence.codeVerifiedAt)],
  ['Essais', String(evidence.attempts)],
  ['Empreinte SHA-256 du contenu signé', evidence.sha256],
  ['Référent', `${evidence.referentName ?? evidence.referentLogin} (${evidence.referentLogin})`],
  ['Session du référent', evidence.referentSessionId],
];

export const EVIDENCE_NOTE =
  'Le contenu signé, exactement tel qu’il a été présenté au signataire, est joint à ce PDF (pièce jointe). ' +
  'Son empreinte SHA-256 recalculée doit être celle indiquée ci-dessus ; la vérification est faite par l’application (« Vérifier »).';
