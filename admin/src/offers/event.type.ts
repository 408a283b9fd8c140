export type EventItem = {
  id: number;
  title: string;
  type: string;
  typeLabel: string;
  date: string;
  place: string | null;
  commune: string | null;
  operatorName: string | null;
  capacity: number | null;
  registered: number;
  placesLeft: number | null;
  active: boolean;
  description: string | null;
};

export type EventRegistration = { id: number; event: number; eventTitle: string; eventDate: string | null; beneficiary: number; beneficiaryName: string; present: boolean | null };

/** One person's result of a batch on a saved selection (the server's `results`). */
export type PersonResult = { beneficiary: number; beneficiaryName: string; ok: boolean; message: string | null };
