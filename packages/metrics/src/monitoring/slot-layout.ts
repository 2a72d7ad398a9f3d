import type { PredictionColumns } from './prediction-columns';

/** timeCode value of a row with no usable time (or no time column). */
export const NO_TIME = 0xffff;
/** Period part of a timeCode (timeCode = window·3 + period). */
export const PERIOD_REFERENCE = 0;
export const PERIOD_CURRENT = 1;
export const PERIOD_NONE = 2;

/**
 * Every population the report measures gets a slot number: 0 = overall, then one slot per level of
 * each categorical column, then one per calendar window, then reference and current period.
 */
export interface SlotLayout {
  slotCount: number;
  attributeBase: number[];
  windowBase: number;
  windowCount: number;
  periodBase: number;
  hasPeriods: boolean;
}

/** Lay out the slots for the given columns, window count and whether periods exist. */
export function createSlotLayout(
  columns: PredictionColumns,
  windowCount: number,
  hasPeriods: boolean,
): SlotLayout {
  const attributeBase: number[] = [];
  let next = 1;
  for (const column of columns.categorical) {
    attributeBase.push(next);
    next += column.levels.length;
  }
  const windowBase = next;
  next += windowCount;
  const periodBase = next;
  next += hasPeriods ? 2 : 0;
  return { slotCount: next, attributeBase, windowBase, windowCount, periodBase, hasPeriods };
}

/** Slots that also get calibration fits and ROC/PR curves: overall and each period. */
export function curveSlots(layout: SlotLayout): number[] {
  return layout.hasPeriods ? [0, layout.periodBase, layout.periodBase + 1] : [0];
}
