import type { Cer, CerHistoryEntry } from '../cer.type';
import type { CerTransitionPatch, CerHistoryDraft } from './check-transition';

export type HistoryStamp = {
  by: string;
  // UTC instant, ISO 8601.
  at: string;
};

// Applies an accepted move to an in-memory CER: the patch, and exactly one history entry
// appended after the existing ones, which are kept as they are.
export const applyCerTransition = (
  cer: Cer,
  accepted: { patch: CerTransitionPatch; history: CerHistoryDraft },
  stamp: HistoryStamp,
): Cer => {
  const entry: CerHistoryEntry = { ...accepted.history, by: stamp.by, at: stamp.at };
  return { ...cer, ...accepted.patch, history: [...cer.history, entry] };
};
