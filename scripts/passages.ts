/**
 * `npm run passages`: brings the ledgers of passages (`content/passages/<slug>.json`) up to date
 * after an edit of the texts (`content/textes/<slug>.md`), so that every published link to a
 * passage keeps landing on it.
 *
 *   npm run passages                                  every text
 *   npm run passages -- content/textes/x.md           one text
 *   npm run passages -- --verifier                    check only: exits 1 if a ledger is out of date
 *   npm run passages -- --garder p15 content/textes/x.md    p15 was rewritten: keep its id on the new wording
 *   npm run passages -- --retirer p15 content/textes/x.md   p15 was removed: retire its id
 *
 * Unchanged, corrected, moved, split and merged passages keep their ids (a merge keeps the first id
 * and the others become aliases); new passages get new ids, never given before. When the script
 * cannot tell a rewritten passage from a removed one, it says so, names the file, the line and the
 * passage, writes nothing for that text and exits 1.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Changement } from '../src/noyau/passages/reconciliation.ts';
import { rattacherAbsorbes, rattacherDeplaces } from '../src/noyau/passages/deplaces.ts';
import { debutDe, ecrireTableDesPassages } from '../src/noyau/passages/table.ts';
import { mettreAJourTable, type MiseAJour } from '../src/construction/table-passages.ts';

const TEXTES = 'content/textes';
const TABLES = 'content/passages';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    verifier: { type: 'boolean', default: false },
    garder: { type: 'string', multiple: true, default: [] },
    retirer: { type: 'string', multiple: true, default: [] },
    aide: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.aide) {
  console.log('npm run passages [-- [--verifier] [--garder pN]… [--retirer pN]… [content/textes/x.md…]]');
  process.exit(0);
}

const textes = positionals.length > 0 ? positionals : readdirSync(TEXTES).filter((f) => f.endsWith('.md')).sort().map((f) => join(TEXTES, f));
if ((values.garder.length > 0 || values.retirer.length > 0) && positionals.length !== 1) {
  console.error('--garder et --retirer nomment des identifiants d’un seul texte : nommer aussi ce texte, par exemple npm run passages -- --garder p15 content/textes/lettre-boukharine.md');
  process.exit(2);
}

function decrire(ch: Changement): string {
  switch (ch.genre) {
    case 'premier': return `${ch.nombre} passages numérotés (première table des passages)`;
    case 'corrige': return `${ch.id} corrigé (même passage, similarité ${ch.similarite.toFixed(2)})`;
    case 'garde': return `${ch.id} gardé sur le passage réécrit`;
    case 'ajoute': return `${ch.id} ajouté`;
    case 'divise': return `${ch.id} divisé : la suite devient ${ch.nouveaux.join(', ')}`;
    case 'fusionne': return `${ch.id} fusionné avec ${ch.alias.join(', ')} (alias)`;
    case 'deplace': return `${ch.id} déplacé`;
    case 'retire': return `${ch.id} retiré (ne sera jamais redonné)`;
  }
}

let echecs = 0;
let perimes = 0;
// Every ledger is updated first, written only once the passages that moved from one text to
// another are known (their ids are moves, not removals: see src/noyau/passages/deplaces.ts).
const mises: Array<{ texte: string; table: string; resultat: MiseAJour }> = [];
for (const texte of textes) {
  if (!existsSync(texte)) {
    console.error(`${texte}:1:1 : ce texte n’existe pas`);
    echecs++;
    continue;
  }
  const table = join(TABLES, `${basename(texte, '.md')}.json`);
  mises.push({ texte, table, resultat: await mettreAJourTable(texte, table, { garder: new Set(values.garder), retirer: new Set(values.retirer) }, false) });
}
const misesSures = mises
  .filter((m) => m.resultat.indecisions.length === 0)
  .map((m) => ({ slug: basename(m.texte, '.md'), avant: m.resultat.avant, apres: m.resultat.table, textes: m.resultat.passages.map((p) => p.texte) }));
const deplacements = rattacherDeplaces(misesSures);
for (const d of deplacements) console.log(`content/textes/${d.depuis}.md : ${d.id} déplacé vers ${d.vers} (${d.passage})`);
const absorptions = rattacherAbsorbes(misesSures);
for (const a of absorptions) console.log(`content/textes/${a.texte}.md : ${a.id} rejoint ${a.dans} (alias)`);
for (const { texte, table, resultat } of mises) {
  resultat.change = !resultat.avant || ecrireTableDesPassages(resultat.avant) !== ecrireTableDesPassages(resultat.table);
  if (!values.verifier && resultat.change && resultat.indecisions.length === 0) writeFileSync(table, ecrireTableDesPassages(resultat.table));
  const nombre = resultat.table.passages.length;
  if (resultat.indecisions.length > 0) {
    for (const ind of resultat.indecisions) {
      const premier = resultat.passages[ind.candidats[0]!];
      const ici = premier ? `${premier.ligne ?? 1}:${premier.colonne ?? 1}` : '1:1';
      const candidats = ind.candidats.map((j) => `§ ${j + 1} « ${debutDe(resultat.passages[j]!.texte)} » (ligne ${resultat.passages[j]!.ligne})`).join(', ');
      console.error(`${texte}:${ici} : impossible de décider ce qu’est devenu le passage ${ind.id} « ${ind.debut} » : ${ind.raison} ; à sa place, le nouveau texte : ${candidats}.`);
      console.error(`  Si c’est le même passage réécrit : npm run passages -- --garder ${ind.id} ${texte}`);
      console.error(`  S’il a été retiré (le nouveau texte est un autre passage) : npm run passages -- --retirer ${ind.id} ${texte}`);
    }
    console.error(`${texte} : table des passages ${table} laissée telle quelle.`);
    echecs++;
    continue;
  }
  if (!resultat.change) {
    console.log(`${texte} : ${nombre} passages, table des passages à jour.`);
    continue;
  }
  perimes++;
  const deplaceIci = new Set(deplacements.filter((d) => d.depuis === basename(texte, '.md')).map((d) => d.id));
  for (const a of absorptions) if (a.texte === basename(texte, '.md')) deplaceIci.add(a.id);
  const details = resultat.changements.filter((ch) => !(ch.genre === 'retire' && deplaceIci.has(ch.id))).map(decrire);
  const verbe = values.verifier ? 'table des passages à mettre à jour (npm run passages)' : `table des passages ${table} mise à jour`;
  console.log(`${texte} : ${nombre} passages, ${verbe}${details.length ? ` : ${details.join(' ; ')}` : ' (empreintes)'}.`);
}

if (echecs > 0) process.exit(1);
if (values.verifier && perimes > 0) process.exit(1);
