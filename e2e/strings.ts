import coreEn from '../src/web/i18n/en.json';
import coreEs from '../src/web/i18n/es.json';
import workspaceEn from '../src/web/i18n/workspace.en.json';
import workspaceEs from '../src/web/i18n/workspace.es.json';

/** The shell's strings as the browser sees them once the workspace has loaded: core plus workspace keys. */
export const en = { ...coreEn, ...workspaceEn };
export const es = { ...coreEs, ...workspaceEs };
