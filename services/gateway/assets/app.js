// The seizure-stats dashboard: reads the gateway's JSON API (/v1/stats, /v1/events), keeps
// current from its Server-Sent Events stream (/v1/stream), and draws a map, a table, two charts
// and the latest events, in English or Russian (review.js adds corrections and the review list). Plain browser JavaScript, no build step; Chart.js
// and topojson-client are served from /assets/vendor (copied there from npm).
"use strict";

const TEXT = {
  en: {
    title: "Drug seizures by country",
    window: "Window",
    allCountries: "All countries",
    tableTitle: "Countries",
    country: "Country",
    seizures: "Seizures",
    seized: "Seized, kg",
    destroyed: "Destroyed, kg",
    totals: "Reported totals, kg",
    bulletins: "Bulletins",
    tableNote: "Seizures and kilograms in the chosen window; reported totals are official period figures; ≥ marks a lower bound.",
    measure: "Show",
    measures: { seized: "Seized, kg", destroyed: "Destroyed, kg", totals: "Reported totals, kg", seizures: "Seizures" },
    drugsTitle: (what, where) => `${what} by drug: ${where}`,
    monthsTitle: (what, where) => `${what} per month: ${where}`,
    eventsTitle: (where) => `Latest events: ${where}`,
    everywhere: "all countries",
    noCountry: "No single country",
    live: "live",
    offline: "reconnecting…",
    updated: "updated",
    asOf: "Figures as of",
    source: "source",
    noEvents: "No events yet.",
    noData: "no data",
    undated: "date not stated",
    windows: { "7d": "7 days", "30d": "30 days", "90d": "90 days", "365d": "365 days", ytd: "Year to date", all: "All time" },
    kinds: { seizure: "seizure", destruction: "destruction", period_total: "reported total" },
    units: { kg: "kg", litre: "l", tablet: "tablets", ampoule: "ampoules", plant: "plants", dose: "doses", package: "packages", item: "items" },
    drugs: {},
  },
  ru: {
    title: "Изъятия наркотиков по странам",
    window: "Период",
    allCountries: "Все страны",
    tableTitle: "Страны",
    country: "Страна",
    seizures: "Изъятий",
    seized: "Изъято, кг",
    destroyed: "Уничтожено, кг",
    totals: "Итоги, кг",
    bulletins: "Бюлл.",
    tableNote: "Изъятия и килограммы за выбранный период; итоги за период — официальные данные; ≥ — нижняя граница.",
    measure: "Показать",
    measures: { seized: "Изъято, кг", destroyed: "Уничтожено, кг", totals: "Итоги за период, кг", seizures: "Изъятия" },
    drugsTitle: (what, where) => `${what} по видам: ${where}`,
    monthsTitle: (what, where) => `${what} по месяцам: ${where}`,
    eventsTitle: (where) => `Последние события: ${where}`,
    everywhere: "все страны",
    noCountry: "Без страны",
    live: "онлайн",
    offline: "переподключение…",
    updated: "обновлено",
    asOf: "Данные на",
    source: "источник",
    noEvents: "Событий пока нет.",
    noData: "нет данных",
    undated: "дата не указана",
    windows: { "7d": "7 дней", "30d": "30 дней", "90d": "90 дней", "365d": "365 дней", ytd: "С начала года", all: "За всё время" },
    kinds: { seizure: "изъятие", destruction: "уничтожение", period_total: "итог за период" },
    units: { kg: "кг", litre: "л", tablet: "таб.", ampoule: "амп.", plant: "раст.", dose: "доз", package: "уп.", item: "шт." },
    drugs: {
      heroin: "героин", opium: "опий", hashish: "гашиш", cannabis: "каннабис", marijuana: "марихуана",
      cocaine: "кокаин", methamphetamine: "метамфетамин", amphetamine: "амфетамин",
      synthetic_drugs: "синтетические", narcotic_drugs: "наркотики (всего)", psychotropic_substances: "психотропные",
      precursors: "прекурсоры", poppy_straw: "маковая солома", mephedrone: "мефедрон", tramadol: "трамадол",
      "α-pvp": "α-PVP", "other:mdma": "МДМА", "other:ecstasy": "экстази",
      alprazolam: "алпразолам", pregabalin: "прегабалин", methadone: "метадон",
      psychotropic_tablets: "психотропные таблетки", "other:toxic_substances": "токсичные вещества",
    },
  },
};
const WINDOWS = ["7d", "30d", "90d", "365d", "ytd", "all"];
/** What the map and the charts show: a kind of event, summed in kg or counted. */
const MEASURES = {
  seized: { kind: "seizure", field: "amount" },
  destroyed: { kind: "destruction", field: "amount" },
  totals: { kind: "period_total", field: "amount" },
  seizures: { kind: "seizure", field: "events" },
};
const COLOURS = ["#fee8c8", "#fdbb84", "#fc8d59", "#e34a33", "#b30000"];

const params = new URLSearchParams(location.search);
const state = {
  lang: params.get("lang") === "ru" || (!params.get("lang") && navigator.language.startsWith("ru")) ? "ru" : "en",
  window: WINDOWS.includes(params.get("window")) ? params.get("window") : "365d",
  measure: params.get("measure") in MEASURES ? params.get("measure") : "seized",
  selected: (params.get("country") || "").toUpperCase() || null,
  stats: new Map(),
  events: [],
  asOf: null,
  updates: 0,
  geo: null,
  numericToAlpha2: new Map(),
  charts: {},
};

const t = (key) => TEXT[state.lang][key];
const $ = (sel) => document.querySelector(sel);
const fmt = (x) => new Intl.NumberFormat(state.lang, { maximumFractionDigits: 3 }).format(x);

function countryName(cc) {
  if (cc === "ZZ") return t("noCountry");
  try {
    return new Intl.DisplayNames([state.lang], { type: "region" }).of(cc) || cc;
  } catch {
    return cc;
  }
}

function drugName(d) {
  return t("drugs")[d] || d.replace(/^other:/, "").replace(/_/g, " ");
}

// --- figures from a CountryStats JSON -----------------------------------------------------

/** Sum of `field` over the series of `kind` in kg, in the chosen window (optionally one drug). */
function figure(stats, kind, field = "amount", drug = null) {
  let value = 0, lower = false;
  for (const s of stats.series) {
    if (s.kind !== kind || (field === "amount" && s.unit !== "kg") || (drug && s.drug !== drug)) continue;
    const w = s.windows[state.window];
    if (!w) continue;
    value += w[field];
    lower = lower || (field === "amount" && w.lower_bound);
  }
  return { value, lower };
}

/** The chosen measure of `stats`, or of one drug. */
function measured(stats, drug = null) {
  const m = MEASURES[state.measure];
  return figure(stats, m.kind, m.field, drug);
}

/** Whether series `d` counts towards the chosen measure. */
function inMeasure(d) {
  const m = MEASURES[state.measure];
  return d.kind === m.kind && (m.field !== "amount" || d.unit === "kg");
}

function shown(f) {
  return (f.lower ? "≥ " : "") + fmt(f.value);
}

function selection() {
  return state.selected ? [state.stats.get(state.selected)].filter(Boolean) : [...state.stats.values()];
}

function where() {
  return state.selected ? countryName(state.selected) : t("everywhere");
}

// --- rendering ------------------------------------------------------------------------------

function renderStatic() {
  document.documentElement.lang = state.lang;
  document.title = t("title");
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  const select = $("#window");
  select.innerHTML = "";
  for (const w of WINDOWS) {
    const o = document.createElement("option");
    o.value = w;
    o.textContent = t("windows")[w];
    o.selected = w === state.window;
    select.appendChild(o);
  }
  const measure = $("#measure");
  measure.innerHTML = "";
  for (const key of Object.keys(MEASURES)) {
    const o = document.createElement("option");
    o.value = key;
    o.textContent = t("measures")[key];
    o.selected = key === state.measure;
    measure.appendChild(o);
  }
  $("#map-title").textContent = t("measures")[state.measure];
  for (const b of document.querySelectorAll(".lang button")) b.classList.toggle("active", b.dataset.lang === state.lang);
  renderLive();
}

function renderLive() {
  const live = $("#live");
  const on = live.classList.contains("on");
  $("#live-text").textContent = on
    ? `${t("live")}${state.lastUpdate ? ` · ${t("updated")} ${state.lastUpdate.toLocaleTimeString(state.lang)}` : ""}`
    : t("offline");
}

function renderAll() {
  renderStatic();
  renderTable();
  renderMap();
  renderDrugs();
  renderMonths();
  renderEvents();
  if (typeof Review !== "undefined") Review.render();
  $("#as-of").textContent = state.asOf ? `${t("asOf")} ${state.asOf}` : "";
  const q = new URLSearchParams({ lang: state.lang, window: state.window, measure: state.measure });
  if (state.selected) q.set("country", state.selected);
  history.replaceState(null, "", `?${q}`);
  document.body.dataset.ready = "1";
  document.body.dataset.updates = String(state.updates);
}

function renderTable() {
  const tbody = $("#countries tbody");
  tbody.innerHTML = "";
  const rows = [...state.stats.values()].sort((a, b) => measured(b).value - measured(a).value || a.country.localeCompare(b.country));
  for (const s of rows) {
    const tr = document.createElement("tr");
    tr.dataset.country = s.country;
    tr.classList.toggle("selected", s.country === state.selected);
    const cells = [
      ["name", countryName(s.country), null],
      ["seizures", fmt(figure(s, "seizure", "events").value), figure(s, "seizure", "events").value],
      ["seized", shown(figure(s, "seizure")), figure(s, "seizure").value],
      ["destroyed", shown(figure(s, "destruction")), figure(s, "destruction").value],
      ["totals", shown(figure(s, "period_total")), figure(s, "period_total").value],
      ["bulletins", fmt(s.bulletins), s.bulletins],
    ];
    for (const [measure, text, value] of cells) {
      const td = document.createElement("td");
      td.textContent = text;
      td.dataset.measure = measure;
      if (value !== null) {
        td.className = "num";
        td.dataset.value = String(value);
      }
      tr.appendChild(td);
    }
    tr.addEventListener("click", () => select(s.country));
    tbody.appendChild(tr);
  }
}

function select(cc) {
  state.selected = state.selected === cc ? null : cc;
  renderAll();
  loadEvents();
}

/** An equirectangular projection fitted to `[lon0, lat0, lon1, lat1]` in an 800×450 box. */
function projection([lon0, lat0, lon1, lat1]) {
  const k = Math.cos(((lat0 + lat1) / 2) * Math.PI / 180);
  const w = (lon1 - lon0) * k, h = lat1 - lat0;
  const scale = Math.min(800 / w, 450 / h);
  const dx = (800 - w * scale) / 2, dy = (450 - h * scale) / 2;
  return ([lon, lat]) => [dx + (lon - lon0) * k * scale, dy + (lat1 - lat) * scale];
}

function ringPath(ring, project) {
  // Rings crossing the antimeridian (Russia, Fiji) are moved east so they stay in one piece.
  const wraps = ring.some(([x]) => x > 150) && ring.some(([x]) => x < -150);
  return "M" + ring.map(([x, y]) => project([wraps && x < 0 ? x + 360 : x, y]).map((v) => v.toFixed(1)).join(",")).join("L") + "Z";
}

function featurePath(f, project) {
  const g = f.geometry;
  if (!g) return "";
  const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  return polys.flatMap((p) => p.map((r) => ringPath(r, project))).join("");
}

function centroid(f) {
  // The centre of the largest ring's bounding box: good enough to frame and label a country.
  const g = f.geometry;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  let best = null, area = -1;
  for (const p of polys) {
    const xs = p[0].map((c) => c[0]), ys = p[0].map((c) => c[1]);
    const a = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    if (a > area) { area = a; best = [(Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2]; }
  }
  return best;
}

function renderMap() {
  const svg = $("#map");
  if (!state.geo) return;
  const byCountry = new Map();
  for (const f of state.geo) {
    const cc = state.numericToAlpha2.get(String(f.id));
    if (cc) byCountry.set(cc, f);
  }
  // Central Asia and its neighbours, widened to every country with figures.
  let box = [46, 30, 82, 56];
  for (const cc of state.stats.keys()) {
    const f = byCountry.get(cc);
    if (!f) continue;
    const [x, y] = centroid(f);
    box = [Math.max(-20, Math.min(box[0], x - 4)), Math.max(-10, Math.min(box[1], y - 4)), Math.min(160, Math.max(box[2], x + 4)), Math.min(75, Math.max(box[3], y + 4))];
  }
  const project = projection(box);
  const amounts = [...state.stats.values()].map((s) => measured(s).value).filter((v) => v > 0);
  const max = Math.max(1, ...amounts);
  const colour = (v) => COLOURS[Math.min(COLOURS.length - 1, Math.floor((Math.log10(1 + v) / Math.log10(1 + max)) * COLOURS.length))];
  const ns = "http://www.w3.org/2000/svg";
  svg.innerHTML = "";
  const labels = [];
  for (const f of state.geo) {
    const cc = state.numericToAlpha2.get(String(f.id));
    const d = featurePath(f, project);
    if (!d) continue;
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", d);
    const stats = cc && state.stats.get(cc);
    const title = document.createElementNS(ns, "title");
    if (stats) {
      const v = measured(stats);
      path.setAttribute("fill", v.value > 0 ? colour(v.value) : "#f7f7f7");
      path.dataset.country = cc;
      path.dataset.value = String(v.value);
      title.textContent = `${countryName(cc)}: ${t("measures")[state.measure]} ${shown(v)}`;
      path.addEventListener("click", () => select(cc));
      labels.push([cc, centroid(f)]);
    } else {
      path.setAttribute("class", "nodata");
      title.textContent = cc ? `${countryName(cc)}: ${t("noData")}` : "";
    }
    if (cc && cc === state.selected) path.classList.add("selected");
    path.appendChild(title);
    svg.appendChild(path);
  }
  for (const [cc, c] of labels) {
    const [x, y] = project(c);
    if (x < 0 || x > 800 || y < 0 || y > 450) continue;
    const text = document.createElementNS(ns, "text");
    text.setAttribute("x", x.toFixed(1));
    text.setAttribute("y", y.toFixed(1));
    text.setAttribute("text-anchor", "middle");
    text.textContent = cc;
    svg.appendChild(text);
  }
  const legend = $("#legend");
  legend.innerHTML = "";
  COLOURS.forEach((c, i) => {
    const upper = Math.pow(10, ((i + 1) / COLOURS.length) * Math.log10(1 + max)) - 1;
    const item = document.createElement("span");
    item.innerHTML = `<span class="swatch" style="background:${c}"></span> ≤ ${fmt(Math.round(upper * 10) / 10)}`;
    legend.appendChild(item);
  });
}

function chart(id, config) {
  if (state.charts[id]) state.charts[id].destroy();
  state.charts[id] = new Chart(document.getElementById(id), config);
}

function renderDrugs() {
  const what = t("measures")[state.measure];
  $("#drugs-title").textContent = t("drugsTitle")(what, where());
  const field = MEASURES[state.measure].field;
  const totals = new Map();
  for (const s of selection()) {
    for (const d of s.series) {
      if (!inMeasure(d) || !d.windows[state.window]) continue;
      totals.set(d.drug, (totals.get(d.drug) || 0) + d.windows[state.window][field]);
    }
  }
  const rows = [...totals].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
  chart("drugs-chart", {
    type: "bar",
    data: { labels: rows.map(([d]) => drugName(d)), datasets: [{ label: what, data: rows.map(([, v]) => v), backgroundColor: "#e34a33" }] },
    options: { indexAxis: "y", animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } } },
  });
}

function renderMonths() {
  const what = t("measures")[state.measure];
  $("#months-title").textContent = t("monthsTitle")(what, where());
  const field = MEASURES[state.measure].field;
  const totals = new Map();
  for (const s of selection()) {
    for (const d of s.series) {
      if (!inMeasure(d)) continue;
      for (const m of d.months) totals.set(m.month, (totals.get(m.month) || 0) + m[field]);
    }
  }
  // Every month from the first with figures to the newest, at most the last 36.
  const months = [...totals.keys()].sort();
  const labels = [];
  if (months.length) {
    let [y, m] = months[0].split("-").map(Number);
    const [y1, m1] = months[months.length - 1].split("-").map(Number);
    while (y < y1 || (y === y1 && m <= m1)) {
      labels.push(`${y}-${String(m).padStart(2, "0")}`);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
  }
  const shownMonths = labels.slice(-36);
  chart("months-chart", {
    type: "bar",
    data: { labels: shownMonths, datasets: [{ label: what, data: shownMonths.map((m) => totals.get(m) || 0), backgroundColor: "#fc8d59" }] },
    options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } } },
  });
}

function renderEvents() {
  $("#events-title").textContent = t("eventsTitle")(where());
  const list = $("#events");
  // A reviewer is typing a correction: a live update must not wipe the form. The list is
  // drawn again when the form closes (review.js).
  if (list.querySelector("form.correction")) return;
  list.innerHTML = "";
  if (!state.events.length) {
    const li = document.createElement("li");
    li.textContent = t("noEvents");
    list.appendChild(li);
  }
  for (const e of state.events) list.appendChild(eventItem(e));
}

/** One listed event: date, what, amount, evidence and source; marked and correctable by
 * review.js. */
function eventItem(e) {
  const li = document.createElement("li");
  li.dataset.eventId = e.event_id;
  const head = document.createElement("div");
  head.className = "head";
  const when = document.createElement("span");
  when.className = "when";
  when.textContent = e.date || t("undated");
  const q = e.qualifier === "at_least" ? "≥ " : e.qualifier === "approx" ? "~ " : "";
  const what = document.createElement("span");
  what.className = "what";
  what.textContent = `${countryName(e.country || "ZZ")} · ${t("kinds")[e.kind] || e.kind} · ${drugName(e.drug)} · ${q}${fmt(e.amount)} ${t("units")[e.unit] || e.unit}`;
  what.dataset.amount = String(e.amount);
  head.append(when, what);
  const quote = document.createElement("blockquote");
  quote.textContent = e.evidence;
  li.append(head, quote);
  if (/^https?:\/\//.test(e.source_url || "")) {
    const a = document.createElement("a");
    a.href = e.source_url;
    a.textContent = `${t("source")}: ${new URL(e.source_url).hostname}`;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    li.appendChild(a);
  }
  if (typeof Review !== "undefined") Review.decorate(li, e);
  return li;
}

// --- data -----------------------------------------------------------------------------------

async function getJson(url) {
  const r = await fetch(url, { cache: "no-store" });
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.json();
}

async function loadStats() {
  const all = await getJson("/v1/stats");
  state.stats = new Map(all.countries.map((s) => [s.country, s]));
  state.asOf = all.as_of;
}

async function loadEvents() {
  const q = new URLSearchParams({ limit: "12" });
  if (state.selected) q.set("country", state.selected);
  state.events = (await getJson(`/v1/events?${q}`)).events;
  renderEvents();
  if (typeof Review !== "undefined") await Review.load();
}

async function loadMap() {
  const [topology, codes] = await Promise.all([getJson("/assets/vendor/countries-110m.json"), getJson("/assets/vendor/iso-codes.json")]);
  for (const [alpha2, , numeric] of codes) state.numericToAlpha2.set(numeric, alpha2);
  state.geo = topojson.feature(topology, topology.objects.countries).features;
}

let pending = null;
/** Coalesces bursts of updates into one redraw (and one events fetch) every 250 ms at most:
 * a steady stream of updates still redraws. */
function later(fn) {
  if (pending) return;
  pending = setTimeout(() => {
    pending = null;
    fn();
  }, 250);
}

function connect() {
  const source = new EventSource("/v1/stream");
  const live = (on) => {
    $("#live").classList.toggle("on", on);
    $("#live").classList.toggle("off", !on);
    renderLive();
  };
  source.addEventListener("hello", async () => {
    live(true);
    // Anything missed between the first load and this connection, or while disconnected.
    await Promise.all([loadStats(), loadEvents()]);
    renderAll();
  });
  source.addEventListener("stats", (m) => {
    const s = JSON.parse(m.data);
    state.stats.set(s.country, s);
    if (!state.asOf || s.as_of > state.asOf) state.asOf = s.as_of;
    state.updates += 1;
    state.lastUpdate = new Date();
    later(async () => {
      await loadEvents();
      renderAll();
    });
  });
  source.addEventListener("event", () => later(async () => {
    await loadEvents();
    renderAll();
  }));
  // A reviewer's correction: the events shown change (the statistics follow as `stats`).
  source.addEventListener("correction", () => later(async () => {
    await loadEvents();
    renderAll();
  }));
  source.addEventListener("resync", async () => {
    await loadStats();
    renderAll();
  });
  source.onerror = () => live(false);
}

async function main() {
  $("#window").addEventListener("change", (e) => {
    state.window = e.target.value;
    renderAll();
  });
  $("#measure").addEventListener("change", (e) => {
    state.measure = e.target.value;
    renderAll();
  });
  for (const b of document.querySelectorAll(".lang button")) {
    b.addEventListener("click", () => {
      state.lang = b.dataset.lang;
      renderAll();
    });
  }
  $("#all-countries").addEventListener("click", () => {
    state.selected = null;
    renderAll();
    loadEvents();
  });
  renderStatic();
  await Promise.all([loadMap(), loadStats(), loadEvents()]);
  renderAll();
  connect();
}

main().catch((e) => {
  document.body.dataset.error = String(e);
  console.error(e);
});
