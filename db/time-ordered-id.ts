import { randomBytes } from 'node:crypto';

// A UUIDv7 (RFC 9562): 48 bits of milliseconds, then a 12-bit counter, then random bits. Rows
// written in the same millisecond by this process sort by the counter, in the order they were
// written — so "newest first, then id" is a stable order, not a coin toss between random ids.
let lastMs = -1;
let counter = 0;

export function timeOrderedId(at: Date): string {
  let ms = at.getTime();
  if (ms > lastMs) {
    lastMs = ms;
    counter = 0;
  } else {
    // Same millisecond (or a clock step back): count on from the last id.
    ms = lastMs;
    counter += 1;
    if (counter > 0xfff) {
      lastMs += 1;
      ms = lastMs;
      counter = 0;
    }
  }
  const hex = ms.toString(16).padStart(12, '0');
  const rand = randomBytes(8);
  rand[0] = (rand[0]! & 0x3f) | 0x80; // the RFC's variant bits
  const tail = rand.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8)}-7${counter.toString(16).padStart(3, '0')}-${tail.slice(0, 4)}-${tail.slice(4)}`;
}
