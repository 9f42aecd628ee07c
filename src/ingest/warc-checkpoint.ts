/**
 * A small JSON file of WARC resume points, one per WARC path: the offset and record index of the
 * next record to read (from readWarc's onCheckpoint). Save it when the documents before that
 * point are safely stored (e.g. after a store commit), then pass `resumePoint(path)` back as
 * readWarc's startOffset/startRecord. Writes are atomic (temp file + rename).
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { CrosscheckError } from '../errors.js';

export interface WarcResumePoint {
  offset: number;
  record: number;
  /** Size of the WARC file when the point was saved: a changed file is read from the start. */
  size: number;
  done?: boolean;
}

export interface WarcCheckpointFile {
  /** Where to start reading `warcPath`: {offset 0, record 0} when unknown or the file changed. */
  resumePoint(warcPath: string): { startOffset: number; startRecord: number; done: boolean };
  /** Records a point and writes the file. */
  save(warcPath: string, offset: number, record: number): void;
}

export function openWarcCheckpoint(path: string): WarcCheckpointFile {
  let points: Record<string, WarcResumePoint> = {};
  if (existsSync(path)) {
    try {
      points = JSON.parse(readFileSync(path, 'utf8')) as Record<string, WarcResumePoint>;
    } catch (e) {
      throw new CrosscheckError('CC_BAD_OPTION', `checkpoint file ${path} cannot be read: ${(e as Error).message}`);
    }
  }
  return {
    resumePoint(warcPath) {
      const p = points[warcPath];
      const size = existsSync(warcPath) ? statSync(warcPath).size : -1;
      if (!p || p.size !== size || p.offset > size) return { startOffset: 0, startRecord: 0, done: false };
      return { startOffset: p.offset, startRecord: p.record, done: p.offset >= size };
    },
    save(warcPath, offset, record) {
      const size = statSync(warcPath).size;
      points[warcPath] = { offset, record, size, ...(offset >= size ? { done: true } : {}) };
      writeFileSync(`${path}.tmp`, JSON.stringify(points, null, 1));
      renameSync(`${path}.tmp`, path);
    },
  };
}
