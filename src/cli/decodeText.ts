/** Bytes of a corpus file to text, or the reason it is not text. */

export type Decoded = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'binary'; readonly reason: string };

/** How much of a file is inspected to decide whether it is binary. */
const SAMPLE_BYTES = 64 * 1024;
/** Above this share of replacement characters or control characters, a file is not text. */
const MAX_SUSPICIOUS_RATIO = 0.1;
/** C0 controls other than tab, line feed, form feed and carriage return, plus DEL. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g; // eslint-disable-line no-control-regex

function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Decodes UTF-8 (or UTF-16 with a byte-order mark). A file with NUL bytes, or whose start is more than 10%
 * invalid UTF-8 or control characters, is binary.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const encoding = encodingOf(bytes);
  if (encoding === 'utf-8' && bytes.includes(0)) return { kind: 'binary', reason: 'contains NUL bytes' };
  const text = new TextDecoder(encoding, { fatal: false }).decode(bytes);
  const sample = text.slice(0, SAMPLE_BYTES);
  const suspicious = sample.match(CONTROL)?.length ?? 0;
  if (sample.length > 0 && suspicious / sample.length > MAX_SUSPICIOUS_RATIO) {
    return { kind: 'binary', reason: `${Math.round((100 * suspicious) / sample.length)}% of its start is not text` };
  }
  if (encoding !== 'utf-8' && text.includes('\u0000')) return { kind: 'binary', reason: 'contains NUL characters' };
  return { kind: 'text', text };
}
