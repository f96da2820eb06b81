/**
 * What the built site says about its own pages, to judge search results by (scripts/bench-recherche.ts):
 * for each passage of each text page, its words, the entities the pipeline marked in it
 * (`data-personne`, `data-evenement`) and its dates (`data-edtf`); for the other pages a search may
 * lead to (persons, events, chronology), the words of their `main`. Read from `dist/`, not from the
 * search index, so that a result is judged by the page it leads to.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { replier } from '../../src/noyau/recherche.ts';
import type { Critere } from './requetes-recherche.ts';

interface PassageDuSite {
  texte: string;
  personnes: Set<string>;
  evenements: Set<string>;
  dates: string[];
}

const texteDe = (node: Nodes): string => ('value' in node ? String(node.value) : 'children' in node ? node.children.map(texteDe).join('') : '');

function parcourir(node: Nodes, visiter: (el: Element) => boolean | void) {
  if (node.type === 'element' && visiter(node) === false) return;
  if ('children' in node) for (const enfant of node.children) parcourir(enfant as Nodes, visiter);
}

/** The passages of every text page, by URL (`/textes/essai-werth/#p14`), and the other pages search indexes, by path. */
export function lirePassages(dist: string): Map<string, PassageDuSite> {
  const passages = new Map<string, PassageDuSite>();
  for (const rubrique of ['personnes', 'evenements']) {
    const dossier = join(dist, rubrique);
    if (!existsSync(dossier)) continue;
    for (const id of ['', ...readdirSync(dossier)]) lirePage(dist, `${rubrique}/${id ? `${id}/` : ''}`, passages);
  }
  lirePage(dist, 'chronologie/', passages);
  const dossier = join(dist, 'textes');
  for (const slug of readdirSync(dossier)) {
    const fichier = join(dossier, slug, 'index.html');
    if (!existsSync(fichier)) continue;
    const arbre: Root = fromHtml(readFileSync(fichier, 'utf8'));
    parcourir(arbre, (el) => {
      const id = String(el.properties.id ?? '');
      if (!/^(p\d+|note-.+)$/.test(id) || !(el.properties.className as string[] | undefined)?.some((c) => c === 'passage' || c === 'note')) return;
      const passage: PassageDuSite = { texte: replier(texteDe(el)), personnes: new Set(), evenements: new Set(), dates: [] };
      parcourir(el, (dedans) => {
        const p = dedans.properties;
        if (p.dataPersonne) passage.personnes.add(String(p.dataPersonne));
        if (p.dataEvenement) passage.evenements.add(String(p.dataEvenement));
        if (p.dataEdtf) passage.dates.push(String(p.dataEdtf));
      });
      passages.set(`/textes/${slug}/#${id}`, passage);
      return false;
    });
  }
  return passages;
}

/** A page's `main`, as one passage keyed by its path (`/personnes/iejov/`). */
function lirePage(dist: string, chemin: string, passages: Map<string, PassageDuSite>) {
  const fichier = join(dist, chemin, 'index.html');
  if (!existsSync(fichier)) return;
  parcourir(fromHtml(readFileSync(fichier, 'utf8')), (el) => {
    if (el.tagName !== 'main') return;
    passages.set(`/${chemin}`, { texte: replier(texteDe(el)), personnes: new Set(), evenements: new Set(), dates: [] });
    return false;
  });
}

/** Whether a result (its URL, without the base path and without `?surligner=`) meets a criterion. */
export function satisfait(url: string, critere: Critere, passages: ReadonlyMap<string, PassageDuSite>): boolean {
  const page = url.split('#')[0]!;
  const passage = passages.get(url) ?? passages.get(page);
  if ('aucun' in critere) return false;
  if ('page' in critere) return page === critere.page;
  if ('personne' in critere) return page === `/personnes/${critere.personne}/` || Boolean(passage?.personnes.has(critere.personne));
  if ('evenement' in critere) return page === `/evenements/${critere.evenement}/` || Boolean(passage?.evenements.has(critere.evenement));
  if ('date' in critere) return page === '/chronologie/' || Boolean(passage?.dates.some((d) => d.split(/[/,{}]/).some((point) => point.startsWith(critere.date))));
  return Boolean(passage?.texte.includes(replier(critere.mots)));
}
