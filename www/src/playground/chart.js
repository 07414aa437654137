// Compliance bars per period for one standard, as inline SVG: a bar per
// period (its value written above it), the target as a dashed line. Bars
// under target are hatched, not only coloured; the table under the charts
// carries the same numbers for screen readers.
const NS = "http://www.w3.org/2000/svg";

const el = (tag, attrs = {}, text) => {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text != null) node.textContent = text;
  return node;
};

let ids = 0;

/**
 * @param {{period: string, compliance: number|null, met: number, breached: number}[]} rows
 * @param {number|null} target percent
 * @param {string} label accessible name of the chart
 * @param {(n: number) => string} percent formats a percentage
 */
export function complianceChart(rows, target, label, percent) {
  const id = `chart-${++ids}`;
  const barW = 34, gap = 14, left = 44, top = 22, height = 160, bottom = 46;
  const width = left + rows.length * (barW + gap) + gap;
  const y = (v) => top + height - (v / 100) * height;
  const svg = el("svg", { viewBox: `0 0 ${Math.max(width, 240)} ${top + height + bottom}`, width: Math.max(width, 240), role: "img", "aria-labelledby": `${id}-t` });
  svg.append(el("title", { id: `${id}-t` }, label));
  const defs = el("defs");
  const hatch = el("pattern", { id: `${id}-h`, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" });
  hatch.append(el("rect", { width: 6, height: 6, fill: "#f2c9c5" }), el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#a3231b", "stroke-width": 3 }));
  defs.append(hatch);
  svg.append(defs);
  for (const v of [0, 50, 100]) {
    svg.append(el("line", { x1: left - 4, x2: width, y1: y(v), y2: y(v), stroke: "#c5ccd6" }));
    svg.append(el("text", { x: left - 8, y: y(v) + 4, "text-anchor": "end", "font-size": 11, fill: "#4a5260" }, `${v} %`));
  }
  rows.forEach((r, i) => {
    const x = left + gap + i * (barW + gap);
    if (r.compliance != null) {
      const below = target != null && r.compliance < target;
      svg.append(el("rect", { x, y: y(r.compliance), width: barW, height: Math.max(1, y(0) - y(r.compliance)),
        fill: below ? `url(#${id}-h)` : "#0b4a80", stroke: below ? "#a3231b" : "#0b4a80" }));
      svg.append(el("text", { x: x + barW / 2, y: y(r.compliance) - 4, "text-anchor": "middle", "font-size": 10, fill: "#1b1f24" }, percent(r.compliance)));
    } else {
      svg.append(el("text", { x: x + barW / 2, y: y(0) - 4, "text-anchor": "middle", "font-size": 10, fill: "#4a5260" }, "—"));
    }
    svg.append(el("text", { x: x + barW / 2, y: y(0) + 14, "text-anchor": "end", "font-size": 10, fill: "#1b1f24",
      transform: `rotate(-35 ${x + barW / 2} ${y(0) + 14})` }, r.period));
  });
  if (target != null) {
    svg.append(el("line", { x1: left, x2: width, y1: y(target), y2: y(target), stroke: "#b35900", "stroke-width": 2, "stroke-dasharray": "6 4" }));
  }
  return svg;
}
