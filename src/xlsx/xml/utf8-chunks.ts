const ENCODER = new TextEncoder();
const CHUNK = 1 << 20;

/**
 * Text built piece by piece and encoded to UTF-8 a megabyte at a time: a 20 MB report sheet is
 * never held as one string beside its bytes, nor as a million pieces waiting for a join.
 */
export class Utf8Chunks {
  private pending = "";
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  add(text: string): void {
    this.pending += text;
    if (this.pending.length >= CHUNK) this.flush();
  }

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

  private flush(): void {
    if (!this.pending) return;
    const chunk = ENCODER.encode(this.pending);
    this.chunks.push(chunk);
    this.length += chunk.length;
    this.pending = "";
  }
}
