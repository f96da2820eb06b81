/**
 * The data export (README, « Données »): every file valid against `donnees/schema.json` (JSON
 * Schema 2020-12, validated with Ajv), and consistent with itself and with the site — positions
 * that point at the recorded words, persons that exist in the register, addresses of built pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { configuration } from '../../src/construction/config.ts';
import { DIST } from '../helpers/site.ts';

const RACINE = new URL(configuration().base, configuration().site).href;
const lire = (chemin: string) => JSON.parse(readFileSync(join(DIST, chemin), 'utf8')) as Record<string, any>;
/** The built file an address of the site names (its fragment, if any, checked against the page's ids). */
function existe(adresse: string): boolean {
  if (!adresse.startsWith(RACINE)) return false;
  const url = new URL(adresse);
  const chemin = decodeURIComponent(url.pathname.slice(new URL(RACINE).pathname.length));
  const fichier = join(DIST, chemin, chemin === '' || chemin.endsWith('/') ? 'index.html' : '');
  if (!existsSync(fichier)) return false;
  return !url.hash || readFileSync(fichier, 'utf8').includes(`id="${decodeURIComponent(url.hash.slice(1))}"`);
}

const schema = lire('donnees/schema.json');
// Addresses are checked below against the built site; formats are not Ajv's to check here.
const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
ajv.addSchema(schema);
function valider(definition: string, donnees: unknown) {
  const valide = ajv.getSchema(`schema.json#/$defs/${definition}`)!;
  expect(valide(donnees), ajv.errorsText(valide.errors)).toBe(true);
}

const dossier = lire('donnees/dossier.json');
const personnes = lire('donnees/personnes.json');
const textes = (dossier.textes as Array<{ slug: string; donnees: string }>).map((t) => lire(t.donnees.slice(RACINE.length)));

describe('the data export', () => {
  it('should validate the entry point and list every text, in reading order, with its files', () => {
    valider('dossier', dossier);
    expect(dossier.textes.length).toBeGreaterThan(0);
    expect(dossier.textes.map((t: { ordre: number }) => t.ordre)).toEqual([...dossier.textes.map((t: { ordre: number }) => t.ordre)].sort((a, b) => a - b));
    expect(dossier.schema).toBe(`${RACINE}donnees/schema.json`);
    for (const t of dossier.textes) expect(existe(t.url), t.url).toBe(true);
  });

  it('should refuse what the schema does not describe', () => {
    const valide = ajv.getSchema('schema.json#/$defs/texte')!;
    expect(valide({ ...textes[0], inconnu: 1 })).toBe(false);
    expect(valide({ ...textes[0], mentions: [{ ...textes[0]!.mentions[0], position: -1 }] })).toBe(false);
  });

  it.each(textes.map((t) => [t.slug, t]))('should validate a text, every position pointing at its words: %s', (_slug, texte) => {
    valider('texte', texte);
    expect(texte.passages.length).toBeGreaterThan(0);
    const passages = new Map(texte.passages.map((p: { id: string; texte: string }) => [p.id, p.texte]));
    expect(passages.size, 'unique passage ids').toBe(texte.passages.length);
    const registre = new Set(personnes.personnes.map((p: { id: string }) => p.id));
    for (const m of texte.mentions) {
      expect(registre.has(m.personne), m.personne).toBe(true);
      if (m.position !== null) expect((passages.get(m.passage) as string).slice(m.position, m.position + m.forme.length)).toBe(m.forme);
      else expect(passages.has(m.passage), `${m.forme} in ${m.passage}`).toBe(false);
    }
    for (const d of texte.dates) {
      if (d.position !== null) expect((passages.get(d.passage) as string).slice(d.position, d.position + d.texte.length)).toBe(d.texte);
    }
    for (const adresse of [texte.url, ...texte.passages.map((p: { url: string }) => p.url), ...texte.corrections.map((c: { url: string }) => c.url)]) expect(existe(adresse), adresse).toBe(true);
  });

  it('should validate the persons register, each mention leading to its passage', () => {
    valider('personnes', personnes);
    expect(personnes.personnes.length).toBeGreaterThan(0);
    const totaux = new Map<string, number>();
    for (const t of textes) for (const m of t.mentions) totaux.set(`${m.personne} ${t.slug}`, (totaux.get(`${m.personne} ${t.slug}`) ?? 0) + 1);
    for (const p of personnes.personnes) {
      expect(existe(p.url), p.url).toBe(true);
      if (p.note) expect(existe(p.note.url), p.note.url).toBe(true);
      for (const m of p.mentions) {
        expect(m.total, `${p.id} in ${m.texte}`).toBe(totaux.get(`${p.id} ${m.texte}`));
        for (const l of m.lieux) expect(existe(l.url), l.url).toBe(true);
      }
    }
  });
});
