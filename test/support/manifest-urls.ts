import { descendants, localName, type XmlElement } from "./xml-tree";

/** Every absolute URL a manifest names (DefaultValue and Value attributes, AppDomain texts). */
export function allUrls(tree: XmlElement): string[] {
  const urls: string[] = [];
  for (const e of descendants(tree)) {
    for (const [key, value] of Object.entries(e.attrs)) {
      if (["DefaultValue", "Value"].includes(key) && /^[a-z]+:\/\//i.test(value)) urls.push(value);
    }
    if (localName(e) === "AppDomain") urls.push(e.text);
  }
  return urls;
}
