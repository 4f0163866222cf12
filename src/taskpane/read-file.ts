/** A chosen file's bytes; FileReader where Blob.arrayBuffer is missing (older browsers). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("File tidak dapat dibaca."));
    reader.readAsArrayBuffer(file);
  });
}
