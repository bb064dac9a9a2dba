import { crc32 } from 'node:zlib';

/**
 * Checks an upload's whole structure as it streams, holding a few bytes at most: PNG (every chunk's
 * CRC, ending in IEND), JPEG (SOI, well-formed segments, EOI) and WebP (the RIFF size is the file's).
 * A vendor that decodes the image refuses a corrupt or truncated one; the header alone cannot tell.
 * No library checks these incrementally without decoding into memory, hence these small state machines.
 */
export interface StructureChecker {
  push(chunk: Buffer): void;
  /** Called at the end of the upload: why the file is broken, or undefined (also for other formats, which type sniffing refuses). */
  problem(): string | undefined;
}

export function structureChecker(): StructureChecker {
  let head = Buffer.alloc(0);
  let format: StructureChecker | undefined;
  let decided = false;
  return {
    push(chunk) {
      if (decided) return format?.push(chunk);
      head = Buffer.concat([head, chunk]);
      if (head.length < 12) return;
      decided = true;
      const picked = pick(head);
      format = picked?.checker;
      // The signature was matched by pick: the checker starts right after it.
      format?.push(head.subarray(picked?.signature));
      head = Buffer.alloc(0);
    },
    problem: () => (decided ? format?.problem() : undefined),
  };
}

function pick(head: Buffer): { checker: StructureChecker; signature: number } | undefined {
  if (head.subarray(0, 8).equals(PNG_SIGNATURE)) return { checker: png(), signature: PNG_SIGNATURE.length };
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return { checker: jpeg(), signature: 2 }; // SOI
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return { checker: webp(head.readUInt32LE(4) + 8), signature: 0 };
  return undefined;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Signature, then chunks of length(4) type(4) data CRC(4); the CRC covers type and data. */
function png(): StructureChecker {
  let header = Buffer.alloc(0); // the 8-byte length+type, or the 4-byte CRC, being gathered
  let state: 'header' | 'data' | 'crc' | 'end' = 'header';
  let type = '';
  let remaining = 0;
  let crc = 0;
  let problem: string | undefined;
  const fail = (why: string) => {
    problem ??= why;
    state = 'end';
  };
  return {
    push(chunk) {
      let pos = 0;
      while (pos < chunk.length && state !== 'end' && !problem) {
        if (state === 'data') {
          const take = Math.min(remaining, chunk.length - pos);
          crc = crc32(chunk.subarray(pos, pos + take), crc);
          pos += take;
          remaining -= take;
          if (remaining === 0) state = 'crc';
          continue;
        }
        const want = state === 'header' ? 8 : 4;
        const take = Math.min(want - header.length, chunk.length - pos);
        header = Buffer.concat([header, chunk.subarray(pos, pos + take)]);
        pos += take;
        if (header.length < want) continue;
        if (state === 'header') {
          remaining = header.readUInt32BE(0);
          type = header.toString('latin1', 4, 8);
          if (!/^[A-Za-z]{4}$/.test(type) || remaining > 2 ** 31 - 1) fail('a PNG chunk header is garbled');
          crc = crc32(header.subarray(4, 8));
          state = remaining > 0 ? 'data' : 'crc';
        } else if (header.readUInt32BE(0) !== crc) {
          fail(`its PNG chunk ${type} fails its CRC check`);
        } else {
          state = type === 'IEND' ? 'end' : 'header';
        }
        header = Buffer.alloc(0);
      }
    },
    problem: () => problem ?? (state === 'end' ? undefined : 'the PNG ends before its IEND chunk (the file is truncated)'),
  };
}

/**
 * Segments `FF xx` with a 2-byte length, up to SOS; then entropy-coded data, where `FF 00` and the
 * restart markers are data and any other marker ends the scan. Done at EOI.
 */
function jpeg(): StructureChecker {
  let state: 'marker' | 'length' | 'segment' | 'scan' | 'end' = 'marker';
  let pending: number[] = [];
  let marker = 0;
  let remaining = 0;
  let problem: string | undefined;
  return {
    push(chunk) {
      let pos = 0;
      while (pos < chunk.length && state !== 'end' && !problem) {
        if (state === 'segment') {
          const take = Math.min(remaining, chunk.length - pos);
          pos += take;
          remaining -= take;
          if (remaining === 0) state = marker === 0xda ? 'scan' : 'marker';
          continue;
        }
        if (state === 'scan') {
          if (pending.length === 0) {
            const ff = chunk.indexOf(0xff, pos);
            if (ff < 0) break;
            pending.push(0xff);
            pos = ff + 1;
            continue;
          }
          const next = chunk[pos++];
          if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) pending = [];
          else if (next !== 0xff) {
            pending = [];
            marker = next;
            state = next === 0xd9 ? 'end' : 'length';
          }
          continue;
        }
        pending.push(chunk[pos++]);
        if (state === 'marker' && pending.length === 2) {
          if (pending[0] !== 0xff) problem = 'a JPEG segment does not start with a marker (the file is corrupt)';
          else if (pending[1] === 0xff)
            pending = [0xff]; // fill bytes
          else {
            marker = pending[1];
            pending = [];
            state = marker === 0xd9 ? 'end' : standalone(marker) ? 'marker' : 'length';
          }
        } else if (state === 'length' && pending.length === 2) {
          remaining = pending[0] * 256 + pending[1] - 2;
          pending = [];
          if (remaining < 0) problem = 'a JPEG segment has an impossible length (the file is corrupt)';
          state = remaining > 0 ? 'segment' : marker === 0xda ? 'scan' : 'marker';
        }
      }
    },
    problem: () => problem ?? (state === 'end' ? undefined : 'the JPEG ends before its end-of-image marker (the file is truncated)'),
  };
}

/** Markers without a length: TEM and the restart markers. */
function standalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

/** `RIFF` size(4, little-endian) `WEBP`: the size counts every byte after the first eight. */
function webp(declared: number): StructureChecker {
  let size = 0;
  return {
    push(chunk) {
      size += chunk.length;
    },
    problem: () => (size === declared ? undefined : `its RIFF header says ${declared} bytes but the file has ${size} (the file is truncated or corrupt)`),
  };
}
