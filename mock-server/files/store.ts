import { randomUUID } from 'node:crypto';
import type { Clock } from '../jobs/clock';

/** A file a client uploads to the mock's storage, then passes around by URL. */
export interface StoredFile {
  id: string;
  contentType: string;
  fileName: string;
  createdAt: number;
  /** How long it is served after creation. */
  ttlMs: number;
  /** Set once the bytes arrived (a single PUT, or the parts joined on completion). */
  bytes?: Buffer;
  /** Multipart uploads: the parts received so far, by part number. */
  parts?: Map<number, Buffer>;
}

export interface FileStoreOptions {
  /** Files kept at once; the oldest goes first. */
  maxFiles: number;
  /** Bytes kept at once, parts included; the oldest files go first. */
  maxBytes: number;
  /** Lifetime of a file unless its upload asked for less. */
  ttlMs: number;
}

/** Uploaded files, bounded in count, bytes and age: oldest evicted first, expired ones never served. */
export class FileStore {
  private readonly files = new Map<string, StoredFile>();
  private bytes = 0;

  constructor(
    private readonly clock: Clock,
    readonly options: FileStoreOptions,
  ) {}

  /** A slot waiting for its bytes; `ttlMs` above the store's lifetime is cut to it. */
  reserve(init: { contentType: string; fileName: string; multipart: boolean; ttlMs?: number }): StoredFile {
    this.sweep();
    while (this.files.size >= this.options.maxFiles) this.evictOldest();
    const file: StoredFile = {
      id: randomUUID(),
      contentType: init.contentType,
      fileName: init.fileName,
      createdAt: this.clock.now(),
      ttlMs: Math.min(init.ttlMs ?? this.options.ttlMs, this.options.ttlMs),
      parts: init.multipart ? new Map() : undefined,
    };
    this.files.set(file.id, file);
    return file;
  }

  /** The file if it exists and has not expired. */
  get(id: string): StoredFile | undefined {
    const file = this.files.get(id);
    if (!file) return undefined;
    if (this.clock.now() - file.createdAt <= file.ttlMs) return file;
    this.drop(file);
    return undefined;
  }

  /** Stores a whole file's bytes (or one part of a multipart upload); false when it cannot fit at all. */
  put(file: StoredFile, bytes: Buffer, part?: number): boolean {
    if (bytes.length > this.options.maxBytes) return false;
    const previous = part === undefined ? file.bytes : file.parts?.get(part);
    this.bytes -= previous?.length ?? 0;
    if (part === undefined) file.bytes = bytes;
    else file.parts!.set(part, bytes);
    this.bytes += bytes.length;
    while (this.bytes > this.options.maxBytes && this.files.size > 1) this.evictOldest(file);
    return true;
  }

  /** Joins a multipart upload's listed parts in part-number order; why not, when it cannot. */
  complete(file: StoredFile, partNumbers: number[]): string | undefined {
    if (!file.parts) return 'this upload was not started as a multipart upload';
    if (partNumbers.length === 0) return 'no parts were listed';
    const missing = partNumbers.filter((n) => !file.parts!.has(n));
    if (missing.length) return `part${missing.length > 1 ? 's' : ''} ${missing.join(', ')} never arrived`;
    const parts = file.parts;
    this.bytes -= [...parts.values()].reduce((sum, part) => sum + part.length, 0);
    file.bytes = Buffer.concat([...partNumbers].sort((a, b) => a - b).map((n) => parts.get(n)!));
    file.parts = undefined;
    this.bytes += file.bytes.length;
    return undefined;
  }

  clear() {
    this.files.clear();
    this.bytes = 0;
  }

  get size() {
    return this.files.size;
  }

  private sweep() {
    const now = this.clock.now();
    for (const file of [...this.files.values()]) if (now - file.createdAt > file.ttlMs) this.drop(file);
  }

  private evictOldest(keep?: StoredFile) {
    for (const file of this.files.values()) {
      if (file === keep) continue;
      this.drop(file);
      return;
    }
  }

  private drop(file: StoredFile) {
    this.files.delete(file.id);
    this.bytes -= (file.bytes?.length ?? 0) + [...(file.parts?.values() ?? [])].reduce((sum, part) => sum + part.length, 0);
  }
}
