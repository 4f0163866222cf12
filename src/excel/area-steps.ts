import type { Rect } from "../workbook/plan";
import { joinAddresses } from "./area-addresses";
import { pathBytes } from "./request-size";
import { sharedSheet, type WriteStep } from "./write-step";

/** A rectangle to format, with the address getRanges knows it by (a whole row range "9:11" formats the row). */
export interface Area {
  readonly address: string;
  readonly rect: Rect;
}

/** What formatting does to a range's format object, and an upper bound of its bytes in the request. */
export interface FormatWrite {
  readonly bytes: number;
  apply(format: Excel.RangeFormat): void;
}

const FORMAT_BYTES = pathBytes("property", "Format");

/**
 * One format applied to many areas. With RangeAreas (ExcelApi 1.9) every area goes in one
 * getRanges call, or a few where the addresses pass Excel's 8,192 characters; an older host gets
 * one range per area.
 */
export function areaSteps(sheet: string, areas: readonly Area[], write: FormatWrite, rangeAreas: boolean): WriteStep[] {
  if (areas.length === 0) return [];
  if (rangeAreas) {
    return joinAddresses(areas.map((a) => a.address)).map((address) => ({
      bytes: pathBytes("method", "GetRanges", [address]) + FORMAT_BYTES + write.bytes,
      shares: sharedSheet(sheet),
      queue: (scope) => write.apply(scope.sheet(sheet).getRanges(address).format),
    }));
  }
  return areas.map(({ rect }) => {
    const args = [rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1] as const;
    return {
      bytes: pathBytes("method", "GetRangeByIndexes", args) + FORMAT_BYTES + write.bytes,
      shares: sharedSheet(sheet),
      queue: (scope) => write.apply(scope.sheet(sheet).getRangeByIndexes(...args).format),
    };
  });
}
