// Batch convocations (A5, "beyond" the old tool that merged addresses only): for each file of a
// selection, the appointment whose data is merged is that person's OWN one — the collective
// session's when one is named, else the person's next appointment still « prévu ».
export type CandidateAppointment = { id: number; beneficiaryId: number; startsAt: string; status: string; collectiveKey: string | null };

export const pickConvocationAppointment = (
  candidates: readonly CandidateAppointment[],
  beneficiaryId: number,
  now: Date,
  collectiveKey: string | null = null,
): CandidateAppointment | null => {
  const own = candidates
    .filter((a) => a.beneficiaryId === beneficiaryId && a.status === 'prevu' && new Date(a.startsAt).getTime() >= now.getTime())
    .filter((a) => collectiveKey === null || a.collectiveKey === collectiveKey)
    .sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime() || a.id - b.id);
  return own[0] ?? null;
};

/** Names inside the zip: unique, readable, without the person's name (file number and date only). */
export const batchEntryName = (fileNumber: string | null, startLocal: string, taken: Set<string>): string => {
  const base = `Convocation-${(fileNumber ?? 'dossier').replace(/[^A-Za-z0-9_-]/g, '')}-${startLocal.slice(0, 10)}`;
  let name = `${base}.docx`;
  for (let i = 2; taken.has(name); i += 1) name = `${base}-${i}.docx`;
  taken.add(name);
  return name;
};
