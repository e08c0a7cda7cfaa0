/* The explorer page: search, records and the timeline, from the JSON export
 * embedded in the page. Every text of the data enters the document through
 * textContent or setAttribute, never as markup, and only http(s) URLs
 * become links. */

const exported = JSON.parse(document.getElementById("capartner-data").textContent);
const tables = exported.tables;
const AS_OF = exported.data_as_of; /* the date of the relations' status in the export */
loadFolding(JSON.parse(document.getElementById("capartner-fold").textContent));

/* ------------------------------------------------------------ the data */

const KINDS = ["country", "body", "place", "area", "event", "participation", "source"];
const PLURAL = {
  country: "Countries", body: "Bodies and programmes", place: "Places", area: "Areas of cooperation",
  event: "Events", participation: "Relations", source: "Sources"
};
const TABLE_OF = {
  country: "countries", body: "bodies", place: "places", area: "areas", event: "events",
  participation: "participations", source: "sources"
};

function indexBy(rows, key) {
  const map = new Map();
  for (const row of rows) map.set(row[key], row);
  return map;
}

function groupBy(rows, key, value) {
  const map = new Map();
  for (const row of rows) {
    if (!map.has(row[key])) map.set(row[key], []);
    map.get(row[key]).push(value ? row[value] : row);
  }
  return map;
}

const records = {};
for (const kind of KINDS) records[kind] = indexBy(tables[TABLE_OF[kind]], "id");
const sections = new Map(tables.sections.map((s) => [s.source + "\u0000" + s.id, s]));
const namesOf = new Map();
for (const name of tables.names) {
  const key = name.owner_type + ":" + name.owner;
  if (!namesOf.has(key)) namesOf.set(key, []);
  namesOf.get(key).push(name);
}
const eventLinks = {
  country: { byEvent: groupBy(tables.event_countries, "event", "country"),
    byOther: groupBy(tables.event_countries, "country", "event") },
  body: { byEvent: groupBy(tables.event_bodies, "event", "body"),
    byOther: groupBy(tables.event_bodies, "body", "event") },
  area: { byEvent: groupBy(tables.event_areas, "event", "area"),
    byOther: groupBy(tables.event_areas, "area", "event") }
};
const relationsOfCountry = groupBy(tables.participations, "country");
const relationsOfBody = groupBy(tables.participations, "body");
const childrenOfBody = groupBy(tables.bodies.filter((b) => b.parent), "parent");
const eventsAtPlace = groupBy(tables.events.filter((e) => e.place), "place");
const alternativesOf = {
  event: groupBy(tables.events.filter((e) => e.alternative_of), "alternative_of"),
  participation: groupBy(tables.participations.filter((p) => p.alternative_of), "alternative_of")
};
const eventsByPosition = tables.events.slice().sort((a, b) => a.position - b.position);

function displayName(kind, record) {
  switch (kind) {
    case "country": return record.name;
    case "body": return record.acronym ? record.name + " (" + record.acronym + ")" : record.name;
    case "place": case "area": return record.name;
    case "event": return record.date + " — " + record.summary;
    case "participation": {
      const country = records.country.get(record.country), body = records.body.get(record.body);
      return (country ? country.name : record.country) + " in " +
        (body ? displayName("body", body) : record.body) + ": " + words(record.role);
    }
    case "source": return record.title;
  }
  return record.id;
}

const words = (identifier) => String(identifier).replace(/_/g, " ");

/* ------------------------------------------------------ DOM, escaped */

/* An element with attributes and children (strings become text nodes). */
function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {}))
    if (value !== null && value !== undefined && value !== false) element.setAttribute(name, value);
  for (const child of children.flat(Infinity))
    if (child !== null && child !== undefined && child !== false)
      element.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
  return element;
}

const hashOf = (kind, id) => "#" + kind + "/" + encodeURIComponent(id);

/* A link to a record, or its id as text when the data names none. */
function recordLink(kind, id) {
  const record = records[kind] && records[kind].get(id);
  if (!record) return h("span", {}, String(id));
  return h("a", { href: hashOf(kind, id) }, displayName(kind, record));
}

/* Only http and https addresses become links; anything else is text. The
 * data writes most addresses without a scheme ("nato.int/docu/..."): a
 * host name and a path, linked over https. */
function externalLink(url) {
  let parsed = null;
  const bare = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(\/[^\s]*)?$/.test(url);
  try {
    parsed = new URL(bare ? "https://" + url : url);
  } catch (error) {
    parsed = null;
  }
  if (parsed && (parsed.protocol === "http:" || parsed.protocol === "https:"))
    return h("a", { href: parsed.href, rel: "noopener noreferrer" }, url);
  return h("span", { class: "url-text" }, url);
}

function citation(row) {
  const source = records.source.get(row.source);
  const parts = ["Source: "];
  if (!source) return h("p", { class: "cite" }, "Source: " + row.source);
  parts.push(h("a", { href: hashOf("source", source.id) }, source.title));
  if (source.publisher) parts.push(", " + source.publisher);
  if (source.published) parts.push(", " + source.published);
  if (row.section) {
    const section = sections.get(row.source + "\u0000" + row.section);
    parts.push("; section “" + (section ? section.title : row.section) + "”");
  }
  if (row.paragraph !== null && row.paragraph !== undefined) parts.push(", paragraph " + row.paragraph);
  if (source.url) parts.push(" — ", externalLink(source.url));
  return h("p", { class: "cite" }, parts);
}

function facts(pairs) {
  const list = h("dl", { class: "facts" });
  for (const [term, value] of pairs)
    if (value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && !value.length))
      list.append(h("dt", {}, term), h("dd", {}, value));
  return list;
}

function table(caption, headers, rows) {
  if (!rows.length) return null;
  return h("div", { class: "table" },
    h("table", {},
      h("caption", { class: "visually-hidden" }, caption),
      h("thead", {}, h("tr", {}, headers.map((name) => h("th", { scope: "col" }, name)))),
      h("tbody", {}, rows.map((cells) => h("tr", {}, cells.map((cell) =>
        h("td", { class: /^\d{4}(-\d\d){0,2}$/.test(cell) ? "day" : null }, cell)))))));
}

function section(title, ...content) {
  const body = content.flat().filter((c) => c);
  if (!body.length) return null;
  return h("section", {}, h("h2", {}, title), body);
}

/* ---------------------------------------------------------- the status */

const isoDay = (day) => String(day).replace(/^(\d{4})(\d\d)(\d\d)$/, "$1-$2-$3");

/* A relation's spans in days: the library's, from the export. certain is
 * null when no day is certain; possible's open ends are 0 and OPEN_LATEST,
 * and it is null when no day is possible (docs/json-schema.md). */
function spansOf(p) {
  const certain = p.certain_first ? [dayNumber(p.certain_first), dayNumber(p.certain_last)] : null;
  const possible = [p.possible_first ? dayNumber(p.possible_first) : 0,
    p.possible_last ? dayNumber(p.possible_last) : OPEN_LATEST];
  return { certain, possible: possible[0] <= possible[1] ? possible : null };
}

/* A relation's status on the data's date in the command's words (capartner
 * show): the library's status from the export, with the edge of what the
 * sources make certain when it is unknown. */
function relationStatus(p) {
  const asOf = dayNumber(AS_OF), { certain, possible } = spansOf(p);
  if (p.status === "held") return { cls: "status-held", text: "held" };
  if (p.status === "not_held")
    return !possible || asOf > possible[1] ? { cls: "status-ended", text: "ended" } :
      { cls: "status-ended", text: "not yet" };
  if (certain && asOf > certain[1])
    return { cls: "status-unknown", text: "unknown since " + isoDay(dayAfter(certain[1])) };
  if (certain && asOf < certain[0])
    return { cls: "status-unknown", text: "unknown until " + isoDay(certain[0]) };
  return { cls: "status-unknown", text: "unknown" };
}

/* The status's first word in bold: held, ended, not yet, unknown. */
function statusCell(p) {
  const status = relationStatus(p);
  const word = /^(not yet|\S+)(.*)$/.exec(status.text);
  return h("span", { class: status.cls, "data-status": p.status }, h("strong", {}, word[1]),
    word[2] ? h("span", { class: "status-edge" }, word[2]) : null);
}

/* A span in words: "1992-12-31 to 1996-12-31", "open to 2014-12-27", "no day". */
function spanText(span) {
  if (!span) return "no day";
  const end = (day) => day === 0 || day === OPEN_LATEST ? "open" : isoDay(day);
  return end(span[0]) + " to " + end(span[1]);
}

const SVG_NS = "http://www.w3.org/2000/svg";
function svg(tag, attributes, text) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text) element.textContent = text;
  return element;
}

/* A relation's bar as the timeline draws it: faded over the days it possibly
 * held, solid over those it certainly held, open ends running to the edge;
 * a line at the data's date. */
function spanBar(p) {
  const { certain, possible } = spansOf(p);
  const asOf = dayNumber(AS_OF);
  const known = [certain && certain[0], certain && certain[1], asOf,
    possible && possible[0] !== 0 && possible[0], possible && possible[1] !== OPEN_LATEST && possible[1]]
    .filter((day) => day);
  const first = Math.floor(Math.min(...known) / 10000) - 1, last = Math.floor(Math.max(...known) / 10000) + 2;
  const width = 600, left = 8, right = width - 8;
  const x = (day) => {
    if (day <= 0) return left;
    if (day >= OPEN_LATEST) return right;
    const year = Math.floor(day / 10000), month = Math.floor(day / 100) % 100, date = day % 100;
    const at = year + ((month - 1) * 30.44 + date - 1) / 365.25;
    return left + (at - first) / (last - first) * (right - left);
  };
  const picture = svg("svg", { class: "span-bar", viewBox: "0 0 " + width + " 44", role: "img",
    "aria-label": "Certainly held: " + spanText(certain) + "; possibly held: " + spanText(possible) +
      "; the line marks the data's date, " + AS_OF });
  if (possible)
    picture.append(svg("rect", { class: "possible", x: x(possible[0]), y: 6, rx: 3, height: 14,
      width: Math.max(3, x(possible[1]) - x(possible[0])), "data-first": possible[0], "data-last": possible[1] }));
  if (certain)
    picture.append(svg("rect", { class: "certain", x: x(certain[0]), y: 6, rx: 3, height: 14,
      width: Math.max(3, x(certain[1]) - x(certain[0])), "data-first": certain[0], "data-last": certain[1] }));
  picture.append(svg("line", { class: "as-of", x1: x(asOf), x2: x(asOf), y1: 2, y2: 24 }));
  picture.append(svg("text", { x: left, y: 38 }, String(first)),
    svg("text", { x: right, y: 38, "text-anchor": "end" }, String(last)));
  return picture;
}

/* --------------------------------------------------------- the records */

function namesSection(kind, id) {
  const names = namesOf.get(kind + ":" + id) || [];
  return section("Names", table("Names", ["Name", "Language", "Kind", "Valid", "Source"],
    names.map((n) => [
      h("span", { lang: n.language }, n.text), n.language, words(n.kind) + (n.preferred ? "" : " (not preferred)"),
      n.valid_from || n.valid_to ? (n.valid_from || "…") + " – " + (n.valid_to || "…") : "",
      citation(n)])));
}

function relationsTable(rows, firstColumn) {
  return table("Relations", [firstColumn === "body" ? "Body" : "Country", "Role", "Status on " + AS_OF, "Started",
    "Ended", "Reported", "Summary"],
  rows.map((p) => [recordLink(firstColumn, p[firstColumn]),
    h("a", { href: hashOf("participation", p.id) }, words(p.role)),
    statusCell(p), p.started || "not stated", p.ended || "", p.reported || "",
    [p.summary, p.alternative_of ? " (an alternative statement)" : "", citation(p)]]));
}

function eventList(ids) {
  const wanted = new Set(ids);
  const events = eventsByPosition.filter((e) => wanted.has(e.id));
  if (!events.length) return null;
  return h("ul", { class: "events" }, events.map((e) => h("li", {},
    h("span", { class: "date" }, e.date), h("a", { href: hashOf("event", e.id) }, e.summary),
    e.alternative_of ? h("span", { class: "alias" }, " (alternative statement)") : null)));
}

function eventsOf(kind, id) {
  if (kind === "place") return (eventsAtPlace.get(id) || []).map((e) => e.id);
  return eventLinks[kind].byOther.get(id) || [];
}

const RECORD_PAGES = {
  country(c) {
    return [
      facts([["Codes", [c.alpha2, c.alpha3, c.numeric].filter((x) => x !== null).join(" · ")],
        ["NATO partner", c.partner ? "yes" : "no"],
        ["Capital", c.capital ? recordLink("place", c.capital) : null],
        ["Correlates of War", c.cow_code !== null ? c.cow_code + " " + (c.cow_abbreviation || "") : null],
        ["Note", c.note]]),
      citation(c),
      section("Relations", relationsTable(relationsOfCountry.get(c.id) || [], "body")),
      section("Events", eventList(eventsOf("country", c.id))),
      namesSection("country", c.id)];
  },
  body(b) {
    return [
      facts([["Kind", words(b.kind)], ["Acronym", b.acronym], ["Part of", b.parent ? recordLink("body", b.parent) : null],
        ["Place", b.place ? recordLink("place", b.place) : null], ["Started", b.started], ["Ended", b.ended],
        ["Summary", b.summary],
        ["Parts", (childrenOfBody.get(b.id) || []).map((child, i) => [i ? ", " : "", recordLink("body", child.id)])]]),
      citation(b),
      section("Relations", relationsTable(relationsOfBody.get(b.id) || [], "country")),
      section("Events", eventList(eventsOf("body", b.id))),
      namesSection("body", b.id)];
  },
  place(p) {
    return [facts([["Kind", words(p.kind)], ["Country", p.country ? recordLink("country", p.country) : null]]),
      citation(p), namesSection("place", p.id), section("Events", eventList(eventsOf("place", p.id)))];
  },
  area(a) {
    return [facts([["Summary", a.summary]]), citation(a), namesSection("area", a.id),
      section("Events", eventList(eventsOf("area", a.id)))];
  },
  event(e) {
    const linked = (kind) => (eventLinks[kind].byEvent.get(e.id) || []).map((id, i) => [i ? ", " : "", recordLink(kind, id)]);
    return [facts([["Date", e.date + (e.date_earliest ? " (" + e.date_earliest + " to " + e.date_latest + ")" : "")],
      ["Kind", words(e.kind)], ["Place", e.place ? recordLink("place", e.place) : null],
      ["Countries", linked("country")], ["Bodies", linked("body")], ["Areas", linked("area")],
      ["Summary", e.summary],
      ["Alternative to", e.alternative_of ? recordLink("event", e.alternative_of) : null],
      ["Alternatives", (alternativesOf.event.get(e.id) || []).map((a, i) => [i ? ", " : "", recordLink("event", a.id)])]]),
    citation(e)];
  },
  participation(p) {
    return [facts([["Country", recordLink("country", p.country)], ["Body", recordLink("body", p.body)],
      ["Role", words(p.role)], ["Status on " + AS_OF, statusCell(p)], ["Started", p.started || "not stated"],
      ["Ended", p.ended], ["Reported", p.reported],
      ["Certainly held", h("span", { class: "span-certain" }, spanText(spansOf(p).certain))],
      ["Possibly held", h("span", { class: "span-possible" }, spanText(spansOf(p).possible))],
      ["Span", spanBar(p)], ["Summary", p.summary],
      ["Alternative to", p.alternative_of ? recordLink("participation", p.alternative_of) : null],
      ["Alternatives", (alternativesOf.participation.get(p.id) || []).map((a, i) => [i ? ", " : "", recordLink("participation", a.id)])]]),
    citation(p)];
  },
  source(s) {
    const own = tables.sections.filter((x) => x.source === s.id).sort((a, b) => a.ordinal - b.ordinal);
    return [facts([["Kind", words(s.kind)], ["Publisher", s.publisher], ["Published", s.published],
      ["Content dated", s.content_date], ["Address", s.url ? externalLink(s.url) : null], ["Note", s.note]]),
    section("Sections", own.length ? h("ol", {}, own.map((x) => h("li", {}, x.title))) : null)];
  }
};

function showRecord(kind, id) {
  const record = records[kind] && records[kind].get(id);
  if (!record) return showMessage("No " + kind + " has the id “" + id + "”.");
  const singular = kind === "participation" ? "relation" : kind;
  document.title = displayName(kind, record) + " — NATO's partnerships with Central Asia";
  return [h("p", { class: "kind" }, singular.charAt(0).toUpperCase() + singular.slice(1) + " · " + id),
    h("h1", {}, displayName(kind, record)), RECORD_PAGES[kind](record)];
}

function showMessage(text) {
  return [h("h1", {}, "Not found"), h("p", {}, text), h("p", {}, h("a", { href: "#" }, "Back to the index"))];
}

function showIndex() {
  document.title = "NATO's partnerships with Central Asia — explorer";
  const byName = (kind) => Array.from(records[kind].values())
    .sort((a, b) => displayName(kind, a).localeCompare(displayName(kind, b)));
  const countries = byName("country").sort((a, b) => Number(b.partner) - Number(a.partner));
  const list = (kind, rows) => section(PLURAL[kind], h("ul", { class: "columns" },
    rows.map((r) => h("li", {}, recordLink(kind, r.id)))));
  return [h("h1", {}, "NATO's partnerships with Central Asia"),
    h("p", {}, "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in NATO's programmes, ",
      tables.events.length + " dated events and " + tables.participations.length +
      " relations, each with its source. Search above, open the ", h("a", { href: "#timeline" }, "timeline"),
      ", or start from a record."),
    list("country", countries), list("body", byName("body")), list("area", byName("area")),
    list("place", byName("place")), list("source", byName("source"))];
}

/* --------------------------------------------------------------- search */

/* Every name and alias of every country, body, place and area, folded once,
 * at the first search (not before the page is first shown). */
const searchable = [];
function addSearchable(kind, id, text, note) {
  if (text) searchable.push({ kind, id, text: String(text), folded: foldText(String(text)), note });
}
function buildSearchable() {
  for (const c of tables.countries) {
    addSearchable("country", c.id, c.name);
    for (const code of [c.alpha2, c.alpha3]) addSearchable("country", c.id, code, "code");
  }
  for (const b of tables.bodies) {
    addSearchable("body", b.id, b.name);
    addSearchable("body", b.id, b.acronym, "acronym");
    addSearchable("body", b.id, b.id, "id");
  }
  for (const p of tables.places) addSearchable("place", p.id, p.name);
  for (const a of tables.areas) {
    addSearchable("area", a.id, a.name);
    addSearchable("area", a.id, a.id, "id");
  }
  for (const n of tables.names) addSearchable(n.owner_type, n.owner, n.text, n.language + ", " + words(n.kind));
}

/* 0 exact, 1 prefix, 2 a word's prefix, 3 inside; -1 no match. */
function matchRank(folded, query) {
  const at = folded.indexOf(query);
  if (at < 0) return -1;
  if (folded.length === query.length) return 0;
  if (at === 0) return 1;
  return /[\s\-(’'«“]/.test(folded.charAt(at - 1)) ? 2 : 3;
}

function search(text) {
  const query = foldText(text.trim().replace(/\s+/g, " "));
  if (!query) return [];
  if (!searchable.length) buildSearchable();
  const best = new Map();
  for (const entry of searchable) {
    if (!records[entry.kind] || !records[entry.kind].has(entry.id)) continue;
    const rank = matchRank(entry.folded, query);
    if (rank < 0) continue;
    const key = entry.kind + ":" + entry.id;
    const seen = best.get(key);
    if (!seen || rank < seen.rank) best.set(key, { ...entry, rank });
  }
  const groups = new Map();
  for (const hit of best.values()) {
    if (!groups.has(hit.kind)) groups.set(hit.kind, []);
    groups.get(hit.kind).push(hit);
  }
  const result = [];
  for (const [kind, hits] of groups) {
    hits.sort((a, b) => a.rank - b.rank ||
      displayName(kind, records[kind].get(a.id)).localeCompare(displayName(kind, records[kind].get(b.id))));
    result.push({ kind, hits, rank: hits[0].rank });
  }
  /* the group with the closest match first; equal ones in the order of KINDS */
  return result.sort((a, b) => a.rank - b.rank || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
}

const searchInput = document.getElementById("search");
const resultsBox = document.getElementById("results");

function renderResults() {
  const groups = search(searchInput.value);
  resultsBox.replaceChildren();
  if (!searchInput.value.trim()) {
    resultsBox.hidden = true;
    return;
  }
  resultsBox.hidden = false;
  const total = groups.reduce((n, g) => n + g.hits.length, 0);
  resultsBox.append(h("p", { class: "hint", id: "results-count" },
    total ? total + (total === 1 ? " record" : " records") : "No name or alias contains “" + searchInput.value.trim() + "”."));
  for (const group of groups) {
    const id = "results-" + group.kind;
    resultsBox.append(h("h2", { id }, PLURAL[group.kind]),
      h("ol", { "aria-labelledby": id }, group.hits.map((hit) => {
        const record = records[hit.kind].get(hit.id);
        const name = displayName(hit.kind, record);
        return h("li", {}, h("a", { href: hashOf(hit.kind, hit.id), class: "result" }, name),
          hit.text !== name ? h("span", { class: "alias" }, " — " + hit.text + (hit.note ? " (" + hit.note + ")" : "")) : null);
      })));
  }
}

searchInput.addEventListener("input", renderResults);
searchInput.addEventListener("keydown", (event) => {
  const first = resultsBox.querySelector("a.result");
  if (event.key === "ArrowDown" && first) {
    event.preventDefault();
    first.focus();
  } else if (event.key === "Enter" && first) {
    event.preventDefault();
    location.hash = first.getAttribute("href");
  } else if (event.key === "Escape") {
    searchInput.value = "";
    renderResults();
  }
});
resultsBox.addEventListener("keydown", (event) => {
  const links = Array.from(resultsBox.querySelectorAll("a.result"));
  const at = links.indexOf(document.activeElement);
  if (at < 0) return;
  if (event.key === "ArrowDown" && at + 1 < links.length) links[at + 1].focus();
  else if (event.key === "ArrowUp") (at > 0 ? links[at - 1] : searchInput).focus();
  else if (event.key === "Escape") searchInput.focus();
  else return;
  event.preventDefault();
});

/* ------------------------------------------------------------- timeline */

const filters = document.getElementById("filters");
const figure = document.querySelector("#timeline .figure");
const countLine = document.getElementById("timeline-count");
const errorLine = document.getElementById("timeline-error");

function fillSelect(name, options) {
  const select = filters.elements[name];
  for (const [value, label] of options) select.append(h("option", { value }, label));
}
const sortedOptions = (kind) => Array.from(records[kind].values())
  .map((r) => [r.id, displayName(kind, r)]).sort((a, b) => a[1].localeCompare(b[1]));
fillSelect("country", sortedOptions("country"));
fillSelect("body", sortedOptions("body"));
fillSelect("area", sortedOptions("area"));
fillSelect("kind", Array.from(new Set(tables.events.map((e) => e.kind))).sort().map((k) => [k, words(k)]));

/* Marks, bars and the lines of the list of events open their record, by
 * mouse and by keyboard. */
for (const mark of figure.querySelectorAll("g.event, g.participation, g.event-item")) {
  const kind = mark.classList.contains("participation") ? "participation" : "event";
  const id = mark.getAttribute("data-" + kind);
  const title = mark.querySelector("title");
  mark.setAttribute("tabindex", "0");
  mark.setAttribute("role", "link");
  mark.setAttribute("aria-label", (kind === "event" ? "Event: " : "Relation: ") +
    (title ? title.textContent : mark.textContent));
  const open = () => { location.hash = hashOf(kind, id); };
  mark.addEventListener("click", open);
  mark.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      open();
    }
  });
}

/* The picture's lanes, so that hiding some closes the gap they leave: each
 * lane's height (down to its bottom line), what is drawn below the lanes,
 * and the grid lines that run down to the last lane. */
const picture = figure.querySelector("svg");
const laneBoxes = [];
const belowLanes = [];
const gridLines = [];
if (picture) {
  let top = null;
  for (const child of picture.children) {
    if (child.matches("g.lane, g.lane-other")) {
      const bottom = Number(child.querySelector(".lane-line").getAttribute("y1"));
      if (top === null) top = Number((child.querySelector(".lane-bg") || child.querySelector(".lane-line")).getAttribute("y"));
      laneBoxes.push({ lane: child, height: bottom - top });
      top = bottom;
    } else if (laneBoxes.length) {
      belowLanes.push(child);
    }
  }
  for (const line of picture.querySelectorAll("g.axis-years line:not(.axis)"))
    gridLines.push({ line, y2: Number(line.getAttribute("y2")) });
}
const pictureSize = picture ? { width: Number(picture.getAttribute("width")), height: Number(picture.getAttribute("height")) } : null;

function closeLaneGaps() {
  if (!picture) return;
  let shift = 0;
  const move = (element) => {
    if (shift) element.setAttribute("transform", "translate(0 " + -shift + ")");
    else element.removeAttribute("transform");
  };
  for (const box of laneBoxes) {
    if (box.lane.classList.contains("hidden")) shift += box.height;
    else move(box.lane);
  }
  belowLanes.forEach(move);
  for (const grid of gridLines) grid.line.setAttribute("y2", String(grid.y2 - shift));
  picture.setAttribute("height", String(pictureSize.height - shift));
  picture.setAttribute("viewBox", "0 0 " + pictureSize.width + " " + (pictureSize.height - shift));
}

function readFilters() {
  const value = (name) => filters.elements[name].value.trim();
  return { country: value("country"), body: value("body"), area: value("area"), kind: value("kind"),
    from: value("from"), to: value("to"), mode: filters.elements.mode.value || "certainly" };
}

function writeFilters(state) {
  for (const name of ["country", "body", "area", "kind", "from", "to"]) filters.elements[name].value = state[name] || "";
  filters.elements.mode.value = state.mode === "possibly" ? "possibly" : "certainly";
}

/* The range's days; null and a message when a date is not one. */
function rangeOf(state) {
  const from = state.from ? dateInterval(state.from) : [0, 0];
  const to = state.to ? dateInterval(state.to) : [0, 99991231];
  if (!from || !to) return { error: "Write dates as 2014, 2013-12 or 2013-12-05 (or with early, mid, late, before, after)." };
  if (from[0] > to[1]) return { error: "The range ends before it begins." };
  return { first: from[0], last: to[1] };
}

/* An interval [first, last] against the range: possibly when they share a
 * day, certainly when it lies inside (docs/data-model.md). */
function inRange(first, last, range, mode) {
  if (mode === "possibly") return first <= range.last && last >= range.first;
  return first >= range.first && last <= range.last;
}

function eventShown(e, state, range) {
  const has = (kind, id) => (eventLinks[kind].byEvent.get(e.id) || []).includes(id);
  if (state.country && !has("country", state.country)) return false;
  if (state.body && !has("body", state.body)) return false;
  if (state.area && !has("area", state.area)) return false;
  if (state.kind && e.kind !== state.kind) return false;
  if (!state.from && !state.to) return true;
  const first = dayNumber(e.date_earliest), last = dayNumber(e.date_latest);
  return inRange(first === null ? 0 : first, last === null ? 99991231 : last, range, state.mode);
}

/* A relation's bar in the range: possibly when its possible span shares a
 * day with it, certainly when its certain span does (the library's spans). */
function relationShown(p, state, range) {
  if (state.country && p.country !== state.country) return false;
  if (state.body && p.body !== state.body) return false;
  if (state.area || state.kind) return false; /* relations have no area or kind */
  if (!state.from && !state.to) return true;
  const span = spansOf(p)[state.mode === "possibly" ? "possible" : "certain"];
  return Boolean(span) && span[0] <= range.last && span[1] >= range.first;
}

/* Shows the marks and bars the filters keep; hides the lanes of other
 * countries, and under a body filter the lanes left with nothing of it. */
function applyFilters(state) {
  const range = rangeOf(state);
  errorLine.hidden = !range.error;
  errorLine.textContent = range.error || "";
  const lanes = Array.from(figure.querySelectorAll("g.lane, g.lane-other"));
  const shownIn = new Map(lanes.map((lane) => [lane, 0]));
  const show = (element, record, test) => {
    const lane = element.closest("g.lane, g.lane-other");
    const otherCountry = Boolean(state.country) && (!lane || lane.getAttribute("data-country") !== state.country);
    const shown = !range.error && Boolean(record) && !otherCountry && test(record, state, range);
    element.classList.toggle("hidden", !shown);
    if (shown && lane) shownIn.set(lane, shownIn.get(lane) + 1);
    return shown;
  };
  const marks = Array.from(figure.querySelectorAll("g.event"))
    .filter((mark) => show(mark, records.event.get(mark.getAttribute("data-event")), eventShown));
  const bars = Array.from(figure.querySelectorAll("g.participation"))
    .filter((bar) => show(bar, records.participation.get(bar.getAttribute("data-participation")), relationShown));
  for (const lane of lanes)
    lane.classList.toggle("hidden", (Boolean(state.country) && lane.getAttribute("data-country") !== state.country) ||
      (Boolean(state.body) && !shownIn.get(lane)));
  closeLaneGaps();
  /* a date range: bring its first mark into view on a narrow screen */
  let leftmost = Infinity;
  for (const mark of marks) {
    const circle = mark.querySelector("circle, path");
    leftmost = Math.min(leftmost, circle ? Number(circle.getAttribute("cx") || mark.getBBox().x) : Infinity);
  }
  if ((state.from || state.to) && leftmost < Infinity && picture)
    figure.scrollLeft = Math.max(0, leftmost * figure.scrollWidth / pictureSize.width - 240);
  countLine.textContent = marks.length + (marks.length === 1 ? " event mark" : " event marks") + " and " + bars.length +
    (bars.length === 1 ? " relation bar" : " relation bars") + " shown" + (state.from || state.to ? ", " + state.mode + " in the range" : "") + ".";
  countLine.setAttribute("data-marks", String(marks.length));
  countLine.setAttribute("data-bars", String(bars.length));
}

function timelineHash(state) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(state))
    if (value && !(name === "mode" && value === "certainly")) query.set(name, value);
  const text = query.toString();
  return "#timeline" + (text ? "?" + text : "");
}

function onFiltersChanged() {
  const state = readFilters();
  applyFilters(state);
  history.replaceState(null, "", timelineHash(state));
}
filters.addEventListener("input", onFiltersChanged);
filters.addEventListener("change", onFiltersChanged);
filters.addEventListener("reset", () => setTimeout(onFiltersChanged, 0));
filters.addEventListener("submit", (event) => event.preventDefault());

/* --------------------------------------------------------------- routing */

const view = document.getElementById("view");
const timelineSection = document.getElementById("timeline");

function route() {
  const hash = location.hash.replace(/^#/, "");
  searchInput.value = "";
  renderResults();
  if (hash === "timeline" || hash.startsWith("timeline?")) {
    const state = Object.fromEntries(new URLSearchParams(hash.slice("timeline?".length)));
    writeFilters(state);
    applyFilters(readFilters());
    view.replaceChildren();
    timelineSection.hidden = false;
    document.title = "Timeline — NATO's partnerships with Central Asia";
    return;
  }
  timelineSection.hidden = true;
  const slash = hash.indexOf("/");
  let content;
  if (!hash) {
    content = showIndex();
  } else if (slash > 0 && KINDS.includes(hash.slice(0, slash))) {
    let id;
    try {
      id = decodeURIComponent(hash.slice(slash + 1));
    } catch (error) {
      id = hash.slice(slash + 1);
    }
    content = showRecord(hash.slice(0, slash), id);
  } else {
    content = showMessage("This page has no view “" + hash + "”.");
  }
  view.replaceChildren(...content.flat().filter((c) => c));
}

window.addEventListener("hashchange", () => {
  route();
  const heading = document.querySelector("#main h1:not([hidden])");
  document.getElementById("main").focus({ preventScroll: true });
  if (heading) window.scrollTo(0, 0);
});
route();
