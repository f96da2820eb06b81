/**
 * Coverage report of the persons register (`npm run personnes:couverture`): every word of the texts
 * that looks like a person's name but is in no register entry (content/personnes/<id>.md) and not
 * in the list of non-persons (content/personnes/non-personnes.txt), as `fichier:ligne : mot`; every
 * name written in a spelling its entry does not list. Read from the texts' models: the names are the
 * mentions the pipeline found. Exits 1 if there is any. Register entries that no text mentions,
 * spellings and non-persons no longer used, are shown for information.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { configuration } from '../src/construction/config.ts';
import { affiche, lireContenu, modelerDossier } from '../src/construction/contenu.ts';
import { couvrir, lireNonPersonnes, motsCourantsFrancais } from '../src/noyau/couverture-personnes.ts';

const config = configuration();
const contenu = lireContenu(config.contenu);
const textes = (await modelerDossier(contenu, config.base)).map((t) => ({ chemin: affiche(t.chemin), modele: { passages: [], mentions: [], lacunes: [], remarques: [], oeuvres: [], titres: [], ...t.file.data.modele } }));
const resultat = couvrir(textes, contenu.repertoire, lireNonPersonnes(await readFile(join(config.contenu, 'personnes', 'non-personnes.txt'), 'utf8')), await motsCourantsFrancais());

for (const m of resultat.inconnus) console.error(`${m.chemin}:${m.ligne} : ${m.mot} — ni dans le registre des personnes ni dans non-personnes.txt`);
for (const m of resultat.graphies) console.error(`${m.chemin}:${m.ligne} : « ${m.mot} » — graphie absente du registre (${m.personnes?.join(', ')}) : l’ajouter à ses formes`);
if (resultat.jamaisMentionnees.length) console.warn(`Personnes du registre qu’aucun texte ne mentionne : ${resultat.jamaisMentionnees.join(', ')}`);
if (resultat.formesInutilisees.length) console.warn(`Graphies du registre qu’aucun texte n’emploie plus : ${resultat.formesInutilisees.join(' ; ')}`);
if (resultat.nonPersonnesInutiles.length) console.warn(`Non-personnes qu’aucun texte n’emploie plus : ${resultat.nonPersonnesInutiles.join(', ')}`);

const manques = resultat.inconnus.length + resultat.graphies.length;
if (manques > 0) {
  console.error(`\n${resultat.inconnus.length} nom(s) inconnu(s), ${resultat.graphies.length} graphie(s) à déclarer.`);
  process.exit(1);
}
console.log(`Registre des personnes : ${textes.length} texte(s), aucun nom inconnu.`);
