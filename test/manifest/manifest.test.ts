import { readFileSync } from "fs";
import { join } from "path";
import { allUrls } from "../support/manifest-urls";
import { child, descendants, localName, parseXml, type XmlElement } from "../support/xml-tree";

/**
 * Offline checks of manifest.xml: the Microsoft validation service can't be reached from here,
 * so these are the rules that make Office refuse or misload an add-in, checked by hand. The built
 * manifest (dist/manifest.xml) is checked in test/build/manifest-built.test.ts.
 */
const ROOT = join(__dirname, "..", "..");
const source = parseXml(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
const elements = (tree: XmlElement) => [...descendants(tree)];

function resources(tree: XmlElement) {
  const byKind = new Map<string, Map<string, XmlElement>>();
  const resourcesElement = elements(tree).find((e) => localName(e) === "Resources")!;
  for (const group of resourcesElement.children) {
    byKind.set(localName(group), new Map(group.children.map((item) => [item.attrs.id!, item])));
  }
  return byKind;
}

/** Which resource group each kind of reference must point into. */
function expectedGroup(referrer: XmlElement, parentName: string): string {
  if (localName(referrer) === "Image") return "Images";
  if (localName(referrer) === "SourceLocation" || ["LearnMoreUrl", "FunctionFile", "Runtime"].includes(localName(referrer)))
    return "Urls";
  if (parentName === "Supertip" && localName(referrer) === "Description") return "LongStrings";
  if (parentName === "GetStarted" && localName(referrer) === "Description") return "LongStrings";
  return "ShortStrings";
}

function referencesWithParent(tree: XmlElement): { element: XmlElement; parent: string }[] {
  const found: { element: XmlElement; parent: string }[] = [];
  const walk = (element: XmlElement) => {
    for (const c of element.children) {
      if (c.attrs.resid !== undefined) found.push({ element: c, parent: localName(element) });
      walk(c);
    }
  };
  walk(tree);
  return found;
}

describe("manifest.xml", () => {
  test("every resid resolves to a resource of the right kind", () => {
    const byKind = resources(source);
    const references = referencesWithParent(source);
    expect(references.length).toBeGreaterThan(15);
    for (const { element, parent } of references) {
      const group = expectedGroup(element, parent);
      expect({ resid: element.attrs.resid, found: byKind.get(group)?.has(element.attrs.resid!) ?? false }).toEqual({
        resid: element.attrs.resid,
        found: true,
      });
    }
  });

  test("resource ids and control ids are unique and at most 32 characters", () => {
    const ids = elements(source)
      .filter((e) => e.attrs.id !== undefined)
      .map((e) => e.attrs.id!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect({ id, length: id.length <= 32 }).toEqual({ id, length: true });
  });

  test("every URL is https", () => {
    const urls = allUrls(source);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  test("a shared runtime with a long lifetime, declared first in the Excel host", () => {
    const sets = elements(source)
      .filter((e) => localName(e) === "Set")
      .map((e) => [e.attrs.Name, e.attrs.MinVersion]);
    expect(sets).toContainEqual(["SharedRuntime", "1.1"]);
    const host = elements(source).find((e) => localName(e) === "Host" && e.attrs["xsi:type"] === "Workbook")!;
    expect(localName(host.children[0]!)).toBe("Runtimes");
    const runtime = child(host.children[0]!, "Runtime")!;
    expect(runtime.attrs.lifetime).toBe("long");
    // The custom functions page and the ribbon's function file are the runtime's page.
    const page = elements(host).find((e) => localName(e) === "Page")!;
    expect(child(page, "SourceLocation")!.attrs.resid).toBe(runtime.attrs.resid);
    expect(child(host, "DesktopFormFactor") && elements(host).find((e) => localName(e) === "FunctionFile")!.attrs.resid).toBe(
      runtime.attrs.resid,
    );
  });

  test("the functions' namespace is LAPKIN", () => {
    const namespace = elements(source).find((e) => localName(e) === "Namespace")!;
    expect(resources(source).get("ShortStrings")!.get(namespace.attrs.resid!)!.attrs.DefaultValue).toBe("LAPKIN");
  });

  test("a LAPKIN ribbon tab whose Buat Laporan is a menu of the documents (each ExecuteFunction), and a button that opens the pane", () => {
    const tab = elements(source).find((e) => localName(e) === "CustomTab")!;
    const strings = resources(source).get("ShortStrings")!;
    expect(strings.get(child(tab, "Label")!.attrs.resid!)!.attrs.DefaultValue).toBe("LAPKIN");
    const controls = elements(tab).filter((e) => localName(e) === "Control");
    const labelOf = (control: XmlElement) => strings.get(child(control, "Label")!.attrs.resid!)!.attrs.DefaultValue;
    const actionOf = (control: XmlElement) => child(control, "Action")!;
    const buat = controls.find((c) => labelOf(c) === "Buat Laporan")!;
    expect(buat.attrs["xsi:type"]).toBe("Menu");
    // Required of a menu: label, supertip, icon and items (Office refuses the manifest otherwise).
    for (const part of ["Label", "Supertip", "Icon", "Items"])
      expect({ part, present: child(buat, part) !== undefined }).toEqual({ part, present: true });
    const items = child(buat, "Items")!.children;
    expect(items.map(labelOf)).toEqual([
      "Laporan Kinerja",
      "Perjanjian Kinerja",
      "Rencana Aksi",
      "Evaluasi Renja",
      "Semua Dokumen",
    ]);
    for (const item of items) {
      expect(actionOf(item).attrs["xsi:type"]).toBe("ExecuteFunction");
      expect(child(item, "Supertip")).toBeDefined();
    }
    const functions = items.map((item) => child(actionOf(item), "FunctionName")!.text);
    expect(new Set(functions).size).toBe(items.length);
    expect(controls.some((c) => child(c, "Action")?.attrs["xsi:type"] === "ShowTaskpane")).toBe(true);
  });

  test("Indonesian by default, with English for every string a user reads", () => {
    expect(elements(source).find((e) => localName(e) === "DefaultLocale")!.text).toBe("id-ID");
    const strings = [...resources(source).get("ShortStrings")!.values(), ...resources(source).get("LongStrings")!.values()];
    for (const s of strings.filter((s) => s.attrs.id !== "Functions.Namespace")) {
      expect({ id: s.attrs.id, english: s.children.some((o) => o.attrs.Locale === "en-US") }).toEqual({
        id: s.attrs.id,
        english: true,
      });
    }
  });

  test("asks for no more than it needs: ReadWriteDocument, no AppDomains", () => {
    expect(elements(source).find((e) => localName(e) === "Permissions")!.text).toBe("ReadWriteDocument");
    expect(elements(source).some((e) => localName(e) === "AppDomains")).toBe(false);
  });
});
