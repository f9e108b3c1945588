export * from './assessment.js';
export * from './audit.js';
export * from './consent.js';
export * from './inquiry.js';
export * from './organization.js';
export * from './patient.js';
export * from './session.js';
export * from './user.js';
