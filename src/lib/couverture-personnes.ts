/**
 * Coverage of the persons register: which words of the texts look like a person's name but belong
 * to no register entry and to no list of non-persons (`content/personnes/non-personnes.txt`:
 * places, institutions, titles of works…). Run by `npm run personnes:couverture` and by the tests.
 *
 * A word "looks like a name" when it starts with a capital letter, is not an initial, an acronym
 * (URSS, NKVD) or a Roman numeral, and is not the first word of a sentence whose lower-case form
 * the texts use elsewhere or that French dictionaries list (« Cette », « Cependant »). A registered spelling written with initials
 * the register does not list (« E. Piatakov ») is reported too: the register lists every spelling.
 */
import type { Nodes, Root } from 'mdast';
import { parseMarkdown } from './markdown.ts';
import { directivesDeLEdition } from './voix-edition.ts';
import { normaliserForme, trouverNoms, type Repertoire } from './personnes.ts';

/** A text to check: where it is (for messages) and its Markdown. */
export interface TexteACouvrir {
  chemin: string;
  markdown: string;
}

/** A word that looks like an unregistered name, or a spelling the register does not list. */
export interface Manque {
  chemin: string;
  ligne: number;
  mot: string;
  /** For a spelling missing from the register: the persons it was attributed to. */
  personnes?: readonly string[];
}

export interface Couverture {
  /** Capitalised words that are neither registered names nor declared non-persons. */
  inconnus: Manque[];
  /** Names written in a way their register entries do not list. */
  graphies: Manque[];
  /** Register entries that no text mentions. */
  jamaisMentionnees: string[];
  /** Declared non-persons that no text uses any more. */
  nonPersonnesInutiles: string[];
  /** Registered spellings that no text uses any more (`id: spelling`). */
  formesInutilisees: string[];
}

/** The list of non-persons: one word (or hyphenated compound) a line; `#` starts a comment. */
export function lireNonPersonnes(texte: string): Set<string> {
  return new Set(texte.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean).map((l) => l.replace(/'/g, '’')));
}

const MOT = /(?<![\p{L}\p{M}])[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)*/gu;
const ELISION = /^(?:[dlnjmtsc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]/iu;
const ROMAIN = /^[IVXLCDM]+(?:e|er|ère|ème|ᵉ)?$/u;
/** What may end a sentence before a capital: punctuation, and in these texts a closing quote or parenthesis. */
const DEBUT_DE_PHRASE = /(?:^|[.!?…:;»”")\]])$/u;

/** The text nodes of a text, with their first line (the edition's own words and explicit mentions left out). */
function textesDe(tree: Root): Array<{ valeur: string; ligne: number }> {
  const sortie: Array<{ valeur: string; ligne: number }> = [];
  (function lire(node: Nodes) {
    if ((node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') && (directivesDeLEdition.has(node.name) || node.name === 'personne' || node.name === 'oeuvre')) return;
    if (node.type === 'text') sortie.push({ valeur: node.value, ligne: node.position?.start.line ?? 1 });
    if ('children' in node) for (const child of node.children) lire(child as Nodes);
  })(tree);
  return sortie;
}

/**
 * The common words of French (the lower-case stems of Hunspell's French dictionary, a development
 * dependency): a capitalised word at a sentence start that is one of them is an ordinary word.
 */
export async function motsCourantsFrancais(): Promise<Set<string>> {
  const { default: dictionnaire } = await import('dictionary-fr');
  const mots = new Set<string>();
  for (const ligne of new TextDecoder().decode(dictionnaire.dic).split('\n')) {
    const mot = ligne.split('/')[0]!.trim();
    if (/^\p{Ll}/u.test(mot)) mots.add(mot.replace(/'/g, '’'));
  }
  return mots;
}

/** Check the texts against the register, the list of non-persons and (optionally) the common words of French. */
export function couvrir(textes: readonly TexteACouvrir[], repertoire: Repertoire, nonPersonnes: ReadonlySet<string>, motsCourants: ReadonlySet<string> = new Set()): Couverture {
  const arbres = textes.map((t) => ({ ...t, noeuds: textesDe(parseMarkdown(t.markdown)) }));
  // Lower-case words the texts use: a capitalised one at a sentence start is then an ordinary word.
  const minuscules = new Set<string>();
  for (const { noeuds } of arbres) for (const { valeur } of noeuds) for (const [mot] of valeur.matchAll(MOT)) if (/^\p{Ll}/u.test(mot)) minuscules.add(mot.replace(/'/g, '’'));

  const inconnus: Manque[] = [];
  const graphies: Manque[] = [];
  const mentionnees = new Set<string>();
  const nonPersonnesUtiles = new Set<string>();
  const formesDe = new Map([...repertoire.personnes.values()].map((p) => [p.id, new Set(p.formes.map(normaliserForme))]));
  const formesEmployees = new Set<string>();

  for (const { chemin, noeuds } of arbres) {
    const vus = new Set<string>();
    const signaler = (liste: Manque[], manque: Manque) => {
      const cle = `${liste === inconnus ? 'i' : 'g'}:${manque.ligne}:${manque.mot}`;
      if (!vus.has(cle)) liste.push(manque);
      vus.add(cle);
    };
    for (const { valeur, ligne } of noeuds) {
      const ligneDe = (index: number) => ligne + (valeur.slice(0, index).match(/\n/g)?.length ?? 0);
      const noms = trouverNoms(repertoire, valeur);
      for (const nom of noms) {
        for (const id of nom.candidats) mentionnees.add(id);
        const ecrit = normaliserForme(nom.texte);
        formesEmployees.add(ecrit);
        if (!nom.candidats.some((id) => formesDe.get(id)?.has(ecrit))) signaler(graphies, { chemin, ligne: ligneDe(nom.debut), mot: nom.texte, personnes: nom.candidats });
      }
      const couvert = (debut: number, fin: number) => noms.some((n) => n.debut < fin && debut < n.fin);

      for (const m of valeur.matchAll(MOT)) {
        const elision = ELISION.exec(m[0])?.[0].length ?? 0;
        const mot = m[0].slice(elision).replace(/'/g, '’');
        const debutMot = m.index + elision;
        if (!/\p{Lu}/u.test(mot)) continue;
        if (nonPersonnes.has(mot)) {
          nonPersonnesUtiles.add(mot);
          continue;
        }
        let decalage = 0;
        for (const partie of mot.split('-')) {
          const debut = debutMot + decalage;
          decalage += partie.length + 1;
          if (!/^\p{Lu}/u.test(partie) || partie.length === 1 || partie === partie.toUpperCase() || ROMAIN.test(partie)) continue;
          if (couvert(debut, debut + partie.length)) continue;
          if (nonPersonnes.has(partie)) {
            nonPersonnesUtiles.add(partie);
            continue;
          }
          // The first word of a sentence, of a quotation or of a parenthesis.
          const ouverture = /[«"“(\[][^\p{L}\p{N}]*$/u.test(valeur.slice(0, debut));
          const avant = valeur.slice(0, debut).replace(/[\s«“(\[—–'’*_-]+$/u, '');
          const minuscule = partie.toLowerCase();
          const ordinaire = minuscules.has(minuscule) || motsCourants.has(minuscule) || motsCourants.has(minuscule.replace(/[sx]$/u, ''));
          if ((ouverture || DEBUT_DE_PHRASE.test(avant)) && ordinaire) continue;
          signaler(inconnus, { chemin, ligne: ligneDe(debut), mot: partie });
        }
      }
    }
  }

  return {
    inconnus,
    graphies,
    jamaisMentionnees: [...repertoire.personnes.keys()].filter((id) => !mentionnees.has(id)),
    nonPersonnesInutiles: [...nonPersonnes].filter((mot) => !nonPersonnesUtiles.has(mot)),
    formesInutilisees: [...repertoire.personnes.values()].flatMap((p) => p.formes.filter((f) => !formesEmployees.has(normaliserForme(f))).map((f) => `${p.id}: ${f}`)),
  };
}
