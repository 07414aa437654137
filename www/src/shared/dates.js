// Plain calendar dates (YYYY-MM-DD strings) without time zones. The engine
// already gives every time in the calendar's own zone with its offset, so
// the local date of "2025-07-08T23:59:59-04:00" is simply its first ten
// characters; date arithmetic then runs in UTC to dodge DST.

export const dateOf = (rfc3339) => String(rfc3339).slice(0, 10);

export function toUtc(ymd) {
  const [y, m, d] = ymd.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export const fromUtc = (date) => date.toISOString().slice(0, 10);

export const addDays = (ymd, n) => fromUtc(new Date(toUtc(ymd).getTime() + n * 86400000));

/** Every date from `a` to `b`, both included. */
export function* daysBetween(a, b) {
  for (let d = a; d <= b; d = addDays(d, 1)) yield d;
}

/** "2025-06-20T10:00" for an <input type=datetime-local>, from a Date in the browser's zone. */
export function localInputValue(date) {
  const p = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}T${p(date.getHours())}:${p(date.getMinutes())}`;
}

/**
 * Groups consecutive days that share a reason, so a ten-day closure reads
 * as one line: [{from, to, kind, name}].
 */
export function groupDays(days) {
  const groups = [];
  for (const day of days) {
    const last = groups.at(-1);
    if (last && last.kind === day.kind && last.name === day.name && addDays(last.to, 1) === day.date) last.to = day.date;
    else groups.push({ from: day.date, to: day.date, kind: day.kind, name: day.name });
  }
  return groups;
}
