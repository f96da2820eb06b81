/**
 * The text pages' enhancements, in one file (one request), loaded by premier-geste.ts at the
 * reader's first gesture: notes read in place, sharing a passage, words highlighted on arrival from
 * a search, previews of persons. Each module works on its own and does nothing when its elements
 * are absent; reading never needs them.
 */
import './styles-ameliorations.ts';
import './notes.ts';
import './partage.ts';
import './surligner.ts';
import './apercu-personnes.ts';
import './reprise.ts';
