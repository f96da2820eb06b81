/** Reading a ZIP archive (an EPUB) in tests: its entries in order, with their method and content. */
import { inflateRawSync } from 'node:zlib';

export interface Entree { nom: string; methode: number; contenu: Buffer }

/** The entries of `archive`, in the order of their local headers. */
export function lireZip(archive: Buffer): Entree[] {
  const fin = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (fin < 0) throw new Error('not a ZIP archive: no end of central directory');
  const nombre = archive.readUInt16LE(fin + 10);
  let position = archive.readUInt32LE(fin + 16);
  const entrees: Array<Entree & { decalage: number }> = [];
  for (let i = 0; i < nombre; i++) {
    if (archive.readUInt32LE(position) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const methode = archive.readUInt16LE(position + 10);
    const taille = archive.readUInt32LE(position + 20);
    const longueurNom = archive.readUInt16LE(position + 28);
    const extra = archive.readUInt16LE(position + 30);
    const commentaire = archive.readUInt16LE(position + 32);
    const decalage = archive.readUInt32LE(position + 42);
    const nom = archive.subarray(position + 46, position + 46 + longueurNom).toString('utf8');
    const debut = decalage + 30 + archive.readUInt16LE(decalage + 26) + archive.readUInt16LE(decalage + 28);
    const donnees = archive.subarray(debut, debut + taille);
    entrees.push({ nom, methode, contenu: methode === 8 ? inflateRawSync(donnees) : Buffer.from(donnees), decalage });
    position += 46 + longueurNom + extra + commentaire;
  }
  return entrees.sort((a, b) => a.decalage - b.decalage).map(({ nom, methode, contenu }) => ({ nom, methode, contenu }));
}
