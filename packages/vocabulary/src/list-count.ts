// How far a list counts its rows (issue 15): counting every file of a 40,000-file perimeter on
// every page costs more than the page itself. Up to the cap the total is exact; beyond it the
// server answers a total of LIST_COUNT_CAP + 1, which the console shows as « plus de 10 000 ».
export const LIST_COUNT_CAP = 10_000;

/** Whether a list total stands for « more than LIST_COUNT_CAP » rather than an exact count. */
export const isCappedTotal = (total: number): boolean => total > LIST_COUNT_CAP;

/** « 10 000 » as the console writes the cap. */
export const listCountCapLabel = (): string => LIST_COUNT_CAP.toLocaleString('fr-FR').replace(/\s/g, '\u00a0');
