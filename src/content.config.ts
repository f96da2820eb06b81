/**
 * The three collections: the texts (each with its model, computed once by the edition's pipeline),
 * the persons register and the events register. Their schemas are the ones the pipeline and the tools check front matter
 * with (src/noyau/entete.ts, src/noyau/personnes.ts).
 */
import { defineCollection } from 'astro:content';
import { chargeurEvenements, chargeurPersonnes, chargeurTextes } from './construction/chargeurs.ts';
import { schemaTexte } from './noyau/entete.ts';
import { schemaEvenement } from './noyau/evenements.ts';
import { schemaPersonne } from './noyau/personnes.ts';

const textes = defineCollection({ loader: chargeurTextes(), schema: schemaTexte });

const personnes = defineCollection({ loader: chargeurPersonnes(), schema: schemaPersonne });

const evenements = defineCollection({ loader: chargeurEvenements(), schema: schemaEvenement });

export const collections = { textes, personnes, evenements };
