/**
 * The enhancements' stylesheet (popover, margin notes, share menu, preview card), applied before
 * they create anything: texte.ts imports this module first.
 */
import css from '../styles/ameliorations.css?inline';
import { adopterStyles } from './adopter.ts';

adopterStyles(css);
