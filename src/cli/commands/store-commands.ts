import type { Command } from 'commander';

// Placeholder: ingest, stories, story, search are being built (store issue).
export function register(_program: Command): void {}
