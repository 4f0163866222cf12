import { readCentralDirectory, type ZipEntry } from "../zip/central-directory";
import { inflateEntry } from "../zip/inflate-entry";
import { fflateCodec, type Codec, type PartPacker } from "../zip/codec";
import { packPart, unpackPart, writeZip, type PackedPart, type ZipItem } from "../zip/write-zip";

const DECODER = new TextDecoder("utf-8");
const ENCODER = new TextEncoder();

/**
 * A package's parts: the source archive's entries, of which some are replaced, removed or added.
 * Written out, every part not touched is copied from the source still compressed, so its bytes
 * stay exactly as they were; changed parts keep their place in the archive's order.
 */
export class PackageDraft {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly order: string[] = [];
  private readonly replaced = new Map<string, { name: string; packed: PackedPart }>();
  private readonly removed = new Set<string>();
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly archive: Uint8Array = new Uint8Array(0),
    entries: readonly ZipEntry[] = archive.length ? readCentralDirectory(archive) : [],
    private readonly codec: Codec = fflateCodec,
  ) {
    for (const entry of entries) {
      const key = entry.name.toLowerCase();
      if (this.entries.has(key)) continue;
      this.entries.set(key, entry);
      this.order.push(key);
    }
  }

  /** A draft of the same package whose changes don't reach this one (a report may be generated twice from one load). */
  fork(): PackageDraft {
    const copy = new PackageDraft(this.archive, [...this.entries.values()], this.codec);
    for (const [key, value] of this.replaced) copy.replaced.set(key, value);
    for (const key of this.removed) copy.removed.add(key);
    for (const [key, value] of this.texts) copy.texts.set(key, value);
    return copy;
  }

  has(part: string): boolean {
    const key = part.toLowerCase();
    return !this.removed.has(key) && (this.replaced.has(key) || this.entries.has(key));
  }

  /** The part's text (UTF-8, or UTF-16 with its byte-order mark), or null when there is no such part. */
  text(part: string): string | null {
    const key = part.toLowerCase();
    if (this.removed.has(key)) return null;
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const bytes = this.bytes(part);
    if (bytes === null) return null;
    const text = decodeXml(bytes);
    this.texts.set(key, text);
    return text;
  }

  bytes(part: string): Uint8Array | null {
    const key = part.toLowerCase();
    if (this.removed.has(key)) return null;
    const replaced = this.replaced.get(key);
    if (replaced) return unpackPart(replaced.packed, this.codec);
    const entry = this.entries.get(key);
    return entry ? inflateEntry(this.archive, entry, this.codec) : null;
  }

  setText(part: string, text: string): void {
    this.setBytes(part, ENCODER.encode(text));
    this.texts.set(part.toLowerCase(), text);
  }

  setBytes(part: string, data: Uint8Array): void {
    this.setPacked(part, packPart(data, this.codec));
  }

  /** Compresses a part handed over piece by piece (a large sheet), for `setPacked`. */
  packer(): PartPacker {
    return this.codec.packer();
  }

  /** A part's new bytes, already packed as they were made. */
  setPacked(part: string, packed: PackedPart): void {
    const key = part.toLowerCase();
    this.removed.delete(key);
    this.texts.delete(key);
    this.replaced.set(key, { name: this.entries.get(key)?.name ?? part, packed });
  }

  remove(part: string): void {
    const key = part.toLowerCase();
    this.replaced.delete(key);
    this.texts.delete(key);
    this.removed.add(key);
  }

  /** Every part the package holds now, as zip entry names. */
  partNames(): string[] {
    const kept = this.order.filter((key) => !this.removed.has(key)).map((key) => this.entries.get(key)!.name);
    const added = [...this.replaced].filter(([key]) => !this.entries.has(key)).map(([, part]) => part.name);
    return kept.concat(added);
  }

  /** Parts added, replaced or removed, as zip entry names. */
  changedParts(): string[] {
    return [...this.replaced.values()].map((p) => p.name).concat([...this.removed].map((k) => this.entries.get(k)?.name ?? k));
  }

  toBytes(): Uint8Array {
    const items: ZipItem[] = [];
    for (const key of this.order) {
      if (this.removed.has(key)) continue;
      const replaced = this.replaced.get(key);
      const entry = this.entries.get(key)!;
      if (replaced) items.push({ name: entry.name, packed: replaced.packed });
      else items.push({ name: entry.name, copy: entry, from: this.archive });
    }
    for (const [key, part] of this.replaced) if (!this.entries.has(key)) items.push({ name: part.name, packed: part.packed });
    return writeZip(items);
  }
}

function decodeXml(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  if (!utf16) return DECODER.decode(bytes);
  // A part LAPKIN changes is written back as UTF-8, so its declaration must say so.
  return new TextDecoder(utf16).decode(bytes).replace(/^(<\?xml[^>]*encoding\s*=\s*["'])UTF-16(["'])/i, "$1UTF-8$2");
}
