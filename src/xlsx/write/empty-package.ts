import { CONTENT_TYPE, CONTENT_TYPES_PART } from "../package/content-types";
import { PackageDraft } from "../package/package-draft";
import type { Codec } from "../zip/codec";
import { REL } from "../package/relationships";
import { MINIMAL_STYLES } from "./styles-edit";

const DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The smallest package Excel opens: a workbook without sheets, its styles, relationships and content types. */
export function emptyPackage(codec?: Codec): PackageDraft {
  const draft = new PackageDraft(undefined, undefined, codec);
  draft.setText(
    CONTENT_TYPES_PART,
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/></Types>`,
  );
  draft.setText(
    "_rels/.rels",
    `${DECLARATION}<Relationships xmlns="${PACKAGE_RELS_NS}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
  );
  draft.setText(
    "xl/workbook.xml",
    `${DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`,
  );
  draft.setText(
    "xl/_rels/workbook.xml.rels",
    `${DECLARATION}<Relationships xmlns="${PACKAGE_RELS_NS}"><Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
  );
  draft.setText("xl/styles.xml", MINIMAL_STYLES);
  return draft;
}
