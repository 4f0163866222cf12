const ENCODER = new TextEncoder();
/** Bytes handed on at a time (to be compressed, or kept). */
const CHUNK_BYTES = 1 << 20;
/**
 * Characters gathered before they are encoded: few enough that the joined text stays a small,
 * short-lived string. A megabyte of text joined at once is a large object, which the engine
 * keeps until a full collection; a sheet of 20 MB left twenty of them behind.
 */
const TEXT = 1 << 14;

/**
 * Text built piece by piece and encoded to UTF-8 into megabyte chunks: a 20 MB report sheet is
 * never held as one string beside its bytes, nor as a million pieces waiting for a join. Given a
 * sink, each chunk goes there when full (to be compressed) and nothing is kept.
 */
export class Utf8Chunks {
  private pending = "";
  private chunk = new Uint8Array(CHUNK_BYTES);
  private used = 0;
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  constructor(private readonly sink?: (bytes: Uint8Array) => void) {}

  add(text: string): void {
    this.pending += text;
    if (this.pending.length >= TEXT) this.encodePending();
  }

  /** Everything added, as one array of bytes (without a sink). */
  bytes(): Uint8Array {
    this.end();
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    this.chunks.length = 0;
    return out;
  }

  /** Hands on what is still pending. */
  end(): void {
    this.encodePending();
    this.handOn();
  }

  private encodePending(): void {
    const text = this.pending;
    if (!text) return;
    this.pending = "";
    // A UTF-16 unit takes at most three bytes; a text longer than a chunk gets a chunk of its own.
    if (this.used + text.length * 3 > this.chunk.length) {
      this.handOn();
      if (text.length * 3 > this.chunk.length) this.chunk = new Uint8Array(text.length * 3);
    }
    this.used += ENCODER.encodeInto(text, this.chunk.subarray(this.used)).written;
  }

  private handOn(): void {
    if (this.used === 0) return;
    const full = this.chunk.subarray(0, this.used);
    this.chunk = new Uint8Array(CHUNK_BYTES);
    this.used = 0;
    if (this.sink) return this.sink(full);
    this.chunks.push(full);
    this.length += full.length;
  }
}
