import type { Tag } from "./scan";

/** Attributes as written, with one set: replaced where present, added where not. */
export function withAttributeValue(attributes: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  return pattern.test(attributes) ? attributes.replace(pattern, `$1${name}="${value}"`) : `${attributes} ${name}="${value}"`;
}

/** A start tag with one attribute set. */
export function withAttribute(tag: Tag, name: string, value: string): string {
  return `<${tag.qualified}${withAttributeValue(tag.attributes, name, value)}${tag.kind === "empty" ? "/>" : ">"}`;
}

/** A start tag without one attribute. */
export function withoutAttribute(tag: Tag, name: string): string {
  const pattern = new RegExp(`\\s+${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  return `<${tag.qualified}${tag.attributes.replace(pattern, "")}${tag.kind === "empty" ? "/>" : ">"}`;
}
