export type QuestionnaireStatus = 'missing' | 'complete' | 'unavailable';
export type Choice = { code: string; label: string; active: boolean };
export type Question = { code: string; label: string; indicator: string | null; multiple: boolean; required: boolean; choices: Choice[] };

export type Convention = {
  id: number;
  beneficiary: number;
  fileNumber: string | null;
  beneficiaryName: string;
  offerTitle: string;
  operationCode: string;
  operationName: string;
  operatorName: string | null;
  realStart: string | null;
  realEnd: string | null;
  entryStatus: QuestionnaireStatus;
  exitStatus: QuestionnaireStatus;
  complete: boolean;
  canFill: boolean;
};

export type Questionnaire = {
  kind: 'entry' | 'exit';
  status: QuestionnaireStatus;
  source: 'application' | 'reprise' | null;
  readOnly: boolean;
  savedAt: string | null;
  savedBy: string | null;
  answers: Record<string, string | string[]> | null;
  questions: Question[];
};

export type ConventionDetail = Convention & { canReadAnswers: boolean; entry: Questionnaire; exit: Questionnaire };
