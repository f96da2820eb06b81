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
import type { Modele } from './modele.ts';
import { normaliserForme, type Repertoire } from './personnes.ts';

/** A text to check: where it is (for messages) and its model. */
export interface TexteACouvrir {
  chemin: string;
  modele: Pick<Modele, 'passages' | 'mentions' | 'lacunes' | 'remarques' | 'oeuvres' | 'titres'>;
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

/**
 * The running text of a text as the persons plugin reads it: each passage's plain text with its
 * mentions of persons, the edition's own words (`:lacune`, `:remarque`) and the works cited
 * (`:oeuvre`, a book and not its author) left out. Headings are not read (names there are not
 * linked either), nor are they inside a passage (an extract's title).
 */
function textesDe(modele: TexteACouvrir['modele']): Array<{ valeur: string; ligne: number; noms: Array<{ debut: number; fin: number; forme: string; entite: string }> }> {
  return modele.passages.map((passage) => {
    let valeur = passage.texte;
    // The edition's words become spaces: same offsets, no words.
    for (const l of [...modele.lacunes, ...modele.remarques, ...modele.oeuvres, ...modele.titres]) if (l.passage === passage.id) valeur = valeur.slice(0, l.debut) + ' '.repeat(l.fin! - l.debut!) + valeur.slice(l.fin);
    const noms = modele.mentions.filter((m) => m.passage === passage.id && m.genre === 'personne').map((m) => ({ debut: m.debut, fin: m.fin, forme: m.forme, entite: m.entite }));
    return { valeur, ligne: passage.ligne, noms };
  });
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
  const arbres = textes.map((t) => ({ chemin: t.chemin, noeuds: textesDe(t.modele) }));
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
    for (const { valeur, ligne, noms } of noeuds) {
      for (const nom of noms) {
        mentionnees.add(nom.entite);
        const ecrit = normaliserForme(nom.forme);
        formesEmployees.add(ecrit);
        if (!formesDe.get(nom.entite)?.has(ecrit)) signaler(graphies, { chemin, ligne, mot: nom.forme, personnes: [nom.entite] });
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
          signaler(inconnus, { chemin, ligne, mot: partie });
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
