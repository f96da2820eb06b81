/**
 * A ZIP archive (PKWARE APPNOTE: local headers, central directory, end record), enough for an EPUB
 * container: each entry stored or deflated, no encryption, no ZIP64 (entries under 4 GiB). Dates are
 * fixed (1 January 1980, the format's first day), so that the same content makes the same bytes.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface EntreeZip {
  /** Path inside the archive, with `/` separators. */
  nom: string;
  contenu: Buffer | string;
  /** Deflate the entry (the EPUB's `mimetype` must be stored as is). */
  compresser: boolean;
}

const DOS_DATE = (1 << 5) | 1; // 1980-01-01
const DOS_HEURE = 0;

/** The archive of `entrees`, in their order. */
export function zip(entrees: readonly EntreeZip[]): Buffer {
  const locaux: Buffer[] = [];
  const centraux: Buffer[] = [];
  let decalage = 0;
  for (const entree of entrees) {
    const nom = Buffer.from(entree.nom, 'utf8');
    const brut = Buffer.isBuffer(entree.contenu) ? entree.contenu : Buffer.from(entree.contenu, 'utf8');
    const donnees = entree.compresser ? deflateRawSync(brut, { level: 9 }) : brut;
    const somme = crc32(brut);
    const methode = entree.compresser ? 8 : 0;
    // Bit 11: the name is UTF-8.
    const drapeaux = 0x0800;

    // The fields both headers share, from the version needed to extract to the name's length.
    const champs = Buffer.alloc(24);
    champs.writeUInt16LE(20, 0);
    champs.writeUInt16LE(drapeaux, 2);
    champs.writeUInt16LE(methode, 4);
    champs.writeUInt16LE(DOS_HEURE, 6);
    champs.writeUInt16LE(DOS_DATE, 8);
    champs.writeUInt32LE(somme, 10);
    champs.writeUInt32LE(donnees.length, 14);
    champs.writeUInt32LE(brut.length, 18);
    champs.writeUInt16LE(nom.length, 22);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    champs.copy(local, 4);
    locaux.push(local, nom, donnees);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    // Made by version 2.0, then the shared fields.
    central.writeUInt16LE(20, 4);
    champs.copy(central, 6);
    central.writeUInt32LE(decalage, 42);
    centraux.push(central, nom);
    decalage += local.length + nom.length + donnees.length;
  }
  const repertoire = Buffer.concat(centraux);
  const fin = Buffer.alloc(22);
  fin.writeUInt32LE(0x06054b50, 0);
  fin.writeUInt16LE(entrees.length, 8);
  fin.writeUInt16LE(entrees.length, 10);
  fin.writeUInt32LE(repertoire.length, 12);
  fin.writeUInt32LE(decalage, 16);
  return Buffer.concat([...locaux, repertoire, fin]);
}
