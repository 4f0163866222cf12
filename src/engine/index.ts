/** The calculation engine: pure functions over decimal.js, shared by the formulas, the workbook and the CLI. */
export { Decimal, HUNDRED, REPORT_DECIMALS } from "./decimal";
export { roundHalfAwayFromZero } from "./round";
export { readNumber, describeValue, type NumberReading, type Notation } from "./parse-number";
export { formatFigure, formatNumber, formatPercent, formatRupiah, type FormatOptions } from "./format-number";
export { derivedDecimals, shownDecimals, typedDecimals } from "./precision";
export { textKey } from "./text-key";
export { flat } from "./flat-text";
export { FIELD_LABELS, QUARTERS, quarterField, type Field, type Quarter } from "./fields";
export {
  raiseFlag,
  placeFlag,
  describeFlag,
  causeForReader,
  countFlags,
  isGalat,
  TINGKAT_ORDER,
  type Flag,
  type FlagCode,
  type FlagCounts,
  type FlagData,
  type FlagPlace,
  type RaisedFlag,
  type Tingkat,
} from "./flags";
export { computed, notComputable, FlagTrail, type Outcome } from "./outcome";
export { readField, type CellKind, type FieldValue } from "./read-field";
export {
  readAgregasi,
  readArah,
  readPeriode,
  readRumusTurun,
  readSkalaPredikat,
  listInWords,
  AGREGASI_LABELS,
  type Agregasi,
  type Arah,
  type RumusTurun,
  type SkalaPredikat,
} from "./choices";
export { capaian, unroundedCapaian, DEFAULT_CAPAIAN_RULE, type CapaianRule } from "./capaian";
export { capaianOfNumbers } from "./capaian-of-numbers";
export {
  aggregateQuarters,
  describeBasis,
  type QuarterAggregate,
  type QuarterMethod,
  type QuarterValue,
} from "./aggregate-quarters";
export { quarterListInWords } from "./quarter-list";
export { explainRealisasi, formatInput } from "./realisasi-note";
export { ratioRealisasi, type RatioRealisasi } from "./ratio";
export { detailValue } from "./detail-sum";
export { penyerapan } from "./penyerapan";
export { efisiensi, EFISIENSI_BAND, type Efisiensi, type KategoriEfisiensi } from "./efisiensi";
export { costPerUnit } from "./cost-per-unit";
export { predikat, predikatScale, customScale, type Band, type PredikatScale } from "./predikat";
export { mutuIkm, describeMutu, type MutuIkm, type MutuPelayanan } from "./ikm";
export {
  evaluateIndicator,
  evaluateFigures,
  readIndicatorInput,
  DEFAULT_SETTINGS,
  type Derivation,
  type Evaluation,
  type EvaluationSettings,
  type IndicatorFigures,
  type IndicatorInput,
} from "./evaluate-indicator";
export { capaianWords } from "./staff-figures";
