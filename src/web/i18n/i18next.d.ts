import 'i18next';
import type adminEn from './admin.en.json';
import type en from './en.json';
import type publicEn from './public.en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & typeof adminEn & typeof publicEn };
  }
}
