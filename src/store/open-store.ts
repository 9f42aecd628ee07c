import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = './crosscheck.db';

/** Opens (and migrates) a store: a postgres:// or postgresql:// URL, else a SQLite file path. */
export async function openStore(url: string = DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(url)) return PostgresStore.open(url);
  const path = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url;
  return new SqliteStore(path);
}
