/**
 * Coverage report of the persons register (`npm run personnes:couverture`): every word of the texts
 * that looks like a person's name but is in no register entry (content/personnes/<id>.md) and not
 * in the list of non-persons (content/personnes/non-personnes.txt), as `path:line: word`; every
 * name written in a spelling its entry does not list. Exits 1 if there is any.
 * Register entries that no text mentions, spellings and non-persons no longer used, are shown for information.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contenu } from '../src/construction/contenu.ts';
import { couvrir, lireNonPersonnes, motsCourantsFrancais } from '../src/noyau/couverture-personnes.ts';
import { chargerRegistre } from '../src/construction/registre-personnes.ts';

const dossier = process.argv[2] ?? contenu('textes');
const fichiers = (await readdir(dossier)).filter((f) => f.endsWith('.md')).sort();
const textes = await Promise.all(fichiers.map(async (f) => ({ chemin: join(dossier, f), markdown: await readFile(join(dossier, f), 'utf8') })));
const resultat = couvrir(textes, chargerRegistre(), lireNonPersonnes(await readFile(contenu('personnes', 'non-personnes.txt'), 'utf8')), await motsCourantsFrancais());

for (const m of resultat.inconnus) console.error(`${m.chemin}:${m.ligne}: ${m.mot} — ni dans le registre des personnes ni dans non-personnes.txt`);
for (const m of resultat.graphies) console.error(`${m.chemin}:${m.ligne}: « ${m.mot} » — graphie absente du registre (${m.personnes?.join(', ')}) : l'ajouter à ses formes`);
if (resultat.jamaisMentionnees.length) console.warn(`Personnes du registre qu'aucun texte ne mentionne : ${resultat.jamaisMentionnees.join(', ')}`);
if (resultat.formesInutilisees.length) console.warn(`Graphies du registre qu'aucun texte n'emploie plus : ${resultat.formesInutilisees.join(' ; ')}`);
if (resultat.nonPersonnesInutiles.length) console.warn(`Non-personnes qu'aucun texte n'emploie plus : ${resultat.nonPersonnesInutiles.join(', ')}`);

const manques = resultat.inconnus.length + resultat.graphies.length;
if (manques > 0) {
  console.error(`\n${resultat.inconnus.length} nom(s) inconnu(s), ${resultat.graphies.length} graphie(s) à déclarer.`);
  process.exit(1);
}
console.log(`Registre des personnes : ${fichiers.length} texte(s), aucun nom inconnu.`);
