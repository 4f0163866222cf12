import { readFileSync } from "fs";
import { join } from "path";
import { localName, parseXml, type XmlElement } from "./xml-tree";

/**
 * A check of XML against the ECMA-376 schemas themselves (test/support/ecma-376, the Transitional
 * XSDs of ISO/IEC 29500-4): each element's children must match its type's content model
 * (sequence, choice, group, minOccurs/maxOccurs), each attribute must be declared, each required
 * one present, and every attribute value and text must be of its simple type (enumerations,
 * patterns, bounds, lengths). It reads what these schemas use and no more: an XSD construct it
 * doesn't know is an error, never a pass. Identity constraints and xsd:any's namespace lists are
 * not checked (dml-chart and dml-spreadsheetDrawing use neither for what LAPKIN writes).
 */
export const ECMA_376 = join(__dirname, "ecma-376");
const XSD_FILES = [
  "dml-chart.xsd",
  "dml-main.xsd",
  "dml-spreadsheetDrawing.xsd",
  "shared-relationshipReference.xsd",
  "shared-commonSimpleTypes.xsd",
];
const XSD_NS = "http://www.w3.org/2001/XMLSchema";

/** A name with its namespace: "{ns}local". */
type QName = string;
const qname = (ns: string, local: string): QName => `{${ns}}${local}`;

/** A declaration inside the schema file it came from (QNames in it resolve against that file's prefixes). */
interface Located {
  readonly node: XmlElement;
  readonly schema: SchemaFile;
}

interface SchemaFile {
  readonly targetNamespace: string;
  readonly prefixes: ReadonlyMap<string, string>;
}

/** A content model compiled to a regular expression over the children's names. */
interface CompiledType {
  readonly pattern: RegExp | null;
  readonly describe: string;
  /** The declaration of each child element the model names. */
  readonly children: ReadonlyMap<QName, Located>;
  readonly attributes: ReadonlyMap<string, { type: Located | QName; required: boolean }>;
  /** Simple content: the text's type; null for element-only content. */
  readonly text: Located | QName | null;
  readonly hasAny: boolean;
  /** Whether an element matched by xsd:any must have a declaration (processContents="strict", the default). */
  readonly anyStrict: boolean;
}

export class SchemaSet {
  private readonly complexTypes = new Map<QName, Located>();
  private readonly simpleTypes = new Map<QName, Located>();
  private readonly groups = new Map<QName, Located>();
  private readonly attributeGroups = new Map<QName, Located>();
  private readonly elements = new Map<QName, Located>();
  private readonly globalAttributes = new Map<QName, Located>();
  private readonly compiled = new Map<XmlElement, CompiledType>();
  private readonly tokens = new Map<QName, string>();

  constructor(files: readonly string[] = XSD_FILES, folder = ECMA_376) {
    for (const file of files) {
      const root = parseXml(readFileSync(join(folder, file), "utf8"));
      const prefixes = new Map<string, string>();
      for (const [name, value] of Object.entries(root.attrs))
        if (name === "xmlns") prefixes.set("", value);
        else if (name.startsWith("xmlns:")) prefixes.set(name.slice(6), value);
      const schema: SchemaFile = { targetNamespace: root.attrs.targetNamespace ?? "", prefixes };
      const tables: Record<string, Map<QName, Located>> = {
        complexType: this.complexTypes,
        simpleType: this.simpleTypes,
        group: this.groups,
        attributeGroup: this.attributeGroups,
        element: this.elements,
        attribute: this.globalAttributes,
      };
      for (const node of root.children) {
        const table = tables[localName(node)];
        if (table) table.set(qname(schema.targetNamespace, node.attrs.name!), { node, schema });
        else if (!["import", "annotation"].includes(localName(node)))
          throw new Error(`${file}: top-level ${node.name} not understood`);
      }
    }
  }

  /** The errors of a document, each with the path of the element it concerns; none when it is valid. */
  validate(xml: string): string[] {
    const root = parseXml(xml);
    const errors: string[] = [];
    const scope = namespacesOf(root, new Map());
    const name = resolveInstance(root.name, scope);
    const declaration = this.elements.get(name);
    if (!declaration) return [`${root.name}: no global element ${name} in the schemas`];
    this.checkElement(root, declaration, scope, root.name, errors);
    return errors;
  }

  private checkElement(
    element: XmlElement,
    declaration: Located,
    parentScope: Map<string, string>,
    path: string,
    errors: string[],
  ) {
    const scope = namespacesOf(element, parentScope);
    const type = this.typeOf(declaration);
    if (type === qname(XSD_NS, "anyType")) return;
    if (typeof type === "string" || localName(type.node) === "simpleType") {
      if (element.children.length) errors.push(`${path}: a simple-typed element holds elements`);
      const problem = this.checkSimple(element.text, type);
      if (problem) errors.push(`${path}: text "${element.text}" ${problem}`);
      return;
    }
    const compiled = this.compile(type);
    const tokens = element.children.map((child) => this.token(resolveInstance(child.name, namespacesOf(child, scope))));
    if (compiled.pattern && !compiled.pattern.test(tokens.join("")))
      errors.push(`${path}: children [${element.children.map((c) => c.name).join(", ")}] do not fit ${compiled.describe}`);
    this.checkAttributes(element, compiled, scope, path, errors);
    for (const child of element.children) {
      const childScope = namespacesOf(child, scope);
      const name = resolveInstance(child.name, childScope);
      const childPath = `${path}/${child.name}`;
      const local = compiled.children.get(name);
      if (local) this.checkElement(child, local, scope, childPath, errors);
      else {
        const global = this.elements.get(name);
        if (global && compiled.hasAny) this.checkElement(child, global, scope, childPath, errors);
        else if (compiled.anyStrict) errors.push(`${childPath}: no declaration for ${name} (xsd:any is strict)`);
      }
    }
  }

  private checkAttributes(
    element: XmlElement,
    compiled: CompiledType,
    scope: Map<string, string>,
    path: string,
    errors: string[],
  ) {
    const seen = new Set<string>();
    for (const [name, value] of Object.entries(element.attrs)) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      const key = name.includes(":") ? resolveInstance(name, scope) : name;
      const declared = compiled.attributes.get(key);
      if (!declared) {
        errors.push(`${path}: attribute ${name} is not declared`);
        continue;
      }
      seen.add(key);
      const problem = this.checkSimple(value, declared.type);
      if (problem) errors.push(`${path}/@${name}: "${value}" ${problem}`);
    }
    for (const [key, declared] of compiled.attributes)
      if (declared.required && !seen.has(key)) errors.push(`${path}: required attribute ${key} is missing`);
  }

  private typeOf(declaration: Located): Located | QName {
    const { node, schema } = declaration;
    if (node.attrs.ref) {
      const target = this.elements.get(resolveSchema(node.attrs.ref, schema));
      if (!target) throw new Error(`no element ${node.attrs.ref}`);
      return this.typeOf(target);
    }
    const inline = node.children.find((c) => ["complexType", "simpleType"].includes(localName(c)));
    if (inline) return { node: inline, schema };
    const type = node.attrs.type ? resolveSchema(node.attrs.type, schema) : qname(XSD_NS, "anyType");
    return this.complexTypes.get(type) ?? this.simpleTypes.get(type) ?? type;
  }

  private token(name: QName): string {
    let token = this.tokens.get(name);
    if (!token) this.tokens.set(name, (token = `<${this.tokens.size}>`));
    return token;
  }

  private compile(type: Located): CompiledType {
    const cached = this.compiled.get(type.node);
    if (cached) return cached;
    const children = new Map<QName, Located>();
    const attributes = new Map<string, { type: Located | QName; required: boolean }>();
    let hasAny = false;
    let anyStrict = false;
    const particle = (node: XmlElement, schema: SchemaFile): string => {
      const kind = localName(node);
      const min = node.attrs.minOccurs ?? "1";
      const max = node.attrs.maxOccurs ?? "1";
      const times = min === "1" && max === "1" ? "" : max === "unbounded" ? `{${min},}` : `{${min},${max}}`;
      const inner = node.children.filter((c) => localName(c) !== "annotation");
      switch (kind) {
        case "element": {
          const name = node.attrs.ref ? resolveSchema(node.attrs.ref, schema) : qname(schema.targetNamespace, node.attrs.name!);
          children.set(name, { node, schema });
          return `(?:${this.token(name)})${times}`;
        }
        case "sequence":
          return `(?:${inner.map((c) => particle(c, schema)).join("")})${times}`;
        case "choice":
          return `(?:${inner.map((c) => particle(c, schema)).join("|")})${times}`;
        case "group": {
          const group = this.groups.get(resolveSchema(node.attrs.ref!, schema));
          if (!group) throw new Error(`no group ${node.attrs.ref}`);
          const body = group.node.children.filter((c) => localName(c) !== "annotation");
          return `(?:${body.map((c) => particle(c, group.schema)).join("")})${times}`;
        }
        case "any":
          hasAny = true;
          anyStrict ||= (node.attrs.processContents ?? "strict") === "strict";
          return `(?:<\\d+>)${times}`;
        default:
          throw new Error(`content model ${node.name} not understood`);
      }
    };
    const addAttributes = (owner: XmlElement, schema: SchemaFile) => {
      for (const node of owner.children) {
        const kind = localName(node);
        if (kind === "attribute") {
          const required = node.attrs.use === "required";
          if (node.attrs.ref) {
            const name = resolveSchema(node.attrs.ref, schema);
            const global = this.globalAttributes.get(name);
            if (!global) throw new Error(`no attribute ${node.attrs.ref}`);
            attributes.set(name, { type: this.attributeType(global), required });
          } else attributes.set(node.attrs.name!, { type: this.attributeType({ node, schema }), required });
        } else if (kind === "attributeGroup") {
          const group = this.attributeGroups.get(resolveSchema(node.attrs.ref!, schema));
          if (!group) throw new Error(`no attribute group ${node.attrs.ref}`);
          addAttributes(group.node, group.schema);
        } else if (kind === "anyAttribute") throw new Error("anyAttribute not understood");
      }
    };
    let pattern: RegExp | null = null;
    let describe = type.node.attrs.name ?? "an anonymous type";
    let text: Located | QName | null = null;
    if (localName(type.node) !== "complexType") text = type;
    for (const node of type.node.children) {
      const kind = localName(node);
      if (["sequence", "choice", "group"].includes(kind)) pattern = new RegExp(`^${particle(node, type.schema)}$`);
      else if (["complexContent", "simpleContent", "all"].includes(kind) || type.node.attrs.mixed)
        throw new Error(`${describe}: ${kind} not understood`);
    }
    // A complex type without a content model has empty content.
    if (!pattern && localName(type.node) === "complexType") pattern = /^$/;
    if (pattern) describe = `${describe} (${type.schema.targetNamespace.replace(/^.*\//, "")})`;
    addAttributes(type.node, type.schema);
    const result: CompiledType = { pattern, describe, children, attributes, text, hasAny, anyStrict };
    this.compiled.set(type.node, result);
    return result;
  }

  private attributeType(declaration: Located): Located | QName {
    const inline = declaration.node.children.find((c) => localName(c) === "simpleType");
    if (inline) return { node: inline, schema: declaration.schema };
    const type = resolveSchema(declaration.node.attrs.type ?? "xsd:anySimpleType", declaration.schema);
    return this.simpleTypes.get(type) ?? type;
  }

  /** Why `value` is not of the simple type, or null when it is. */
  private checkSimple(value: string, type: Located | QName): string | null {
    if (typeof type === "string") return builtinProblem(value, type);
    const { node, schema } = type;
    const body = node.children.find((c) => localName(c) !== "annotation");
    if (!body) throw new Error(`simple type ${node.attrs.name} has no body`);
    if (localName(body) === "union") {
      const members = (body.attrs.memberTypes ?? "")
        .split(/\s+/)
        .filter(Boolean)
        .map((m): Located | QName => {
          const name = resolveSchema(m, schema);
          return this.simpleTypes.get(name) ?? name;
        })
        .concat(body.children.filter((c) => localName(c) === "simpleType").map((c) => ({ node: c, schema })));
      return members.some((m) => this.checkSimple(value, m) === null)
        ? null
        : `is none of ${node.attrs.name ?? "a union"}'s members`;
    }
    if (localName(body) !== "restriction") throw new Error(`simple type ${body.name} not understood`);
    const baseName = resolveSchema(body.attrs.base!, schema);
    const base = this.simpleTypes.get(baseName) ?? baseName;
    const problem = this.checkSimple(value, base);
    if (problem) return problem;
    const facets = body.children.filter((c) => localName(c) !== "annotation");
    const enumeration = facets.filter((f) => localName(f) === "enumeration").map((f) => f.attrs.value!);
    if (enumeration.length && !enumeration.includes(value)) return `is not one of ${node.attrs.name}'s values`;
    const lengthOf = () => (baseName === qname(XSD_NS, "hexBinary") ? value.length / 2 : [...value].length);
    for (const facet of facets) {
      const limit = facet.attrs.value!;
      const fails: Record<string, () => boolean> = {
        enumeration: () => false,
        pattern: () => !new RegExp(`^(?:${limit})$`).test(value),
        minInclusive: () => Number(value) < Number(limit),
        maxInclusive: () => Number(value) > Number(limit),
        minExclusive: () => Number(value) <= Number(limit),
        maxExclusive: () => Number(value) >= Number(limit),
        length: () => lengthOf() !== Number(limit),
        minLength: () => lengthOf() < Number(limit),
        maxLength: () => lengthOf() > Number(limit),
      };
      const check = fails[localName(facet)];
      if (!check) throw new Error(`facet ${facet.name} not understood`);
      if (check()) return `breaks ${node.attrs.name ?? "the type"}'s ${localName(facet)} ${limit}`;
    }
    return null;
  }
}

const INTEGER_RANGES: Record<string, [number, number]> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  int: [-2147483648, 2147483647],
  long: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  integer: [-Infinity, Infinity],
  unsignedByte: [0, 255],
  unsignedShort: [0, 65535],
  unsignedInt: [0, 4294967295],
  unsignedLong: [0, Infinity],
};

/** The XML Schema built-in types these schemas use. */
function builtinProblem(value: string, type: QName): string | null {
  const local = type.replace(/^\{[^}]*\}/, "");
  if (!type.startsWith(`{${XSD_NS}}`)) throw new Error(`type ${type} not found`);
  if (
    ["string", "token", "normalizedString", "anyURI", "anySimpleType", "ID", "NCName", "base64Binary", "dateTime"].includes(local)
  )
    return null;
  if (local === "boolean") return /^(true|false|1|0)$/.test(value) ? null : "is not a boolean";
  if (local === "hexBinary") return /^([0-9A-Fa-f]{2})*$/.test(value) ? null : "is not hexBinary";
  if (["double", "float", "decimal"].includes(local))
    return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value) || (local !== "decimal" && /^(-?INF|NaN)$/.test(value))
      ? null
      : `is not an xsd:${local}`;
  const range = INTEGER_RANGES[local];
  if (range) {
    if (!/^[+-]?\d+$/.test(value)) return `is not an xsd:${local}`;
    const n = Number(value);
    return n < range[0] || n > range[1] ? `is out of xsd:${local}'s range` : null;
  }
  throw new Error(`built-in type ${local} not understood`);
}

function namespacesOf(element: XmlElement, parent: Map<string, string>): Map<string, string> {
  const declared = Object.entries(element.attrs).filter(([name]) => name === "xmlns" || name.startsWith("xmlns:"));
  if (declared.length === 0) return parent;
  const scope = new Map(parent);
  for (const [name, value] of declared) scope.set(name === "xmlns" ? "" : name.slice(6), value);
  return scope;
}

function resolveInstance(name: string, scope: Map<string, string>): QName {
  const colon = name.indexOf(":");
  const prefix = colon < 0 ? "" : name.slice(0, colon);
  const ns = scope.get(prefix);
  if (ns === undefined && prefix) throw new Error(`undeclared prefix ${prefix} in ${name}`);
  return qname(ns ?? "", name.slice(colon + 1));
}

function resolveSchema(name: string, schema: SchemaFile): QName {
  const colon = name.indexOf(":");
  const prefix = colon < 0 ? "" : name.slice(0, colon);
  const ns = schema.prefixes.get(prefix);
  if (ns === undefined) throw new Error(`undeclared schema prefix ${prefix} in ${name}`);
  return qname(ns, name.slice(colon + 1));
}
