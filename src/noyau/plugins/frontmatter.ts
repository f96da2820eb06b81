import type { VFile } from 'vfile';

/**
 * The front matter Astro hands to remark plugins (`file.data.astro.frontmatter`). What a plugin
 * writes there comes back as `entry.rendered.metadata.frontmatter` from `getCollection()`.
 * Outside Astro (tests, content checks) it is created empty.
 */
export function frontmatterOf(file: VFile): Record<string, unknown> {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
}
