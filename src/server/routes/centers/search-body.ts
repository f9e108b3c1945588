import type { CenterIndex, NearCenter } from '../../../domain/centers/center-index.js';
import type { Origin } from '../../../domain/centers/origin.js';
import { centerResult, centerSearchResponse } from '../../../shared/centers.js';
import { compileResponseSerializer } from '../../response-serializer.js';
import type { ListedCenter } from '../../services/centers/center-directory.js';

/**
 * The written centers of one index, by slot: JSON up to `"distanceMiles":` and from the comma after the
 * distance, and their byte lengths together (0: not written yet) so measuring an answer reads one array.
 */
interface Pieces {
  heads: Buffer[];
  tails: Buffer[];
  sizes: Int32Array;
}

/** Answers are cut from slabs this big, as Node cuts small buffers from its pool (one allocation per ~60). */
const SLAB_BYTES = 1 << 20;

/**
 * Writes a finder response: the bytes `centerSearchResponse`'s serializer writes, from pieces.
 * A center's JSON is the same in every answer but for its distance, and writing and encoding 20 centers
 * (~15 KB) took ~130 µs, ten times the search. So each center is written once, through the response
 * schema (the allow-list: the fields before `distanceMiles`, and those after it), and encoded once, the
 * first time a search finds it; an answer is then the pieces and distances copied into one buffer.
 * The pieces of an index live as long as the index (a WeakMap: a reloaded directory's are dropped).
 */
export function createSearchBodyWriter(): (
  origin: Origin,
  index: CenterIndex<ListedCenter>,
  found: readonly NearCenter<ListedCenter>[],
) => Buffer {
  type Key = keyof typeof centerResult.shape;
  const keys = Object.keys(centerResult.shape) as Key[];
  const at = keys.indexOf('distanceMiles');
  if (at <= 0 || at === keys.length - 1) throw new Error('distanceMiles must sit between other fields');
  const pick = (names: Key[]) =>
    Object.fromEntries(names.map((k) => [k, true])) as Partial<Record<Key, true>>;
  const writeHead = compileResponseSerializer(centerResult.pick(pick(keys.slice(0, at))));
  const writeTail = compileResponseSerializer(centerResult.pick(pick(keys.slice(at + 1))));
  const writeOrigin = compileResponseSerializer(centerSearchResponse.shape.origin);
  const piecesByIndex = new WeakMap<CenterIndex<ListedCenter>, Pieces>();
  const kept = new Int32Array(64);

  let slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
  let used = 0;
  /** A fresh buffer of `length` bytes; never handed out twice (a sent answer may still be queued). */
  function allocate(length: number): Buffer {
    if (length > SLAB_BYTES / 4) return Buffer.allocUnsafe(length);
    if (used + length > SLAB_BYTES) {
      slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
      used = 0;
    }
    const out = slab.subarray(used, used + length);
    // Aligned to 8 bytes, as Node's pool does.
    used += (length + 7) & ~7;
    return out;
  }

  function piecesOf(index: CenterIndex<ListedCenter>): Pieces {
    let pieces = piecesByIndex.get(index);
    if (!pieces) {
      pieces = {
        heads: new Array(index.size),
        tails: new Array(index.size),
        sizes: new Int32Array(index.size),
      };
      piecesByIndex.set(index, pieces);
    }
    return pieces;
  }

  function write(pieces: Pieces, { center, slot }: NearCenter<ListedCenter>): number {
    const head = Buffer.from(`${writeHead(center).slice(0, -1)},"distanceMiles":`);
    const tail = Buffer.from(`,${writeTail(center).slice(1)}`);
    pieces.heads[slot] = head;
    pieces.tails[slot] = tail;
    pieces.sizes[slot] = head.length + tail.length;
    return head.length + tail.length;
  }

  return (origin, index, found) => {
    const pieces = piecesOf(index);
    const { heads, tails, sizes } = pieces;
    const open = `{"origin":${writeOrigin(origin)},"centers":[`;
    let length = Buffer.byteLength(open) + Math.max(0, found.length - 1) + 2;
    const tenths = found.length <= kept.length ? kept : new Int32Array(found.length);
    for (let i = 0; i < found.length; i++) {
      // Miles to one decimal (roundMiles), as whole tenths: written below as JSON writes the number.
      const t = Math.round(found[i]!.miles * 10);
      tenths[i] = t;
      length +=
        (sizes[found[i]!.slot] || write(pieces, found[i]!)) +
        digits(Math.floor(t / 10)) +
        (t % 10 === 0 ? 0 : 2);
    }
    const body = allocate(length);
    let n = body.write(open);
    for (let i = 0; i < found.length; i++) {
      if (i > 0) body[n++] = 0x2c; // ,
      const slot = found[i]!.slot;
      const head = heads[slot]!;
      // Whole-buffer `set`: `copy` with a range makes a view per call.
      body.set(head, n);
      n += head.length;
      const t = tenths[i]!;
      n = writeWhole(body, n, Math.floor(t / 10));
      if (t % 10 !== 0) {
        body[n++] = 0x2e; // .
        body[n++] = 0x30 + (t % 10);
      }
      const tail = tails[slot]!;
      body.set(tail, n);
      n += tail.length;
    }
    body[n++] = 0x5d; // ]
    body[n++] = 0x7d; // }
    return body;
  };
}

/** How many decimal digits a whole number >= 0 has. */
function digits(whole: number): number {
  let d = 1;
  while (whole >= 10) {
    whole = Math.floor(whole / 10);
    d++;
  }
  return d;
}

/** Writes a whole number >= 0 in decimal at `at`; returns the position after it. */
function writeWhole(body: Buffer, at: number, whole: number): number {
  const end = at + digits(whole);
  let i = end;
  do {
    body[--i] = 0x30 + (whole % 10);
    whole = Math.floor(whole / 10);
  } while (whole > 0);
  return end;
}
