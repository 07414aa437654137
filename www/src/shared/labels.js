// Human labels for the attribute names and values rules files use. The
// rules speak in identifiers (canal = "courriel"); citizens read
// « Mode de transmission : Courriel ». Unknown names and values fall back
// to the raw identifier, so a new attribute still works, only less nicely.

const ATTRIBUTES = {
  channel: { fr: "Mode de transmission", en: "How you contacted us" },
  canal: { fr: "Mode de transmission", en: "How you contacted us" },
  type: { fr: "Type de demande", en: "Type of request" },
  service: { fr: "Service", en: "Service" },
  priority: { fr: "Priorité", en: "Priority" },
  priorité: { fr: "Priorité", en: "Priority" },
  priorite: { fr: "Priorité", en: "Priority" },
  language: { fr: "Langue", en: "Language" },
  langue: { fr: "Langue", en: "Language" },
};

const VALUES = {
  mail: { fr: "Courrier", en: "Mail" },
  courrier: { fr: "Courrier", en: "Mail" },
  email: { fr: "Courriel", en: "Email" },
  courriel: { fr: "Courriel", en: "Email" },
  web: { fr: "Formulaire Web", en: "Web form" },
  phone: { fr: "Téléphone", en: "Phone" },
  téléphone: { fr: "Téléphone", en: "Phone" },
  telephone: { fr: "Téléphone", en: "Phone" },
  voicemail: { fr: "Message vocal", en: "Voicemail" },
  "messagerie-vocale": { fr: "Message vocal", en: "Voicemail" },
  "311-app": { fr: "Appli 311", en: "311 app" },
  "appli-311": { fr: "Appli 311", en: "311 app" },
  "in-person": { fr: "En personne", en: "In person" },
  comptoir: { fr: "Au comptoir", en: "At the counter" },
  complaint: { fr: "Plainte", en: "Complaint" },
  plainte: { fr: "Plainte", en: "Complaint" },
  information: { fr: "Demande d'information", en: "Information request" },
  urgent: { fr: "Urgente", en: "Urgent" },
  urgente: { fr: "Urgente", en: "Urgent" },
  normal: { fr: "Normale", en: "Normal" },
  normale: { fr: "Normale", en: "Normal" },
  en: { fr: "Anglais", en: "English" },
  fr: { fr: "Français", en: "French" },
};

const pretty = (raw) => {
  const s = String(raw).replace(/[-_]+/g, " ").trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
};

export function attributeLabel(name, lang) {
  return ATTRIBUTES[name]?.[lang] ?? ATTRIBUTES[name.toLowerCase()]?.[lang] ?? pretty(name);
}

export function valueLabel(value, lang) {
  const key = String(value);
  return VALUES[key]?.[lang] ?? VALUES[key.toLowerCase()]?.[lang] ?? pretty(key);
}
