// Review in the dashboard: a reviewer pastes their token (kept for this tab only, in
// sessionStorage), and every listed event gets a "correct" action: a small form to change its
// kind, country, drug, amount, unit, qualifier or date, mark it as not an event, undo an
// earlier correction, or add an event the extractor missed in the same sentence, always with a
// reason (POST /v1/corrections). Corrected events are marked,
// and the original extracted values show on hover. The "Review" panel lists the recent events
// most likely to be wrong first (/v1/review). Loaded after app.js, which calls
// `Review.decorate` for each event it lists and `Review.load` when the events change.
"use strict";

const REVIEW_TEXT = {
  en: {
    reviewTitle: "Review: most likely wrong first",
    reviewNote: "Implausible quantities, events with no single country or no date of their own come first, then the largest amounts; reviewed events last.",
    token: "Reviewer token",
    tokenSave: "Use",
    tokenClear: "Sign out",
    correct: "correct",
    save: "Save correction",
    notEvent: "Not an event",
    undo: "Undo correction",
    addMissed: "Add as a missed event",
    cancel: "Cancel",
    reason: "Reason (required)",
    corrected: "corrected",
    notAnEvent: "not an event",
    added: "added by a reviewer",
    original: "Extracted",
    risks: { implausible_quantity: "implausible quantity", no_country: "no single country", relative_date: "relative date", date_from_bulletin: "no date in the text" },
    failed: "Not saved",
    fields: { kind: "Kind", country: "Country (ISO)", drug: "Drug", amount: "Amount", unit: "Unit", qualifier: "Qualifier", date: "Date" },
  },
  ru: {
    reviewTitle: "Проверка: сначала самые сомнительные",
    reviewNote: "Сначала неправдоподобные количества, события без страны или без своей даты, затем самые крупные; проверенные — в конце.",
    token: "Токен проверяющего",
    tokenSave: "Войти",
    tokenClear: "Выйти",
    correct: "исправить",
    save: "Сохранить исправление",
    notEvent: "Не событие",
    undo: "Отменить исправление",
    addMissed: "Добавить пропущенное событие",
    cancel: "Отмена",
    reason: "Причина (обязательно)",
    corrected: "исправлено",
    notAnEvent: "не событие",
    added: "добавлено проверяющим",
    original: "Извлечено",
    risks: { implausible_quantity: "неправдоподобное количество", no_country: "нет страны", relative_date: "относительная дата", date_from_bulletin: "нет даты в тексте" },
    failed: "Не сохранено",
    fields: { kind: "Вид", country: "Страна (ISO)", drug: "Вещество", amount: "Количество", unit: "Ед.", qualifier: "Точность", date: "Дата" },
  },
};

const Review = (() => {
  const KEY = "seizure-stats.reviewer-token";
  const rt = (key) => REVIEW_TEXT[state.lang][key];
  const token = () => sessionStorage.getItem(KEY) || "";
  let queue = [];

  function describe(e) {
    const q = e.qualifier === "at_least" ? "≥ " : e.qualifier === "approx" ? "~ " : "";
    return `${countryName(e.country || "ZZ")} · ${t("kinds")[e.kind] || e.kind} · ${drugName(e.drug)} · ${q}${fmt(e.amount)} ${t("units")[e.unit] || e.unit} · ${e.date || t("undated")}`;
  }

  /** Marks a listed event as corrected (the original on hover) and, for a reviewer, adds the
   * "correct" action. */
  function decorate(li, e) {
    li.classList.toggle("corrected", !!e.corrected);
    li.classList.toggle("not-event", !!e.not_an_event);
    if (e.corrected) {
      const badge = document.createElement("span");
      badge.className = "badge";
      badge.textContent = e.not_an_event ? rt("notAnEvent") : e.added ? rt("added") : rt("corrected");
      const by = e.correction ? ` — ${e.correction.reviewer}: ${e.correction.reason}` : "";
      badge.title = e.original ? `${rt("original")}: ${describe(e.original)}${by}` : by.slice(3);
      li.querySelector(".head").append(" ", badge);
      if (e.original) li.querySelector(".head").title = badge.title;
    }
    if (token()) {
      const b = document.createElement("button");
      b.className = "correct";
      b.textContent = rt("correct");
      b.addEventListener("click", () => openForm(li, e));
      li.querySelector(".head").append(" ", b);
    }
  }

  function field(name, value, options) {
    const label = document.createElement("label");
    label.textContent = rt("fields")[name] + " ";
    let input;
    if (options) {
      input = document.createElement("select");
      for (const o of options) {
        const opt = document.createElement("option");
        opt.value = o;
        opt.textContent = o;
        opt.selected = o === value;
        input.appendChild(opt);
      }
    } else {
      input = document.createElement("input");
      input.value = value ?? "";
      if (name === "amount") { input.type = "number"; input.step = "any"; input.min = "0"; }
    }
    input.name = name;
    label.appendChild(input);
    return label;
  }

  function openForm(li, e) {
    if (li.querySelector("form")) return;
    const form = document.createElement("form");
    form.className = "correction";
    form.append(
      field("kind", e.kind, ["seizure", "destruction", "period_total"]),
      field("country", e.country || "ZZ"),
      field("drug", e.drug),
      field("amount", e.amount),
      field("unit", e.unit, ["kg", "litre", "tablet", "ampoule", "plant", "dose", "package", "item"]),
      field("qualifier", e.qualifier, ["exact", "approx", "at_least"]),
      field("date", e.date || ""),
    );
    const reason = document.createElement("input");
    reason.name = "reason";
    reason.placeholder = rt("reason");
    reason.required = true;
    const message = document.createElement("span");
    message.className = "message";
    const button = (cls, text, action) => {
      const b = document.createElement("button");
      b.type = action === "amend" ? "submit" : "button";
      b.className = cls;
      b.textContent = text;
      if (action !== "amend") b.addEventListener("click", () => action ? send(action) : close());
      return b;
    };
    // The lists skip redrawing while a form is open; closing it catches up.
    const close = () => {
      form.remove();
      renderEvents();
      render();
    };
    const send = async (action) => {
      if (!reason.value.trim()) { reason.reportValidity(); return; }
      const body = { action, event_id: e.event_id, reason: reason.value.trim() };
      if (action === "amend" || action === "add") {
        for (const name of ["kind", "country", "drug", "unit", "qualifier", "date"]) body[name] = form.elements[name].value;
        body.amount = Number(form.elements.amount.value);
      }
      if (action === "add") {
        // Another event read from the same sentence, which the extractor missed.
        delete body.event_id;
        Object.assign(body, {
          bulletin_id: e.bulletin_id,
          evidence_start: e.evidence_span[0],
          evidence_end: e.evidence_span[1],
          evidence: e.evidence,
        });
      }
      const r = await fetch("/v1/corrections", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token()}` },
        body: JSON.stringify(body),
      });
      if (r.ok) {
        close();
        document.body.dataset.corrections = String(Number(document.body.dataset.corrections || 0) + 1);
      } else {
        const err = await r.json().catch(() => ({}));
        message.textContent = `${rt("failed")}: ${err.error ? err.error.message : r.status}`;
      }
    };
    form.addEventListener("submit", (ev) => { ev.preventDefault(); send("amend"); });
    form.append(reason, button("save", rt("save"), "amend"), button("not-event", rt("notEvent"), "not_an_event"),
      button("add", rt("addMissed"), "add"));
    if (e.corrected) form.append(button("undo", rt("undo"), "undo"));
    form.append(button("cancel", rt("cancel"), null), message);
    li.appendChild(form);
  }

  function renderToken() {
    const box = document.getElementById("reviewer");
    // Drawn again only when signing in or out or the language changes: a live update must not
    // wipe a token being typed.
    const shown = `${token() ? "in" : "out"}:${state.lang}`;
    if (box.dataset.shown === shown) return;
    box.dataset.shown = shown;
    box.innerHTML = "";
    if (token()) {
      const out = document.createElement("button");
      out.textContent = rt("tokenClear");
      out.addEventListener("click", () => { sessionStorage.removeItem(KEY); renderAll(); });
      box.append(out);
    } else {
      const input = document.createElement("input");
      input.type = "password";
      input.id = "reviewer-token";
      input.placeholder = rt("token");
      const use = document.createElement("button");
      use.id = "reviewer-use";
      use.textContent = rt("tokenSave");
      use.addEventListener("click", () => {
        if (input.value.trim()) sessionStorage.setItem(KEY, input.value.trim());
        renderAll();
      });
      box.append(input, use);
    }
  }

  function render() {
    renderToken();
    document.getElementById("review-title").textContent = rt("reviewTitle");
    document.getElementById("review-note").textContent = rt("reviewNote");
    const list = document.getElementById("review");
    if (list.querySelector("form.correction")) return;
    list.innerHTML = "";
    for (const e of queue) {
      const li = eventItem(e);
      const risks = document.createElement("span");
      risks.className = "risks";
      risks.textContent = (e.risks || []).map((r) => rt("risks")[r] || r).join(" · ");
      li.querySelector(".head").prepend(risks);
      list.appendChild(li);
    }
  }

  async function load() {
    queue = (await getJson("/v1/review?limit=8")).events;
    render();
  }

  return { decorate, render, load };
})();
