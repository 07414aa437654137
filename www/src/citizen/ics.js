// An iCalendar file (RFC 5545) with one event on the due date, so the
// citizen can put the deadline in their own calendar.

/** TEXT values: backslash, semicolon, comma and newlines are escaped (§3.3.11). */
const escapeText = (s) => String(s).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** Lines longer than 75 octets are folded with CRLF + space (§3.1), never inside a UTF-8 sequence. */
function fold(line) {
  const encoder = new TextEncoder();
  const parts = [];
  let current = "";
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + n > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const utcStamp = (date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/**
 * @param {object} e
 * @param {string} e.due        RFC 3339 deadline from the engine (`due.due`)
 * @param {boolean} e.allDay    day-based standard: an all-day event on the due date
 * @param {string} e.summary
 * @param {string} [e.description]
 * @param {string} e.uid        stable per request, so re-importing updates the event
 * @param {Date} [e.now]        DTSTAMP
 * @param {string} [e.lang]     "fr" or "en" (LANGUAGE parameter on SUMMARY)
 */
export function buildIcs({ due, allDay, summary, description, uid, now = new Date(), lang = "fr" }) {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ville//delai délais de service//FR", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT",
    `UID:${uid}`, `DTSTAMP:${utcStamp(now)}`];
  if (allDay) {
    // The deadline is the end of the due day: an all-day event on that date
    // (DTEND is exclusive, the next day).
    const day = due.slice(0, 10);
    const next = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + 1)).toISOString().slice(0, 10);
    lines.push(`DTSTART;VALUE=DATE:${day.replace(/-/g, "")}`, `DTEND;VALUE=DATE:${next.replace(/-/g, "")}`);
  } else {
    // An instant: written in UTC so no VTIMEZONE is needed.
    const at = new Date(due);
    lines.push(`DTSTART:${utcStamp(at)}`, `DTEND:${utcStamp(new Date(at.getTime() + 30 * 60000))}`);
  }
  lines.push(`SUMMARY;LANGUAGE=${lang}:${escapeText(summary)}`);
  if (description) lines.push(`DESCRIPTION;LANGUAGE=${lang}:${escapeText(description)}`);
  lines.push("TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}

/** Offers a text as a file download. */
export function download(filename, text, type = "text/calendar;charset=utf-8") {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A short deterministic id from a string (FNV-1a), for UIDs. */
export function hash(text) {
  let h = 0x811c9dc5;
  for (const ch of new TextEncoder().encode(text)) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
