/**
 * The two collections: the texts (each with its model, computed once by the edition's pipeline) and
 * the persons register. Their schemas are the ones the pipeline and the tools check front matter
 * with (src/noyau/entete.ts, src/noyau/personnes.ts).
 */
import { defineCollection } from 'astro:content';
import { chargeurPersonnes, chargeurTextes } from './construction/chargeurs.ts';
import { schemaTexte } from './noyau/entete.ts';
import { schemaPersonne } from './noyau/personnes.ts';

const textes = defineCollection({ loader: chargeurTextes(), schema: schemaTexte });

const personnes = defineCollection({ loader: chargeurPersonnes(), schema: schemaPersonne });

export const collections = { textes, personnes };
