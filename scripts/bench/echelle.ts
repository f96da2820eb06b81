/**
 * Scale: a synthetic dossier N times larger, made from the real one, and the build of a content
 * folder timed phase by phase (`npm run build` with CONTENU_DIR and DIST_DIR, its own Astro cache).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';

/**
 * Copy `source` (a content root) to `cible` with every text N times: `lettre-boukharine.md` becomes
 * `lettre-boukharine-x1.md` … `-xN.md`, each with its own place in the reading order and a numbered
 * title. Files of other folders named after a text (its ledger of passages, `passages/<slug>.json`)
 * are copied for each copy; the rest (persons, sources) is shared as it is.
 */
export function dossierSynthetique(source: string, cible: string, facteur: number): void {
  rmSync(cible, { recursive: true, force: true });
  mkdirSync(cible, { recursive: true });
  const textes = readdirSync(join(source, 'textes')).filter((f) => f.endsWith('.md'));
  const slugs = new Set(textes.map((f) => basename(f, '.md')));
  const ordres = textes.map((f) => Number(/^ordre:\s*(\d+)/m.exec(readFileSync(join(source, 'textes', f), 'utf8'))?.[1] ?? 0));
  const pas = Math.max(...ordres, textes.length);

  for (const entree of readdirSync(source, { withFileTypes: true })) {
    if (!entree.isDirectory()) {
      cpSync(join(source, entree.name), join(cible, entree.name));
      continue;
    }
    if (entree.name === 'textes') continue;
    for (const fichier of fichiers(join(source, entree.name))) {
      const rel = relative(source, fichier);
      const slug = basename(fichier, extname(fichier));
      if (!slugs.has(slug)) {
        cpSync(fichier, join(cible, rel));
        continue;
      }
      for (let k = 1; k <= facteur; k++) cpSync(fichier, join(cible, rel.slice(0, -basename(rel).length), `${slug}-x${k}${extname(fichier)}`));
    }
  }

  mkdirSync(join(cible, 'textes'), { recursive: true });
  for (const nom of textes) {
    const texte = readFileSync(join(source, 'textes', nom), 'utf8');
    for (let k = 1; k <= facteur; k++) {
      const copie = texte
        .replace(/^ordre:\s*(\d+)/m, (_, n: string) => `ordre: ${(k - 1) * pas + Number(n)}`)
        .replace(/^titre:\s*"(.*)"/m, (_, t: string) => `titre: "${t} (${k})"`);
      writeFileSync(join(cible, 'textes', `${basename(nom, '.md')}-x${k}.md`), copie);
    }
  }
}

function fichiers(dossier: string): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? fichiers(join(dossier, e.name)) : [join(dossier, e.name)]));
}

/** Total size of the files under a folder (and how many there are), optionally filtered. */
export function taille(dossier: string, filtre: (chemin: string) => boolean = () => true): { octets: number; fichiers: number } {
  let octets = 0;
  let n = 0;
  try {
    for (const f of fichiers(dossier)) {
      if (!filtre(f)) continue;
      octets += statSync(f).size;
      n++;
    }
  } catch {
    return { octets: 0, fichiers: 0 };
  }
  return { octets, fichiers: n };
}

export interface Construction {
  /** Seconds in all. */
  total: number;
  /** Seconds per step of `npm run build`, in order (`verifier`, `fidelite`, `astro build`, `après astro`). */
  etapes: [string, number][];
}

/**
 * Run `npm run build` on a content root (relative to the project) into an output folder, timing its
 * steps from its output: npm's banner for each script it runs (`> pkg@1.0.0 verifier`), Astro's
 * first and last lines, and whatever runs after Astro (the search index).
 */
export function construire(racineProjet: string, contenu: string, sortie: string, cache: string, journal: string): Promise<Construction> {
  return new Promise((resolve, reject) => {
    const debut = performance.now();
    const reperes: [string, number][] = [];
    const enfant = spawn('npm', ['run', 'build'], {
      cwd: racineProjet,
      env: { ...process.env, CONTENU_DIR: contenu, DIST_DIR: sortie, ASTRO_CACHE_DIR: cache },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let texte = '';
    let reste = '';
    const lire = (morceau: Buffer) => {
      texte += morceau.toString();
      const lignes = (reste + morceau.toString()).split('\n');
      reste = lignes.pop()!;
      const t = (performance.now() - debut) / 1000;
      for (const ligne of lignes) {
        const script = /^> \S+@\S+ (\S+)/.exec(ligne)?.[1];
        if (script && script !== 'build') reperes.push([script, t]);
        else if (/\[(content|types|build)\]/.test(ligne) && !reperes.some(([n]) => n === 'astro build')) reperes.push(['astro build', t]);
        else if (/\[build\] Complete!/.test(ligne)) reperes.push(['après astro', t]);
      }
    };
    enfant.stdout.on('data', lire);
    enfant.stderr.on('data', lire);
    enfant.on('close', (code) => {
      writeFileSync(journal, texte);
      if (code !== 0) return reject(new Error(`npm run build failed on ${contenu} (exit ${code}); see ${journal}`));
      const total = (performance.now() - debut) / 1000;
      const etapes = reperes.map(([nom, t], i): [string, number] => [nom, (reperes[i + 1]?.[1] ?? total) - t]);
      resolve({ total, etapes });
    });
  });
}
