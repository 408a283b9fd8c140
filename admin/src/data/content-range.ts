// "beneficiaries 0-24/319" → 319. A missing or unreadable header counts as 0 rather than
// failing a whole home page over one card.
export function totalFromContentRange(header: string | null): number {
  if (!header) return 0;
  const total = Number(header.split('/').pop());
  return Number.isFinite(total) ? total : 0;
}
