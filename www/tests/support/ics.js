// A strict-enough RFC 5545 reader for the tests: CRLF line ends, folding,
// BEGIN/END nesting, required properties.
export function parseIcs(text) {
  const problems = [];
  if (!text.endsWith("\r\n")) problems.push("the file does not end with CRLF");
  if (/[^\r]\n/.test(text) || /\r(?!\n)/.test(text)) problems.push("a line does not end with CRLF");
  const raw = text.split("\r\n");
  if (raw.at(-1) === "") raw.pop();
  for (const line of raw) if (new TextEncoder().encode(line).length > 75) problems.push(`line longer than 75 octets: ${line}`);
  // Unfold: a line starting with a space or tab continues the previous one.
  const lines = [];
  for (const line of raw) {
    if (/^[ \t]/.test(line) && lines.length) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack = [];
  const components = [];
  for (const line of lines) {
    const m = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) {
      problems.push(`unreadable line: ${line}`);
      continue;
    }
    const [, name, params, value] = m;
    if (name === "BEGIN") {
      const c = { type: value, props: {}, params: {} };
      components.push(c);
      stack.push(c);
    } else if (name === "END") {
      const open = stack.pop();
      if (!open || open.type !== value) problems.push(`END:${value} does not close ${open?.type ?? "anything"}`);
    } else if (stack.length) {
      stack.at(-1).props[name] = value;
      stack.at(-1).params[name] = params;
    } else problems.push(`property outside a component: ${line}`);
  }
  if (stack.length) problems.push(`unclosed: ${stack.map((c) => c.type).join(", ")}`);
  const calendar = components.find((c) => c.type === "VCALENDAR");
  const events = components.filter((c) => c.type === "VEVENT");
  if (!calendar) problems.push("no VCALENDAR");
  else for (const p of ["PRODID", "VERSION"]) if (!calendar.props[p]) problems.push(`VCALENDAR without ${p}`);
  if (calendar?.props.VERSION !== "2.0") problems.push("VERSION is not 2.0");
  for (const e of events) for (const p of ["UID", "DTSTAMP", "DTSTART", "SUMMARY"]) if (!e.props[p]) problems.push(`VEVENT without ${p}`);
  if (events[0] && !/^\d{8}T\d{6}Z$/.test(events[0].props.DTSTAMP)) problems.push("DTSTAMP is not a UTC date-time");
  return { calendar, events, problems };
}
