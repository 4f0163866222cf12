const ENCODER = new TextEncoder();
const CHUNK = 1 << 20;

/**
 * Text built piece by piece and encoded to UTF-8 a megabyte at a time: a 20 MB report sheet is
 * never held as one string beside its bytes, nor as a million pieces waiting for a join. Given a
 * sink, each megabyte goes there as it is encoded (to be compressed) and nothing is kept.
 */
export class Utf8Chunks {
  private pending = "";
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  constructor(private readonly sink?: (bytes: Uint8Array) => void) {}

  add(text: string): void {
    this.pending += text;
    if (this.pending.length >= CHUNK) this.flush();
  }

  /** Everything added, as one array of bytes (without a sink). */
  bytes(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    this.chunks.length = 0;
    return out;
  }

  /** Sends what is still pending to the sink. */
  end(): void {
    this.flush();
  }

  private flush(): void {
    if (!this.pending) return;
    const chunk = ENCODER.encode(this.pending);
    this.pending = "";
    if (this.sink) return this.sink(chunk);
    this.chunks.push(chunk);
    this.length += chunk.length;
  }
}
