/*
 * A small pure string hash for identifiers that must be stable across runs and platforms (MIME
 * boundaries, Message-IDs, calendar UIDs). Not cryptographic: it only has to be deterministic and
 * spread well. Browser-safe (no node:crypto, no Buffer).
 */

/**
 * A 64-bit hash of `value` (two 32-bit lanes of a multiply-xorshift mix over its UTF-16 code
 * units), as 16 lowercase hex digits.
 */
export function hashHex(value: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, "0") + (h1 >>> 0).toString(16).padStart(8, "0");
}
