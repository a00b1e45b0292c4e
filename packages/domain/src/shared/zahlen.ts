/**
 * Hours and points are stored with two decimals (Decimal(4,2), Decimal(5,2)); a value with more
 * is refused instead of silently rounded (7.123456789 would be stored as 7.12, 1e-300 as 0).
 */
export const hoechstensZweiNachkommastellen = (wert: number) =>
  Number.isFinite(wert) && Number(wert.toFixed(2)) === wert;
