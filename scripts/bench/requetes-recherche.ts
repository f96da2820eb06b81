/**
 * The reader queries of `npm run bench:search`: what a reader types, and what the search page must
 * show first. Each query says what its first result must be (`premier`, any of) and what every one
 * of its first five results may be (`pertinents`, any of; by default the same). A search bug found
 * is a query added here.
 *
 * Criteria, checked against the built site (scripts/bench/verite-recherche.ts):
 * - `page`: that page (`/personnes/iejov/`);
 * - `personne`, `evenement`: that entity's page, or a passage that names it (the pipeline's marks);
 * - `date`: a passage holding a date whose EDTF value starts with it, or the chronology;
 * - `mots`: a passage, or a person, event or chronology page, whose text holds these words (case and accents aside);
 * - `aucun`: nothing may be shown as a result.
 */
export type Critere =
  | { page: string }
  | { personne: string }
  | { evenement: string }
  | { date: string }
  | { mots: string }
  | { aucun: true };

export interface RequeteDuBanc {
  requete: string;
  sorte: 'nom du dossier' | 'autre graphie' | 'cyrillique' | 'faute' | 'événement' | 'date' | 'expression' | 'mot' | 'sans réponse';
  premier: Critere[];
  pertinents?: Critere[];
}

/** A person query: their page first, then passages that name them. */
const personne = (requete: string, sorte: RequeteDuBanc['sorte'], id: string): RequeteDuBanc =>
  ({ requete, sorte, premier: [{ page: `/personnes/${id}/` }], pertinents: [{ personne: id }] });

/** An event query: its page first (or, on a site without event pages, a passage that names it), then passages about it. */
const evenement = (requete: string, id: string, ...mots: string[]): RequeteDuBanc =>
  ({ requete, sorte: 'événement', premier: [{ page: `/evenements/${id}/` }], pertinents: [{ evenement: id }, ...mots.map((m) => ({ mots: m }))] });

const date = (requete: string, iso: string): RequeteDuBanc => ({ requete, sorte: 'date', premier: [{ date: iso }] });

const mots = (requete: string, sorte: RequeteDuBanc['sorte'], ...attendus: string[]): RequeteDuBanc =>
  ({ requete, sorte, premier: attendus.map((m) => ({ mots: m })) });

const rien = (requete: string): RequeteDuBanc => ({ requete, sorte: 'sans réponse', premier: [{ aucun: true }] });

export const REQUETES: RequeteDuBanc[] = [
  // Names as the dossier prints them.
  personne('Iejov', 'nom du dossier', 'iejov'),
  personne('Boukharine', 'nom du dossier', 'boukharine'),
  personne('Vychinski', 'nom du dossier', 'vychinski'),
  personne('kamenev', 'nom du dossier', 'kamenev'),
  personne('KAMÉNEV', 'nom du dossier', 'kamenev'),
  personne('Ordjonikidze', 'nom du dossier', 'ordjonikidze'),
  personne('Toukhatchevski', 'nom du dossier', 'toukhatchevski'),
  personne('Nikolaï Boukharine', 'nom du dossier', 'boukharine'),
  personne('Zinoviev', 'nom du dossier', 'zinoviev'),
  personne('Radek', 'nom du dossier', 'radek'),
  personne('Piatakov', 'nom du dossier', 'piatakov'),
  personne('Iagoda', 'nom du dossier', 'iagoda'),
  personne('Souvarine', 'nom du dossier', 'souvarine'),
  personne('Werth', 'nom du dossier', 'werth'),
  // Forms readers meet elsewhere: French press, English and German literature.
  personne('Bukharin', 'autre graphie', 'boukharine'),
  personne('Yezhov', 'autre graphie', 'iejov'),
  personne('Ejov', 'autre graphie', 'iejov'),
  personne('Ezhov', 'autre graphie', 'iejov'),
  personne('Orjonikidze', 'autre graphie', 'ordjonikidze'),
  personne('Ordzhonikidze', 'autre graphie', 'ordjonikidze'),
  personne('Vyshinsky', 'autre graphie', 'vychinski'),
  personne('Yagoda', 'autre graphie', 'iagoda'),
  personne('Stalin', 'autre graphie', 'staline'),
  personne('Trotsky', 'autre graphie', 'trotski'),
  personne('Kaganovich', 'autre graphie', 'kaganovitch'),
  personne('Zhdanov', 'autre graphie', 'jdanov'),
  personne('Tukhachevsky', 'autre graphie', 'toukhatchevski'),
  personne('Bucharin', 'autre graphie', 'boukharine'),
  personne('Pyatakov', 'autre graphie', 'piatakov'),
  personne('Khrushchev', 'autre graphie', 'khrouchtchev'),
  personne('Sinowjew', 'autre graphie', 'zinoviev'),
  personne('Nikolai Bukharin', 'autre graphie', 'boukharine'),
  // The original name, in Cyrillic.
  personne('Бухарин', 'cyrillique', 'boukharine'),
  personne('Сталин', 'cyrillique', 'staline'),
  personne('Ежов', 'cyrillique', 'iejov'),
  personne('Андрей Вышинский', 'cyrillique', 'vychinski'),
  // Near-misses: typos, doubled or missing letters, other transliterations.
  personne('Vychinksy', 'faute', 'vychinski'),
  personne('Boukarine', 'faute', 'boukharine'),
  personne('Zinovief', 'faute', 'zinoviev'),
  personne('Kamenef', 'faute', 'kamenev'),
  personne('Toukhatchevsky', 'faute', 'toukhatchevski'),
  personne('Ordjonikize', 'faute', 'ordjonikidze'),
  personne('Stalline', 'faute', 'staline'),
  personne('Radeck', 'faute', 'radek'),
  personne('Kaganovitsch', 'faute', 'kaganovitch'),
  personne('Iejof', 'faute', 'iejov'),
  // Named events.
  evenement('procès des Seize', 'premier-proces-de-moscou', 'procès des Seize', 'premier procès de Moscou'),
  evenement('premier procès de Moscou', 'premier-proces-de-moscou', 'premier procès de Moscou'),
  evenement('troisième procès de Moscou', 'troisieme-proces-de-moscou', 'troisième procès de Moscou'),
  evenement('procès des Vingt et Un', 'troisieme-proces-de-moscou', 'troisième procès de Moscou'),
  evenement('deuxième procès de Moscou', 'deuxieme-proces-de-moscou', 'deuxième procès'),
  evenement('procès de Moscou', 'proces-de-moscou', 'procès de Moscou'),
  evenement('Moscow trials', 'proces-de-moscou', 'procès de Moscou'),
  evenement('Plénum de février-mars 1937', 'plenum-fevrier-mars-1937', 'février-mars 1937'),
  evenement('assassinat de Kirov', 'assassinat-de-kirov', 'assassinat de Kirov'),
  evenement('Constitution de 1936', 'constitution-de-1936', 'constitution'),
  evenement('Grande Terreur', 'grande-terreur', 'Grande Terreur'),
  evenement('Great Terror', 'grande-terreur', 'Grande Terreur'),
  evenement('procès de Chakhty', 'proces-de-chakhty', 'Chakhty'),
  evenement('XVIIe Congrès', 'xviie-congres', '17ème Congrès'),
  evenement('XXe Congrès', 'xxe-congres', '20ème congrès'),
  // Dates, in every written form.
  date('27 août 1936', '1936-08-27'),
  date('27/08/1936', '1936-08-27'),
  date('1936-08-27', '1936-08-27'),
  date('août 1936', '1936-08'),
  date('mars 1938', '1938-03'),
  date('5 décembre 1936', '1936-12-05'),
  // Words and phrases.
  mots('aveux', 'mot', 'aveu'),
  mots('Izvestia', 'mot', 'izvestia'),
  mots('"procès public"', 'expression', 'procès public'),
  mots('mise en scène pédagogique', 'expression', 'mise en scène pédagogique'),
  mots('réforme démocratique', 'expression', 'réforme démocratique'),
  // Bugs found while building the search, kept as queries.
  // A person's name inside an event's name: the person.
  personne('Kirov', 'nom du dossier', 'kirov'),
  // A name and a word: the person's passages that hold the word.
  { requete: 'Boukharine aveux', sorte: 'expression', premier: [{ page: '/personnes/boukharine/' }], pertinents: [{ personne: 'boukharine' }] },
  // A usual name of an event that the dossier never prints.
  evenement('procès Boukharine', 'troisieme-proces-de-moscou', 'troisième procès de Moscou'),
  // A month is not « Marx ».
  mots('mars', 'mot', 'mars'),
  // Nothing in the dossier answers these.
  rien('xqzwv'),
  rien('Napoléon'),
  rien('smartphone'),
  rien('Tolkien'),
  rien('photosynthèse'),
];
