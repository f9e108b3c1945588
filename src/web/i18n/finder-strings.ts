import finderEn from './finder.en.json';
import finderEs from './finder.es.json';
import { registerAreaStrings } from './index';

/** The center finder's strings (/find): they arrive with the finder's own chunk. */
registerAreaStrings({ en: finderEn, es: finderEs });
