// One element builder for both pages: `h("p", {class: "x"}, "text", child)`.
// Attributes that are null or false are left out; `on…` attributes are
// event listeners; children may be nested arrays, null or false (skipped).
export const h = (tag, attrs = {}, ...children) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  el.append(...children.flat().filter((c) => c != null && c !== false));
  return el;
};
