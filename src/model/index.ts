// All record types of the pipeline, in one place.
export type * from './article.js';
export type * from './text.js';
export type * from './time.js';
export type * from './quote.js';
export type * from './entity.js';
export type * from './claim.js';
export type * from './match.js';
export type * from './story.js';
export type * from './analyzed.js';
export type { Diagnostic, DiagnosticCode, Severity } from './diagnostic.js';
export { DIAGNOSTIC_CODES, diagnostic } from './diagnostic.js';
