// Renders the questionnaire the server sends, posts the answers, and shows the explanation with a bar chart of
// what weighed for and against. Every text from the server is inserted as text, never as HTML.
"use strict";

const chrome = {
  en: {
    title: "How did my interview go?",
    intro: "Answer what you can. Skip what you are not sure about: an unanswered question never counts against you.",
    privacy: "Nothing you answer is stored on this server. Your answers are weighed once and forgotten.",
    language: "Language", submit: "See my outlook", result: "Your outlook", loading: "Loading the questions…",
    band: { encouraging: "Encouraging", mixed: "Mixed", concerning: "Concerning", tooEarlyToTell: "Too early to tell" },
    outlook: "Outlook index", chartTitle: "What weighed for and against", chartDesc: "Each bar is one sign: to the right it raised the outlook, to the left it lowered it.",
    caption: "Bars right of the line raised the outlook; bars left of it lowered it.", notSure: "Not sure",
    fixAnswers: "Please check these answers:", failed: "Something went wrong. Please try again.",
    story: "Tell us in your own words", storyHint: "Describe the interview as you would to a friend. We suggest answers from what you write; you confirm or change each one below.",
    read: "Read my words", found: n => n === 0 ? "We found nothing to suggest in these words; the questions below are all yours." : `We suggested ${n} answer${n === 1 ? "" : "s"} below from the highlighted words. Check each one.`,
    foundHere: n => `We suggested ${n} answer${n === 1 ? "" : "s"} from the highlighted words; ${n === 1 ? "it is" : "they are"} just below. Check each one and change any that is wrong.`,
    empty: "Write a few sentences about the interview first, then choose “Read my words”.",
    otherLanguage: { es: "Nothing matched in English, but these words read as Spanish: choose Español above and read them again." },
    fromWords: "From your words:", extra: "We also read these, which the questions below do not ask. Untick any that are wrong:",
    mode: "How to answer", modeOne: "One question at a time", modeAll: "All the questions",
    question: n => `Question ${n}`, next: "Next", skip: "Skip",
    range: (p, band) => `Your outlook so far: ${p.now}%, ${band}. ` + (p.low === p.high ? "" : `Likely between ${p.likelyLow}% and ${p.likelyHigh}%; possible between ${p.low}% and ${p.high}%.`),
    left: n => n === 0 ? "" : n === 1 ? "About one more question is likely to settle it." : `About ${n} more questions are likely to settle it.`,
    settled: "Settled: no answer to the remaining questions could change the band.",
    likely: (p, band) => `More answers are unlikely to change the band, ${band} (about a ${p}% chance they would). See your outlook now, or keep going.`,
    noneLeft: "No questions are left."
  },
  es: {
    title: "¿Cómo me fue en la entrevista?",
    intro: "Responde lo que puedas. Omite lo que no sepas: una pregunta sin responder nunca cuenta en tu contra.",
    privacy: "Nada de lo que respondes se guarda en este servidor. Tus respuestas se valoran una vez y se olvidan.",
    language: "Idioma", submit: "Ver mi perspectiva", result: "Tu perspectiva", loading: "Cargando las preguntas…",
    band: { encouraging: "Alentador", mixed: "Mixto", concerning: "Preocupante", tooEarlyToTell: "Aún es pronto" },
    outlook: "Índice de perspectiva", chartTitle: "Lo que pesó a favor y en contra", chartDesc: "Cada barra es una señal: hacia la derecha subió la perspectiva, hacia la izquierda la bajó.",
    caption: "Las barras a la derecha de la línea subieron la perspectiva; las de la izquierda la bajaron.", notSure: "No estoy seguro",
    fixAnswers: "Revisa estas respuestas:", failed: "Algo salió mal. Inténtalo de nuevo.",
    story: "Cuéntanos con tus palabras", storyHint: "Describe la entrevista como se la contarías a una amiga. Sugerimos respuestas a partir de lo que escribes; tú confirmas o cambias cada una abajo.",
    read: "Leer mis palabras", found: n => n === 0 ? "No encontramos nada que sugerir en este texto; las preguntas de abajo son todas tuyas." : `Sugerimos ${n} respuesta${n === 1 ? "" : "s"} abajo a partir de las palabras resaltadas. Revisa cada una.`,
    foundHere: n => `Sugerimos ${n} respuesta${n === 1 ? "" : "s"} a partir de las palabras resaltadas; ${n === 1 ? "está" : "están"} justo debajo. Revisa cada una y cambia la que no sea correcta.`,
    empty: "Escribe primero unas frases sobre la entrevista y luego elige «Leer mis palabras».",
    otherLanguage: { en: "No encontramos nada en español, pero estas palabras parecen inglés: elige English arriba y vuelve a leerlas." },
    fromWords: "Según tus palabras:", extra: "También leímos esto, que las preguntas de abajo no preguntan. Desmarca lo que no sea correcto:",
    mode: "Cómo responder", modeOne: "Una pregunta cada vez", modeAll: "Todas las preguntas",
    question: n => `Pregunta ${n}`, next: "Siguiente", skip: "Omitir",
    range: (p, band) => `Tu índice por ahora: ${p.now} %, ${band}. ` + (p.low === p.high ? "" : `Probablemente entre ${p.likelyLow} % y ${p.likelyHigh} %; posible entre ${p.low} % y ${p.high} %.`),
    left: n => n === 0 ? "" : n === 1 ? "Probablemente basta una pregunta más para fijarlo." : `Probablemente bastan unas ${n} preguntas más para fijarlo.`,
    settled: "Resultado fijado: ninguna respuesta a las preguntas que quedan podría cambiar su franja.",
    likely: (p, band) => `Es poco probable que más respuestas cambien la franja, ${band} (una probabilidad de ${p} %). Puedes ver tu perspectiva ahora o seguir.`,
    noneLeft: "No quedan preguntas."
  }
};

const state = {
  language: "en", set: new URLSearchParams(location.search).get("set") || "interview-outlook", answers: {}, lastResult: null, text: null, suggested: {}, words: {}, extra: [],
  // The language the text was read in: sent back with every request, so that the page's language never re-reads it.
  readLanguage: null, lastRead: null, title: null,
  // One question at a time: the questions by id, the current one, those skipped or answered "not sure", and how many were asked.
  mode: "one", questions: {}, current: null, declined: [], asked: 0, axis: null
};
const $ = id => document.getElementById(id);

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function applyChrome() {
  const t = chrome[state.language];
  document.documentElement.lang = state.language;
  document.title = state.title || t.title;
  $("page-title").textContent = state.title || t.title;
  $("intro").textContent = t.intro;
  $("privacy").textContent = t.privacy;
  $("language-label").textContent = t.language;
  $("submit").textContent = t.submit;
  $("result-title").textContent = t.result;
  $("story-label").textContent = t.story;
  $("story-hint").textContent = t.storyHint;
  $("read").textContent = t.read;
  $("mode-label").textContent = t.mode;
  $("mode-one-label").textContent = t.modeOne;
  $("mode-all-label").textContent = t.modeAll;
  $("adaptive-title").textContent = t.modeOne;
  $("adaptive-next").textContent = t.next;
  $("adaptive-skip").textContent = t.skip;
  $("adaptive-finish").textContent = t.submit;
}

// Reads the person's words on the server, pre-fills the questions it can, and shows which words suggested what.
async function readStory() {
  const text = $("story").value;
  collectAnswers();
  if (!text.trim()) {
    $("story-found").textContent = chrome[state.language].empty;
    $("story-view").replaceChildren();
    $("story-extra").replaceChildren();
    $("story-suggestions").replaceChildren();
    $("story-result").hidden = false;
    return;
  }
  const body = await postRead(text, state.language);
  if (!body) return;
  state.text = text;
  state.readLanguage = body.readLanguage;
  // An answer the person already gave wins over a suggestion; "not sure" is no answer.
  state.suggested = {};
  for (const [id, value] of Object.entries(body.answers)) {
    if (state.answers[id] === undefined || state.answers[id] === "unsure") state.suggested[id] = state.answers[id] = value;
  }
  state.words = {};
  for (const p of body.reading.signals.concat(body.reading.facts ?? [])) state.words[p.id] = p.evidence.map(e => e.text);
  state.extra = body.extra;
  state.lastRead = body;
  await loadQuestionnaire();
  renderStory(text, body);
}

// Reads the text as it was first read (or in the page's language the first time); titles come in the page's language.
async function postRead(text, readLanguage) {
  const response = await fetch(`/api/read?set=${encodeURIComponent(state.set)}&language=${state.language}`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text, readLanguage })
  });
  const body = await response.json();
  if (!response.ok) { showErrors(body); return null; }
  return body;
}

function renderStory(text, { reading, extra, suggestLanguage }) {
  const t = chrome[state.language];
  const spans = [];
  for (const p of reading.signals) for (const e of p.evidence) spans.push({ start: e.start, end: e.start + e.length, state: p.state, id: p.id });
  for (const p of reading.facts ?? []) for (const e of p.evidence) spans.push({ start: e.start, end: e.start + e.length, state: "present", id: p.id });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    nodes.push(document.createTextNode(text.slice(at, s.start)));
    nodes.push(el("mark", { "data-id": s.id, "data-state": s.state }, text.slice(s.start, s.end)));
    at = s.end;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  $("story-view").replaceChildren(...nodes);
  const n = Object.keys(state.suggested).length + extra.length;
  // One question at a time, the suggested answers are shown right here, where the person is; the full form has them in place.
  const here = state.mode === "one" && Object.keys(state.suggested).length > 0;
  $("story-found").textContent = n === 0 && t.otherLanguage[suggestLanguage] ? t.otherLanguage[suggestLanguage] : here ? t.foundHere(n) : t.found(n);
  const suggestions = here ? Object.keys(state.suggested).filter(id => state.questions[id]).map(id => renderQuestion(state.questions[id])) : [];
  for (const block of suggestions) block.addEventListener("change", () => Object.assign(state.answers, answersIn(block)));
  $("story-suggestions").replaceChildren(...suggestions);
  const kept = new Set([...document.querySelectorAll("input[data-keep]")].filter(b => !b.checked).map(b => b.value));
  const extraBlock = [];
  if (extra.length) {
    extraBlock.push(el("p", { class: "hint" }, t.extra));
    const list = el("ul");
    for (const x of extra) {
      const id = `keep-${x.id}`;
      const box = el("input", { type: "checkbox", id, value: x.id, "data-keep": "" });
      box.checked = !kept.has(x.id);
      const label = el("label", { for: id });
      label.append(box, ` ${x.title} — “${x.words.join("”, “")}”`);
      const item = el("li");
      item.append(label);
      list.append(item);
    }
    extraBlock.push(list);
  }
  $("story-extra").replaceChildren(...extraBlock);
  $("story-result").hidden = false;
}

// The answers a block of questions holds now (a cleared one is no answer).
function answersIn(block) {
  const answers = {};
  for (const input of block.querySelectorAll("input[type=radio]:checked, select, input:not([type=radio])")) {
    if (input.value !== "") answers[input.name] = input.value; else delete state.answers[input.name];
  }
  return answers;
}

async function loadQuestionnaire() {
  $("sections").replaceChildren(el("p", {}, chrome[state.language].loading));
  const response = await fetch(`/api/questionnaire?set=${encodeURIComponent(state.set)}&language=${state.language}`);
  const questionnaire = await response.json();
  state.title = questionnaire.title;
  applyChrome();
  state.questions = {};
  for (const section of questionnaire.sections) for (const q of section.questions) state.questions[q.id] = q;
  const sections = questionnaire.sections.map(renderSection);
  $("sections").replaceChildren(...sections);
  if (state.mode === "one") await nextQuestion();
}

// Asks the server what matters most now, how far the outlook can still move, and whether it is settled.
async function nextQuestion() {
  const t = chrome[state.language];
  const response = await fetch(`/api/plan?set=${encodeURIComponent(state.set)}&language=${state.language}`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ ...request(), declined: state.declined })
  });
  const plan = await response.json();
  if (!response.ok) return showErrors(plan);
  drawRange(plan);
  const q = plan.next ? state.questions[plan.next] : null;
  state.current = plan.status === "settled" ? null : q;
  $("adaptive-status").textContent = plan.status === "settled" ? t.settled
    : plan.status === "likelySettled" ? t.likely(Math.max(1, Math.round(plan.chance * 100)), t.band[plan.band])
    : !q ? t.noneLeft : t.left(plan.questionsLikelyLeft);
  $("adaptive-next").hidden = $("adaptive-skip").hidden = !state.current;
  if (!state.current) {
    $("adaptive-question").replaceChildren();
    await submit();
    return;
  }
  const block = renderQuestion(state.current);
  block.prepend(el("p", { class: "counter" }, t.question(state.asked + 1)));
  $("adaptive-question").replaceChildren(block);
  block.querySelector("input, select")?.focus();
}

// The reachable outlooks as a band that narrows as answers come in, with a mark at today's index. The axis is the
// log-odds of the outlook, from the widest range (the first one shown): on a plain 0–100 scale the first answers would
// only move the ends within a hair of 0% and 100%.
const logit = p => { const q = Math.min(1 - 1e-6, Math.max(1e-6, p)); return Math.log(q / (1 - q)); };

function drawRange(plan) {
  const t = chrome[state.language];
  const pct = x => Math.round(x * 100);
  $("range-text").textContent = t.range({ low: pct(plan.low), high: pct(plan.high), now: pct(plan.outlook), likelyLow: pct(plan.likelyLow), likelyHigh: pct(plan.likelyHigh) }, t.band[plan.band]);
  const bar = $("range-bar");
  if (!state.axis) {
    state.axis = [Math.min(logit(plan.low), -3), Math.max(logit(plan.high), 3)];
    const ticks = [0.01, 0.1, 0.5, 0.9, 0.99].filter(p => logit(p) > state.axis[0] && logit(p) < state.axis[1]);
    bar.querySelectorAll(".tick").forEach(n => n.remove());
    for (const p of ticks) bar.append(el("span", { class: "tick", style: `left: ${at(p)}%` }, `${Math.round(p * 100)}%`));
  }
  bar.dataset.span = (logit(plan.high) - logit(plan.low)).toFixed(3);
  bar.querySelector(".reach").style.left = `${at(plan.low)}%`;
  bar.querySelector(".reach").style.width = `${Math.max(0.5, at(plan.high) - at(plan.low))}%`;
  bar.querySelector(".likely").style.left = `${at(plan.likelyLow)}%`;
  bar.querySelector(".likely").style.width = `${Math.max(0.5, at(plan.likelyHigh) - at(plan.likelyLow))}%`;
  bar.querySelector(".now").style.left = `${at(plan.outlook)}%`;
}

function at(p) {
  const [a, b] = state.axis;
  return Math.min(100, Math.max(0, (logit(p) - a) / (b - a) * 100));
}

// Takes the answer to the question on screen (or none), then asks the next one.
async function answerCurrent(skip) {
  const q = state.current;
  if (!q) return;
  let value = "";
  if (!skip) {
    const box = $("adaptive-question");
    value = box.querySelector("input[type=radio]:checked")?.value ?? box.querySelector("select, input:not([type=radio])")?.value ?? "";
  }
  if (value === "" || value === "unsure") state.declined.push(q.id);
  if (value !== "") state.answers[q.id] = value;
  state.asked++;
  await nextQuestion();
}

async function setMode(mode) {
  if (mode === state.mode) return;
  if (state.mode === "all") collectAnswers();
  state.mode = mode;
  $("adaptive").hidden = mode !== "one";
  $("questionnaire").hidden = mode !== "all";
  await loadQuestionnaire();
  if (state.lastRead) renderStory(state.text, state.lastRead);
}

function renderSection(section) {
  const fieldset = el("fieldset");
  fieldset.append(el("legend", {}, section.title));
  for (const q of section.questions) fieldset.append(renderQuestion(q));
  return fieldset;
}

function renderQuestion(q) {
  const wrapper = el("div", { class: "question" });
  const id = `q-${q.id}`;
  const saved = state.answers[q.id] ?? "";
  if (q.kind === "yesNoUnsure" || q.kind === "boolean") {
    const group = el("div", { role: "radiogroup", "aria-labelledby": `${id}-label`, class: "choices" });
    wrapper.append(el("p", { id: `${id}-label` }, q.text));
    // One question at a time has a Skip button; the full form needs a way back to no answer for a yes/no fact.
    const choices = q.choices.concat(q.kind === "boolean" && state.mode === "all" ? [{ value: "", label: chrome[state.language].notSure }] : []);
    for (const c of choices) {
      const input = el("input", { type: "radio", name: q.id, value: c.value, id: `${id}-${c.value || "skip"}` });
      if (saved === c.value || (saved === "" && c.value === "unsure")) input.checked = true;
      const label = el("label", { for: input.id });
      label.append(input, " " + c.label);
      group.append(label);
    }
    wrapper.append(group);
  } else if (q.kind === "choice") {
    wrapper.append(el("label", { for: id }, q.text));
    const select = el("select", { id, name: q.id });
    select.append(el("option", { value: "" }, "—"));
    for (const c of q.choices) {
      const option = el("option", { value: c.value }, c.label);
      if (saved === c.value) option.selected = true;
      select.append(option);
    }
    wrapper.append(select);
  } else {
    // The unit sits after the box ("[ 55 ] minutes"), not repeated after a question that already names it.
    const label = el("label", { for: id }, q.text);
    const input = el("input", { id, name: q.id, type: q.kind === "date" ? "date" : "number", value: saved });
    if (q.kind === "number") {
      input.setAttribute("inputmode", "decimal");
      if (q.minimum !== undefined) input.setAttribute("min", q.minimum);
      if (q.maximum !== undefined) input.setAttribute("max", q.maximum);
    }
    wrapper.append(label, input);
    if (q.unit) wrapper.append(el("span", { class: "unit" }, ` ${q.unit}`));
  }
  if (state.suggested[q.id] !== undefined && state.words[q.id]) {
    wrapper.dataset.suggested = "";
    wrapper.append(el("p", { class: "from-words" }, `${chrome[state.language].fromWords} “${state.words[q.id].join("”, “")}”`));
  }
  return wrapper;
}

function collectAnswers() {
  // One question at a time keeps its own answers; the full form, hidden then, is not read.
  if (state.mode === "one" || !$("sections").querySelector("input, select")) return state.answers;
  const data = new FormData($("questionnaire"));
  const answers = {};
  for (const [k, v] of data.entries()) if (v !== "") answers[k] = String(v);
  state.answers = answers;
  return answers;
}

function request() {
  const body = { answers: collectAnswers() };
  if (state.text) {
    body.text = state.text;
    body.readLanguage = state.readLanguage;
    body.keep = [...document.querySelectorAll("input[data-keep]")].filter(b => b.checked).map(b => b.value);
  }
  return body;
}

async function submit(event) {
  event?.preventDefault();
  $("form-errors").replaceChildren();
  const response = await fetch(`/api/assess?set=${encodeURIComponent(state.set)}&language=${state.language}`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request())
  });
  const body = await response.json();
  if (!response.ok) return showErrors(body);
  state.lastResult = body;
  renderResult(body);
}

function showErrors(problem) {
  const t = chrome[state.language];
  if (!problem.errors) { $("form-errors").textContent = t.failed; return; }
  const list = el("ul");
  for (const [field, messages] of Object.entries(problem.errors)) list.append(el("li", {}, `${field}: ${messages.join(" ")}`));
  $("form-errors").replaceChildren(el("p", {}, t.fixAnswers), list);
}

function renderResult({ assessment, explanation, bars }) {
  const t = chrome[state.language];
  $("result").hidden = false;
  $("headline").textContent = explanation.headline.text;
  $("band").textContent = `${t.band[assessment.band]} · ${t.outlook} ${Math.round(assessment.outlook * 100)}`;
  $("band").dataset.band = assessment.band;
  $("confidence").textContent = explanation.confidence.text;
  drawChart(bars);
  $("chart-caption").textContent = t.caption;

  const blocks = [];
  const section = (key, items) => {
    if (!items.length) return;
    blocks.push(el("h3", {}, explanation.headings[key]));
    const ul = el("ul", { "data-section": key });
    for (const item of items) {
      const li = el("li", {}, item.text);
      if (item.quote) li.append(el("span", { class: "quote" }, item.quote));
      ul.append(li);
    }
    blocks.push(ul);
  };
  section("reasonsFor", explanation.reasonsFor);
  section("reasonsAgainst", explanation.reasonsAgainst);
  section("caveats", explanation.caveats);
  section("advice", explanation.advice);
  section("findOutNext", explanation.findOutNext);
  section("notAboutYou", explanation.notAboutYou);
  section("about", (explanation.recheck ? [explanation.recheck] : []).concat(explanation.disclaimers));
  $("explanation").replaceChildren(...blocks);
  $("result").scrollIntoView({ behavior: "smooth", block: "start" });
}

// Splits a label into lines of at most `width` characters at spaces, so that no word is cut.
function wrapLabel(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && (line + " " + word).length > width) { lines.push(line); line = word; } else line = line ? line + " " + word : word;
  }
  if (line) lines.push(line);
  return lines;
}

function drawChart(bars) {
  const t = chrome[state.language];
  const svg = $("chart");
  const ns = "http://www.w3.org/2000/svg";
  const lineHeight = 14, labelWidth = 300, barSpace = 260, width = labelWidth + barSpace * 2 + 60;
  const sorted = [...bars].sort((a, b) => b.value - a.value);
  const max = Math.max(0.1, ...sorted.map(b => Math.abs(b.value)));
  const title = document.createElementNS(ns, "title"); title.id = "chart-title"; title.textContent = t.chartTitle;
  const desc = document.createElementNS(ns, "desc"); desc.id = "chart-desc"; desc.textContent = t.chartDesc;
  const nodes = [title, desc];
  const zero = labelWidth + barSpace;
  let y = 10;
  for (const b of sorted) {
    // Each bar says what was answered, on as many lines as it needs (whole words only).
    const lines = wrapLabel(b.title, 46);
    const rowHeight = Math.max(26, lines.length * lineHeight + 12);
    const len = Math.abs(b.value) / max * barSpace;
    const rect = document.createElementNS(ns, "rect");
    rect.setAttribute("x", b.value >= 0 ? zero : zero - len);
    rect.setAttribute("y", y + (rowHeight - 18) / 2);
    rect.setAttribute("width", Math.max(1, len));
    rect.setAttribute("height", 18);
    rect.setAttribute("fill", b.value >= 0 ? "#2e7d32" : "#c62828");
    const label = document.createElementNS(ns, "text");
    label.setAttribute("data-signal", b.signalId);
    lines.forEach((text, i) => {
      const span = document.createElementNS(ns, "tspan");
      span.setAttribute("x", 0);
      span.setAttribute("y", y + 14 + i * lineHeight + (rowHeight - 12 - lines.length * lineHeight) / 2);
      span.textContent = i < lines.length - 1 ? text + " " : text;
      label.append(span);
    });
    const value = document.createElementNS(ns, "text");
    value.setAttribute("x", b.value >= 0 ? zero + len + 4 : zero - len - 44); value.setAttribute("y", y + rowHeight / 2 + 4);
    value.textContent = (b.value >= 0 ? "+" : "") + b.value.toFixed(2);
    nodes.push(rect, label, value);
    y += rowHeight;
  }
  const axis = document.createElementNS(ns, "line");
  axis.setAttribute("x1", zero); axis.setAttribute("x2", zero); axis.setAttribute("y1", 0);
  axis.setAttribute("y2", y + 10); axis.setAttribute("stroke", "#555");
  nodes.push(axis);
  svg.setAttribute("viewBox", `0 0 ${width} ${Math.max(30, y + 10)}`);
  svg.setAttribute("width", "100%");
  svg.replaceChildren(...nodes);
}

$("questionnaire").addEventListener("submit", submit);
$("adaptive-next").addEventListener("click", () => answerCurrent(false));
$("adaptive-skip").addEventListener("click", () => answerCurrent(true));
$("adaptive-finish").addEventListener("click", () => submit());
for (const radio of document.querySelectorAll("input[name=mode]")) radio.addEventListener("change", e => setMode(e.target.value));
$("read").addEventListener("click", readStory);
$("language").addEventListener("change", async e => {
  collectAnswers();
  state.language = e.target.value;
  applyChrome();
  await loadQuestionnaire();
  if (state.text) {
    const body = await postRead(state.text, state.readLanguage);
    if (body) { state.extra = body.extra; state.lastRead = body; renderStory(state.text, body); }
  }
  if (state.lastResult) await submit();
});
applyChrome();
loadQuestionnaire().then(() => { document.body.dataset.ready = ""; });
