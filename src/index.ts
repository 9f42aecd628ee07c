// Library entry point.
export * from './model/index.js';
export { CrosscheckError, ERROR_CODES, type ErrorCode } from './errors.js';
export { loadArticles } from './pipeline/load-articles.js';
export { splitSentences } from './analyze/sentence-splitter.js';
