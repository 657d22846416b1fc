import path from 'node:path';
import { openDirectoryFile } from './directory';
import { openHttpFile } from './http';
import { type OpenedFile, type OpenOptions, SourceError, type SourceFileState } from './types';

export type { OpenedFile, OpenOptions, SourceFileState } from './types';
export { SourceError } from './types';

export const DEFAULT_SOURCE = 'https://datasets.imdbws.com/';

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/** `source` is a base URL (http/https, trailing slash optional) or a local directory path. */
export function openDatasetFile(
  source: string,
  file: string,
  previous: SourceFileState | null,
  options: OpenOptions = {},
): Promise<OpenedFile> {
  const scheme = SCHEME.exec(source)?.[1].toLowerCase();
  if (scheme === 'http' || scheme === 'https') return openHttpFile(source, file, previous, options);
  if (scheme)
    return Promise.reject(new SourceError(`${file}: unsupported source ${source} (use http(s):// or a directory)`));
  return openDirectoryFile(source, file, previous, options);
}

/** For logs: the host of a URL source, or the directory. */
export function describeSource(source: string): string {
  if (!SCHEME.test(source)) return path.resolve(source);
  try {
    return new URL(source).host;
  } catch {
    return source;
  }
}
