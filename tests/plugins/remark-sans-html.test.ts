/**
 * remark-sans-html in the edition's pipeline: raw HTML stops the build, with its first forty
 * characters and the rule that refused it.
 */
import { describe, expect, it } from 'vitest';
import { formaterMessage } from '../../src/noyau/pipeline.ts';
import { traiter } from '../helpers/pipeline.ts';

describe('remark-sans-html', () => {
  it('should stop at raw HTML, quoting its first forty characters only, with its rule and source', async () => {
    const file = await traiter('Un paragraphe.\n\n<div class="encadre">Un encadré écrit en HTML brut, bien trop long</div>\n');
    expect(file.messages.map((m) => [formaterMessage(m), m.fatal, m.ruleId, m.source])).toEqual([[
      'document.md:3:1 : HTML brut refusé : `<div class="encadre">Un encadré écrit en` ; écrire en Markdown ou avec une directive (README, « Conventions Markdown »)',
      true, 'raw-html', 'remark-sans-html',
    ]]);
  });
});
