import finderEn from './finder.en.json';
import { registerAreaStrings } from './index';

/** The center finder's strings (/find): they arrive with the finder's own chunk. */
await registerAreaStrings({ en: finderEn, es: () => import('./finder.es.json') });
