// French phone numbers as the feed and the référents type them: "06 12 34 56 78",
// "06.12.34.56.78", "+33 6 12 34 56 78", "+33 (0)6…", "0033 6…". Kept in the national
// 10-digit form "0612345678" once normalised.

export const normalizeFrenchPhone = (raw: string): string | null => {
  const compact = raw.replace(/\(0\)/g, '').replace(/[\s.\-/()\u00a0]/g, '');
  const international = /^(?:\+33|0033|33)(\d{9})$/.exec(compact);
  if (international) return `0${international[1]}`;
  return /^0\d{9}$/.test(compact) ? compact : null;
};

// Only mobiles (06, 07) receive SMS.
export const isFrenchMobile = (raw: string): boolean => {
  const phone = normalizeFrenchPhone(raw);
  return phone !== null && /^0[67]/.test(phone);
};

// "06 ** ** ** 78": enough for the person to recognise their number on screen and in the
// evidence, not enough to be personal data worth stealing from a log or a PDF.
export const maskPhone = (raw: string): string => {
  const phone = normalizeFrenchPhone(raw);
  if (phone === null) return '** ** ** ** **';
  return `${phone.slice(0, 2)} ** ** ** ${phone.slice(8)}`;
};

// "33612345678": the international form without "+" that SMS gateways expect.
export const toInternationalDigits = (raw: string): string | null => {
  const phone = normalizeFrenchPhone(raw);
  return phone === null ? null : `33${phone.slice(1)}`;
};
