/**
 * `npm run bench`: the edition's weight, speed and scale, measured in Chromium over a build of the
 * site served compressed. Prints figures; asserts nothing (the targets are read by people).
 *
 *   npm run bench                          everything (real site, Lighthouse, dossier 50× larger)
 *   npm run bench -- --facteur 10          a smaller synthetic dossier
 *   npm run bench -- --sans-echelle        no synthetic dossier
 *   npm run bench -- --sans-lighthouse     no Lighthouse
 *
 * Builds go to tmp/bench/ (never to dist/), each with its own Astro cache. Targets: every page that
 * carries text (home, texts, persons and events, their indexes, the chronology) at most 1.5× its own
 * compressed text, cold and warm, with gzip and with brotli (aim 1.25×); the search page is judged
 * by what a query costs; reading needs no JavaScript; no layout shift when notes or previews open;
 * Lighthouse 100 on all four scores; cost no faster than the corpus.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/helpers/site.ts';
import { pagesConstruites, parType, type PageConstruite } from '../tests/helpers/pages.ts';
import { construire, dossierSynthetique, taille, type Construction } from './bench/echelle.ts';
import { lighthouse } from './bench/lighthouse.ts';
import { mesurer, octetsRecherche, poids, type MesurePage, type PoidsPage } from './bench/mesures.ts';
import { brotli, gzip, servirCompresse } from './bench/serveur.ts';

const RACINE = join(import.meta.dirname, '..');
const TMP = join(RACINE, 'tmp', 'bench');
const { values: options } = parseArgs({
  options: {
    facteur: { type: 'string', default: '50' },
    'sans-echelle': { type: 'boolean', default: false },
    'sans-lighthouse': { type: 'boolean', default: false },
  },
});
const FACTEUR = Number(options.facteur);
const REQUETES = ['Boukharine', 'procès public', 'Iejov'];

const ko = (octets: number) => `${(octets / 1024).toFixed(1)} Ko`;
const ms = (n: number) => `${Math.round(n)} ms`;

function tableau(entetes: string[], lignes: (string | number)[][]): void {
  const largeurs = entetes.map((e, i) => Math.max(e.length, ...lignes.map((l) => String(l[i]).length)));
  const ligne = (cellules: (string | number)[]) => `| ${cellules.map((c, i) => (typeof c === 'number' || /^[\d.,× -]+(Ko|ms|s)?$/.test(String(c)) ? String(c).padStart(largeurs[i]!) : String(c).padEnd(largeurs[i]!))).join(' | ')} |`;
  console.log(ligne(entetes));
  console.log(`|${largeurs.map((l) => '-'.repeat(l + 2)).join('|')}|`);
  for (const l of lignes) console.log(ligne(l));
  console.log('');
}

/** Kinds of pages that carry text, judged against it; the others (search, 404) are shown unmarked. */
const PORTENT_DU_TEXTE = new Set(['accueil', 'texte', 'personne', 'personnes', 'evenement', 'evenements', 'chronologie']);
const CIBLE = 1.5;

/**
 * Pages to measure: the home page, every text, and of every other kind (no redirects) its lightest,
 * median and heaviest page: the short ones pay most for what every page carries.
 */
function aMesurer(dist: string): PageConstruite[] {
  const choisies: PageConstruite[] = [];
  for (const [type, pages] of parType(pagesConstruites(dist))) {
    const lisibles = pages.filter((p) => !/http-equiv="refresh"/i.test(readFileSync(p.fichier, 'utf8')) && !p.chemin.startsWith('hors-ligne/'));
    if (type === 'accueil' || type === 'texte') {
      choisies.push(...lisibles);
      continue;
    }
    const parTaille = lisibles.sort((a, b) => statSync(a.fichier).size - statSync(b.fichier).size);
    choisies.push(...new Set([parTaille[0], parTaille[Math.floor(parTaille.length / 2)], parTaille.at(-1)].filter((p) => p !== undefined)));
  }
  return choisies;
}

interface Echelle {
  construction: Construction;
  pages: number;
  octetsSite: number;
  octetsHtml: number;
  plusGrandePage: { chemin: string; octets: number };
  /** The heaviest page of each kind (bytes, uncompressed). */
  parType: Map<string, { chemin: string; octets: number }>;
  index: { octets: number; fichiers: number };
  recherche: { requete: string; octets: number; resultats: number }[];
  corpus: number;
}

async function echelle(nom: string, contenu: string, browser: Awaited<ReturnType<typeof launchChromium>>): Promise<{ dist: string; e: Echelle }> {
  const dist = join(TMP, nom);
  console.error(`… construction « ${nom} » (${contenu})`);
  const construction = await construire(RACINE, contenu, dist, join(TMP, `cache-${nom}`), join(TMP, `${nom}.log`));
  const pages = pagesConstruites(dist);
  const tailles = pages.map((p) => ({ chemin: p.chemin, type: p.type, octets: statSync(p.fichier).size }));
  const plus = tailles.reduce((a, b) => (a.octets >= b.octets ? a : b));
  const parTypeMax = new Map<string, { chemin: string; octets: number }>();
  for (const t of tailles) if ((parTypeMax.get(t.type)?.octets ?? -1) < t.octets) parTypeMax.set(t.type, t);
  const index = taille(join(dist, 'pagefind'));
  let recherche: Echelle['recherche'] = [];
  if (index.fichiers > 0) {
    const serveur = await servirCompresse(dist);
    recherche = await octetsRecherche(browser, serveur.url, REQUETES);
    await serveur.close();
  }
  return {
    dist,
    e: {
      construction,
      pages: pages.length,
      octetsSite: taille(dist).octets,
      octetsHtml: taille(dist, (f) => f.endsWith('.html')).octets,
      plusGrandePage: plus,
      parType: parTypeMax,
      index,
      recherche,
      corpus: taille(join(RACINE, contenu, 'textes'), (f) => f.endsWith('.md')).octets,
    },
  };
}

const browser = await launchChromium();
try {
  // 1. The real dossier: build, then every page in Chromium.
  const reel = await echelle('reel', 'content', browser);
  const serveur = await servirCompresse(reel.dist);
  const serveurGzip = await servirCompresse(reel.dist, '/', 'gzip');
  const types = new Map(pagesConstruites(reel.dist).map((p) => [`/${p.chemin}`, p.type]));
  const mesures: { m: MesurePage; br: PoidsPage; gz: PoidsPage; texteBr: number; texteGz: number }[] = [];
  for (const page of aMesurer(reel.dist)) {
    console.error(`… ${page.chemin || '/'}`);
    const m = await mesurer(browser, new URL(page.chemin, serveur.url).href);
    const br = await poids(browser, new URL(page.chemin, serveur.url).href);
    const gz = await poids(browser, new URL(page.chemin, serveurGzip.url).href);
    mesures.push({ m, br, gz, texteBr: brotli(m.texte).length, texteGz: gzip(m.texte).length });
  }
  await serveurGzip.close();

  const jugee = (chemin: string) => PORTENT_DU_TEXTE.has(types.get(chemin) ?? '');
  const ratio = (chemin: string, octets: number, texte: number) => {
    const r = octets / texte;
    return `${r.toFixed(2)}×${jugee(chemin) ? (r <= CIBLE ? ' ✓' : ' ✗') : ''}`;
  };
  console.log(`\n## Poids (téléphone 390×844, Chromium ; octets = corps compressés reçus ; rapport = poids / texte de la page compressé de même)\n`);
  tableau(
    ['page', 'type', 'texte br', 'froid br', 'froid br/texte', 'chaud br/texte', 'texte gz', 'froid gz', 'froid gz/texte', 'chaud gz/texte', 'dont CSS br', 'dont JS br', 'au 1er geste br', 'req.'],
    mesures.map(({ m, br, gz, texteBr, texteGz }) => [
      m.chemin, types.get(m.chemin) ?? '?', ko(texteBr), ko(br.froid.total), ratio(m.chemin, br.froid.total, texteBr), ratio(m.chemin, br.chaud.total, texteBr),
      ko(texteGz), ko(gz.froid.total), ratio(m.chemin, gz.froid.total, texteGz), ratio(m.chemin, gz.chaud.total, texteGz),
      ko(br.froid.css), br.froid.scripts ? `${ko(br.froid.js)} (${br.froid.scripts})` : '0',
      br.auGeste.total ? `${ko(br.auGeste.total)} (${br.auGeste.requetes})` : '0', br.froid.requetes,
    ]),
  );
  console.log(`froid : tout ce que la page reçoit à froid jusqu’au repos (HTML, CSS, JS, icône) ; chaud : la même page sous une autre adresse, feuilles de style, scripts et icône en cache (le texte suivant) ; ✓ ≤ ${CIBLE}× (exigé, visé 1,25×), ✗ au-delà ; sans marque : page jugée autrement (recherche : ce que coûte une requête, plus bas). « au 1er geste » : ce que charge ensuite le premier défilement (les scripts qui l’attendent).\n`);
  const depasse = mesures.filter(({ m, br, gz, texteBr, texteGz }) => jugee(m.chemin) && Math.max(br.froid.total / texteBr, gz.froid.total / texteGz, br.chaud.total / texteBr, gz.chaud.total / texteGz) > CIBLE);
  console.log(depasse.length === 0 ? `Toutes les pages mesurées tiennent en ${CIBLE}×.\n` : `Au-delà de ${CIBLE}× : ${depasse.map(({ m }) => m.chemin).join(', ')}.\n`);

  console.log(`## Comportement (téléphone, servi en brotli ; large : 1440×900)\n`);
  tableau(
    ['page', 'LCP', 'CLS', 'CLS large', 'note', 'aperçu', 'sans JS'],
    mesures.map(({ m }) => [
      m.chemin, ms(m.lcp), m.cls.toFixed(3), m.clsLarge.toFixed(3),
      m.decalageNote === null ? '—' : m.decalageNote.toFixed(3), m.decalageApercu === null ? '—' : m.decalageApercu.toFixed(3),
      m.lisibleSansJs ? 'oui' : 'NON',
    ]),
  );
  console.log('« note » et « aperçu » : décalage mesuré à l’ouverture (tout compris, même juste après le geste).\n');
  const textes = new Set(pagesConstruites(reel.dist).filter((p) => p.type === 'texte').map((p) => `/${p.chemin}`));

  // 2. Lighthouse: the home page and the longest text.
  if (!options['sans-lighthouse']) {
    const plusLong = mesures.map(({ m }) => m).filter((m) => textes.has(m.chemin)).reduce((a, b) => (a.texte.length >= b.texte.length ? a : b));
    const resultats = [];
    for (const chemin of ['/', plusLong.chemin]) {
      console.error(`… Lighthouse ${chemin}`);
      resultats.push(await lighthouse(RACINE, new URL(chemin.slice(1), serveur.url).href));
    }
    console.log('## Lighthouse (mobile, ralentissement simulé)\n');
    tableau(
      ['page', 'performance', 'accessibilité', 'bonnes pratiques', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
      resultats.map((r) => [new URL(r.url).pathname, r.scores.performance, r.scores.accessibility, r.scores['best-practices'], r.scores.seo, ms(r.fcp), ms(r.lcp), ms(r.tbt), r.cls.toFixed(3)]),
    );
    for (const r of resultats) for (const p of r.pertes) console.log(`- ${new URL(r.url).pathname} ${p}`);
    console.log('');
  }
  await serveur.close();

  // 3. Scale: the same dossier N times over.
  if (!options['sans-echelle']) {
    // Content roots are given relative to the project, as CONTENU_DIR expects.
    const contenu = join('tmp', 'bench', `contenu-x${FACTEUR}`);
    dossierSynthetique(join(RACINE, 'content'), join(RACINE, contenu), FACTEUR);
    const grand = await echelle(`x${FACTEUR}`, contenu, browser);
    const a = reel.e;
    const b = grand.e;
    const s = (n: number | null) => (n === null ? '—' : `${n.toFixed(1)} s`);
    const rapport = (x: number | null, y: number | null) => (x && y ? `${(y / x).toFixed(1)}×` : '—');
    console.log(`## Échelle : le dossier réel et un dossier synthétique ${FACTEUR} fois plus grand\n`);
    const lignes: (string | number)[][] = [
      ['corpus (Markdown des textes)', ko(a.corpus), ko(b.corpus), rapport(a.corpus, b.corpus)],
      ['construction, en tout', s(a.construction.total), s(b.construction.total), rapport(a.construction.total, b.construction.total)],
      ...a.construction.etapes.map(([nom, x]) => {
        const y = b.construction.etapes.find(([n]) => n === nom)?.[1] ?? null;
        return [`  ${nom}`, s(x), s(y), rapport(x, y)];
      }),
      ['pages HTML', a.pages, b.pages, rapport(a.pages, b.pages)],
      ['site construit', ko(a.octetsSite), ko(b.octetsSite), rapport(a.octetsSite, b.octetsSite)],
      ['  dont HTML', ko(a.octetsHtml), ko(b.octetsHtml), rapport(a.octetsHtml, b.octetsHtml)],
      ['plus grande page', `${ko(a.plusGrandePage.octets)} (${a.plusGrandePage.chemin || '/'})`, `${ko(b.plusGrandePage.octets)} (${b.plusGrandePage.chemin || '/'})`, rapport(a.plusGrandePage.octets, b.plusGrandePage.octets)],
      ...[...a.parType.keys()].map((type) => {
        const x = a.parType.get(type)!;
        const y = b.parType.get(type);
        return [`  plus grande page « ${type} »`, `${ko(x.octets)} (${x.chemin || '/'})`, y ? `${ko(y.octets)} (${y.chemin || '/'})` : '—', rapport(x.octets, y?.octets ?? null)];
      }),
      ['index Pagefind', `${ko(a.index.octets)} (${a.index.fichiers} fichiers)`, `${ko(b.index.octets)} (${b.index.fichiers} fichiers)`, rapport(a.index.octets, b.index.octets)],
      ...REQUETES.map((q, i) => [
        `requête ${i === 0 ? '(à froid) ' : ''}« ${q} » : octets (résultats)`,
        a.recherche[i] ? `${ko(a.recherche[i]!.octets)} (${a.recherche[i]!.resultats})` : '—',
        b.recherche[i] ? `${ko(b.recherche[i]!.octets)} (${b.recherche[i]!.resultats})` : '—',
        rapport(a.recherche[i]?.octets ?? null, b.recherche[i]?.octets ?? null),
      ]),
    ];
    tableau(['', 'réel', `×${FACTEUR}`, 'rapport'], lignes);
    const pagesParType = (dist: string) => [...parType(pagesConstruites(dist))].map(([t, p]) => `${t} ${p.length}`).join(', ');
    console.log(`pages par type — réel : ${pagesParType(reel.dist)}`);
    console.log(`pages par type — ×${FACTEUR} : ${pagesParType(grand.dist)}\n`);
  }
} finally {
  await browser.close();
}
