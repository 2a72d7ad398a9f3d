/** Milliseconds in one UTC day. */
export const MS_PER_DAY = 86_400_000;

export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's `days_from_civil`).
 * Pure integer arithmetic; no Date object, no time zone.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Proleptic Gregorian date of a day count since 1970-01-01 (Hinnant's `civil_from_days`). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad = (v: number, width: number): string => String(v).padStart(width, '0');

/** 'YYYY-MM-DDTHH:MM:SSZ' of an epoch-ms instant (UTC, whole seconds), for labels and config. */
export function formatUtcSeconds(ms: number): string {
  const days = Math.floor(ms / MS_PER_DAY);
  const { year, month, day } = civilFromDays(days);
  const secondsOfDay = Math.floor((ms - days * MS_PER_DAY) / 1000);
  const hh = Math.floor(secondsOfDay / 3600);
  const mm = Math.floor((secondsOfDay % 3600) / 60);
  const ss = secondsOfDay % 60;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}Z`;
}

/** Zero-padded 'YYYY-MM' / 'YYYY-MM-DD' pieces for window labels. */
export function padNumber(v: number, width: number): string {
  return pad(v, width);
}
