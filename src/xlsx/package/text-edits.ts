/** Splices into a text at offsets of the original, applied in one pass: the bytes between them stay as they were. */
export class TextEdits {
  private readonly edits: { start: number; end: number; text: string; order: number }[] = [];

  constructor(readonly original: string) {}

  insert(at: number, text: string): this {
    return this.replace(at, at, text);
  }

  replace(start: number, end: number, text: string): this {
    this.edits.push({ start, end, text, order: this.edits.length });
    return this;
  }

  get changed(): boolean {
    return this.edits.length > 0;
  }

  result(): string {
    if (this.edits.length === 0) return this.original;
    const sorted = [...this.edits].sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
    const out: string[] = [];
    let at = 0;
    for (const edit of sorted) {
      if (edit.start < at) throw new Error(`overlapping edits at ${edit.start}`);
      out.push(this.original.slice(at, edit.start), edit.text);
      at = edit.end;
    }
    out.push(this.original.slice(at));
    return out.join("");
  }
}
