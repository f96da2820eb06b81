/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of a page, with Debian's
 * Chromium (CHROME_PATH) and the flags of tests/helpers/site.ts; Lighthouse's default mobile
 * emulation and simulated throttling. Audits that cost points are listed.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface ScoresLighthouse {
  url: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits below a full score (id: title, score). */
  pertes: string[];
  /** Simulated metrics (ms). */
  fcp: number;
  lcp: number;
  cls: number;
  tbt: number;
}

interface Audit { id: string; title: string; score: number | null; scoreDisplayMode: string; numericValue?: number }

export async function lighthouse(racineProjet: string, url: string): Promise<ScoresLighthouse> {
  const binaire = join(racineProjet, 'node_modules', '.bin', 'lighthouse');
  const { stdout } = await promisify(execFile)(binaire, [
    url,
    '--output=json', '--output-path=stdout', '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
  const lhr = JSON.parse(stdout) as {
    categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, Audit>;
  };
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as ScoresLighthouse['scores'];
  const pertes = CATEGORIES.flatMap((c) => lhr.categories[c]!.auditRefs
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.score !== null && a.score < 1)
    .map((a) => `${c}: ${a.id} (${a.score}) ${a.title}`));
  const valeur = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
  return { url, scores, pertes, fcp: valeur('first-contentful-paint'), lcp: valeur('largest-contentful-paint'), cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN, tbt: valeur('total-blocking-time') };
}
