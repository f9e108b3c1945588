export * from './audit.js';
export * from './organization.js';
export * from './session.js';
export * from './user.js';
