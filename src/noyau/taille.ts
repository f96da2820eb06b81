/** A file's size in French: « 412 Ko », « 1,2 Mo » (narrow no-break space before the unit). */
export function tailleEnFrancais(octets: number): string {
  if (octets < 1024 * 1024) return `${Math.max(1, Math.round(octets / 1024))}\u202FKo`;
  return `${(octets / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u202FMo`;
}
