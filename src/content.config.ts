import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contenu } from './lib/contenu.ts';
import { estValeurDeDate } from './lib/dates.ts';
import { schemaPersonne } from './lib/personnes.ts';

/** An ISO 8601 date of the original: year, year-month or full date. */
const isoDate = z.string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((iso) => estValeurDeDate(iso) && !/^\d{4}-2\d/.test(iso), 'expected a date that exists (month 01–12, a day of that month)');

const textes = defineCollection({
  loader: glob({ base: contenu('textes'), pattern: '*.md' }),
  schema: z.strictObject({
    /** Title as the dossier gives it. */
    titre: z.string().min(1),
    /** Author of the original text. */
    auteur: z.string().min(1),
    /** Translator or translating collective, only where the source names one. */
    traduction: z.string().min(1).optional(),
    /** Date of the original, only when the dossier gives it or it is plainly established. */
    date: isoDate.optional(),
    /** Kind of text. */
    genre: z.enum(['introduction', 'essai', 'extraits', 'traduction', 'lettre']),
    /** Place in the dossier (reading order), from 1. */
    ordre: z.number().int().positive(),
    /** A short presentation, from what the dossier itself says. */
    presentation: z.string().min(20).max(600),
    /** Provenance: the source file and its line ranges (1-based, inclusive). */
    source: z.strictObject({
      fichier: z.string().regex(/^[\w.-]+\.txt$/),
      lignes: z.array(z.tuple([z.number().int().positive(), z.number().int().positive()])).min(1),
      /** How the source marks its paragraphs, when it does: the fidelity check then compares them. */
      alineas: z.enum(['espace-initiale', 'ligne-vide']).optional(),
    }),
    /**
     * Who an ambiguous spelling designates in this text (spelling → person id): `{ Sergo: ordjonikidze }`.
     * Checked by remark-personnes against the register; a single place can say otherwise with `:personne[…]{id="…"}`.
     */
    personnes: z.record(z.string(), z.string().regex(/^[a-z0-9-]+$/)).optional(),
  }),
});

/** The persons register: one entry per person named in the texts (see src/lib/personnes.ts). */
const personnes = defineCollection({
  loader: glob({ base: contenu('personnes'), pattern: '*.md' }),
  schema: schemaPersonne,
});

export const collections = { textes, personnes };
