// Plain GSM-7 text under 160 characters: one SMS, no Unicode surcharge.
export const signatureSmsText = (code: string): string => {
  if (!/^\d{6}$/.test(code)) throw new RangeError('Le code de signature doit comporter 6 chiffres.');
  return `Votre code de signature du contrat d'engagement réciproque : ${code}. Il expire dans 10 minutes.`;
};
