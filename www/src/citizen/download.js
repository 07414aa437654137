// Offering the deadline as a file: the download itself, and a stable id
// for the event (the engine writes the iCalendar text: deadlineIcs).

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
