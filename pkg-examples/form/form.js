// "When will I get an answer?" — a citizen form that shows the expected
// date as it is filled in. Shared by the plain page (index.html) and the
// Vite example; it only needs the compiled `Rules` of the delai package.

const WORDS = {
  fr: {
    title: "Quand aurai-je une réponse ?",
    lead: "Choisissez le service et indiquez quand votre demande a été reçue.",
    service: "Service", submitted: "Demande reçue le", lang: "English",
    channel: "Moyen", type: "Type de demande", priority: "Priorité", service_attr: "Service",
    values: { mail: "Courrier postal", email: "Courriel", web: "Formulaire en ligne", voicemail: "Message vocal",
      phone: "Téléphone", "311-app": "Application 311", complaint: "Plainte", urgent: "Urgente",
      "access-request": "Demande d'accès", "building-permit": "Permis de construction",
      "bulky-items": "Encombrants", "tax-review": "Révision de compte de taxes" },
    other: "Autre", pick: "Indiquez la date et l'heure de réception.",
  },
  en: {
    title: "When will I get an answer?",
    lead: "Choose the service and tell us when your request was received.",
    service: "Service", submitted: "Request received on", lang: "Français",
    channel: "Channel", type: "Request type", priority: "Priority", service_attr: "Service",
    values: { mail: "Mail", email: "Email", web: "Online form", voicemail: "Voicemail", phone: "Phone",
      "311-app": "311 app", complaint: "Complaint", urgent: "Urgent", "access-request": "Access request",
      "building-permit": "Building permit", "bulky-items": "Bulky items", "tax-review": "Tax account review" },
    other: "Other", pick: "Enter the date and time the request was received.",
  },
};

function el(tag, props = {}, ...children) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** Mounts the form in `root`. `rules`: a delai `Rules`. */
export function mount(root, rules, { lang = "fr" } = {}) {
  // One entry per standard id (the last version's title), in file order.
  const standards = new Map();
  for (const s of rules.standards()) standards.set(s.id, s);

  const state = { lang, standard: [...standards.keys()][0], attributes: {} };
  const serviceSelect = el("select", { id: "service", name: "service" });
  const attributesBox = el("div", { id: "attributes" });
  const submitted = el("input", { id: "submitted", name: "submitted", type: "datetime-local" });
  const answer = el("p", { id: "answer", className: "answer" });
  answer.setAttribute("aria-live", "polite");
  const detail = el("p", { id: "detail", className: "detail" });
  const langButton = el("button", { id: "lang", type: "button" });
  const heading = el("h1");
  const lead = el("p", { className: "lead" });
  const serviceLabel = el("label", { htmlFor: "service" });
  const submittedLabel = el("label", { htmlFor: "submitted" });

  root.replaceChildren(
    el("form", { id: "delai-form", onsubmit: (e) => e.preventDefault() },
      langButton, heading, lead,
      el("div", { className: "field" }, serviceLabel, serviceSelect),
      attributesBox,
      el("div", { className: "field" }, submittedLabel, submitted)),
    el("output", { htmlFor: "delai-form" }, answer, detail),
  );

  const words = () => WORDS[state.lang];
  const title = (s) => (state.lang === "fr" ? s.title.fr ?? s.title.en : s.title.en ?? s.title.fr) ?? s.id;
  const valueLabel = (v) => words().values[v] ?? String(v);

  function renderAttributes() {
    const s = standards.get(state.standard);
    attributesBox.replaceChildren(...s.attributes.map((a) => {
      if (!(a.name in state.attributes) || !a.values.includes(state.attributes[a.name])) {
        state.attributes[a.name] = a.values[0];
      }
      const select = el("select", { id: `attr-${a.name}`, name: a.name });
      for (const v of a.values) select.append(el("option", { value: String(v), textContent: valueLabel(v) }));
      select.append(el("option", { value: "", textContent: words().other }));
      select.value = String(state.attributes[a.name]);
      select.addEventListener("change", () => {
        const v = a.values.find((x) => String(x) === select.value);
        state.attributes[a.name] = v ?? "";
        update();
      });
      const label = el("label", { htmlFor: select.id, textContent: words()[a.name === "service" ? "service_attr" : a.name] ?? a.name });
      return el("div", { className: "field" }, label, select);
    }));
  }

  function renderWords() {
    document.documentElement.lang = state.lang;
    heading.textContent = words().title;
    lead.textContent = words().lead;
    serviceLabel.textContent = words().service;
    submittedLabel.textContent = words().submitted;
    langButton.textContent = words().lang;
    const current = serviceSelect.value || state.standard;
    serviceSelect.replaceChildren(...[...standards.values()].map((s) => el("option", { value: s.id, textContent: title(s) })));
    serviceSelect.value = current;
    renderAttributes();
  }

  function update() {
    answer.classList.remove("error");
    if (!submitted.value) {
      answer.textContent = words().pick;
      detail.textContent = "";
      return;
    }
    const s = standards.get(state.standard);
    const attributes = Object.fromEntries(s.attributes.map((a) => [a.name, state.attributes[a.name]]));
    try {
      // datetime-local gives local time (2025-06-20T10:00), read in the calendar's zone.
      const due = rules.due(state.standard, { start: submitted.value, attributes });
      answer.textContent = due.text[state.lang];
      detail.textContent = due.due;
    } catch (e) {
      answer.classList.add("error");
      answer.textContent = e.diagnostics?.[0]?.message ?? String(e);
      detail.textContent = "";
    }
  }

  serviceSelect.addEventListener("change", () => { state.standard = serviceSelect.value; renderAttributes(); update(); });
  submitted.addEventListener("input", update);
  submitted.addEventListener("change", update);
  langButton.addEventListener("click", () => { state.lang = state.lang === "fr" ? "en" : "fr"; renderWords(); update(); });

  renderWords();
  update();
  return { update };
}
