// Site search, as Material for MkDocs draws it, with two changes:
//
// 1. The index is fetched at the first search, not on every page load. Material's bundle asks
//    for search/search_index.json as soon as it runs; this script (loaded in <head>, before the
//    bundle) holds that one request back until a reader focuses the search box, opens search,
//    or arrives with a search in the address (?q= or ?h=). Material's search box, results and
//    keyboard shortcuts stay as they are: the request is only sent later. It is then sent for
//    search/chronology_index.json, the same index written smaller (builder/search.py,
//    compact_index), expanded here to the very documents Material would have read; if that
//    file cannot be had, Material's own index is fetched as before.
// 2. A query that is a date or a period ("9 April 2025", "April 9, 2025", "2025-04-09",
//    "April 2025", "2024") lists the events on it first, in date order, then the events that
//    overlap it (a month-long event for a day), then everything else as lunr ranked it. The
//    index gives each event page its dates ("date": "2025-04-09" or "first/last"); the results
//    Material's search worker sends back are reordered before the page sees them.
(() => {
  "use strict";

  const INDEX_PATH = /\/search\/search_index\.json$/;
  const QUERY = 2; // Material's worker messages: 0 setup, 1 ready, 2 query, 3 result
  const RESULT = 3;

  // --- 1. The index, fetched at the first search --------------------------------------------

  let wanted = false;
  const held = []; // sends of the index request, waiting for the first search
  const indexRequests = new WeakMap(); // request: the index's URL
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;

  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    const address = new URL(String(url), location.href);
    if (INDEX_PATH.test(address.pathname)) indexRequests.set(this, address);
    else indexRequests.delete(this);
    return open.call(this, method, url, ...rest);
  };

  XMLHttpRequest.prototype.send = function (body) {
    const address = indexRequests.get(this);
    if (address === undefined) return send.call(this, body);
    indexRequests.delete(this); // sent once; the blob: request is not held again
    if (wanted) sendCompact(this, address, body);
    else held.push(() => sendCompact(this, address, body));
    return undefined;
  };

  function want() {
    if (wanted) return;
    wanted = true;
    for (const release of held.splice(0)) release();
  }

  // The compact index back to Material's: {config, docs: [{location, title, text, date}, ...]}.
  function expand(compact) {
    const { prefix, suffix, names } = compact;
    const docs = compact.docs.map((doc) => {
      if (!Array.isArray(doc)) return doc;
      const [slug, title, kept, written, numbers] = doc;
      // An empty date is the written one's ("9 April 2025"): Python left it out as redundant.
      const span = kept ? null : period(written);
      const date = kept || (span[0] === span[1] ? span[0] : `${span[0]}/${span[1]}`);
      let text = `<p>${[written, ...numbers.map((number) => names[number])].join(" · ")}</p>`;
      if (doc.length > 5) text += ` ${doc[5]}`;
      return { location: `${prefix}${slug}${suffix}`, title, text, date };
    });
    return { config: compact.config, docs };
  }

  // Sends Material's request for the compact index, expanded, through a blob: URL; the same
  // request object, so Material's listeners on it see the answer as their own.
  function sendCompact(request, url, body) {
    const compactUrl = new URL("chronology_index.json", url);
    fetch(compactUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${compactUrl}`);
        return response.json();
      })
      .then((compact) => {
        const blob = new Blob([JSON.stringify(expand(compact))], { type: "application/json" });
        const responseType = request.responseType;
        const expanded = URL.createObjectURL(blob);
        request.addEventListener("loadend", () => URL.revokeObjectURL(expanded), { once: true });
        open.call(request, "GET", expanded);
        request.responseType = responseType;
        send.call(request, body);
      })
      .catch(() => send.call(request, body)); // Material's own index, as it asked
  }

  // Material opens search from its search box, its label (phones) and the "/", "s" and "f"
  // keys: every one of these focuses the box, or checks the toggle with id __search.
  document.addEventListener(
    "focusin",
    (event) => {
      if (event.target instanceof Element && event.target.matches("[data-md-component=search-query]")) {
        want();
      }
    },
    true,
  );
  document.addEventListener(
    "change",
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.id === "__search" && event.target.checked) {
        want();
      }
    },
    true,
  );
  // A link from search results (?h= highlights the words) or a shared search (?q=).
  const params = new URLSearchParams(location.search);
  if (params.has("q") || params.has("h")) want();

  // --- 2. Date queries: that date's events first ---------------------------------------------

  const MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
  ];

  function month(word) {
    const name = word.toLowerCase().replace(/\.$/, "");
    if (name.length < 3) return 0;
    // "Apr", "Apr.", "Sept", "april": three letters tell every English month apart.
    return MONTHS.findIndex((full) => full.startsWith(name)) + 1;
  }

  function pad(number, width) {
    return String(number).padStart(width, "0");
  }

  // Days in a month, proleptic Gregorian (Date.UTC would read years 0 to 99 as 1900 to 1999).
  function lastDay(year, monthNumber) {
    if (monthNumber === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return [4, 6, 9, 11].includes(monthNumber) ? 30 : 31;
  }

  function day(year, monthNumber, dayNumber) {
    if (monthNumber < 1 || monthNumber > 12) return null;
    if (dayNumber < 1 || dayNumber > lastDay(year, monthNumber)) return null;
    const iso = `${pad(year, 4)}-${pad(monthNumber, 2)}-${pad(dayNumber, 2)}`;
    return [iso, iso];
  }

  function wholeMonth(year, monthNumber) {
    if (monthNumber < 1 || monthNumber > 12) return null;
    const first = `${pad(year, 4)}-${pad(monthNumber, 2)}`;
    return [`${first}-01`, `${first}-${pad(lastDay(year, monthNumber), 2)}`];
  }

  // The period a query names, as [first, last] ISO days, or null when it names none.
  function period(query) {
    const text = query.trim().replace(/^"|"$/g, "").replace(/,/g, " ").replace(/\s+/g, " ").trim();
    let match = /^(\d{4})$/.exec(text);
    if (match) return [`${match[1]}-01-01`, `${match[1]}-12-31`];
    match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
    if (match) {
      const [year, monthNumber] = [Number(match[1]), Number(match[2])];
      return match[3] ? day(year, monthNumber, Number(match[3])) : wholeMonth(year, monthNumber);
    }
    const words = text.split(" ");
    const year = /^\d{4}$/.test(words[words.length - 1]) ? Number(words.pop()) : null;
    if (year === null) return null;
    const dayWord = (word) => /^(\d{1,2})(st|nd|rd|th)?$/i.exec(word);
    if (words.length === 1 && month(words[0])) return wholeMonth(year, month(words[0]));
    if (words.length === 2) {
      const [a, b] = words;
      if (dayWord(a) && month(b)) return day(year, month(b), Number(dayWord(a)[1]));
      if (month(a) && dayWord(b)) return day(year, month(a), Number(dayWord(b)[1]));
    }
    if (words.length === 3 && words[1].toLowerCase() === "of" && dayWord(words[0]) && month(words[2])) {
      return day(year, month(words[2]), Number(dayWord(words[0])[1]));
    }
    return null;
  }

  // Results are groups (a page, then its sections); an event page is one document.
  function reorder(query, result) {
    const span = typeof query === "string" ? period(query) : null;
    if (!span || !result || !Array.isArray(result.items)) return result;
    const [from, to] = span;
    const within = [];
    const overlapping = [];
    const rest = [];
    for (const group of result.items) {
      const date = group[0] && typeof group[0].date === "string" ? group[0].date : null;
      const [first, last] = date ? [date.slice(0, 10), date.slice(-10)] : [null, null];
      if (date && first >= from && last <= to) within.push({ group, first, last });
      else if (date && first <= to && last >= from) overlapping.push({ group, first, last });
      else rest.push(group);
    }
    const byDate = (a, b) =>
      a.first.localeCompare(b.first) || a.last.localeCompare(b.last) ||
      String(a.group[0].title).localeCompare(String(b.group[0].title));
    const dated = [...within.sort(byDate), ...overlapping.sort(byDate)].map((item) => item.group);
    // Material's Enter key opens the result with the highest score: the first one listed.
    let top = 0;
    for (const group of result.items) for (const item of group) top = Math.max(top, item.score || 0);
    dated.forEach((group, position) => {
      for (const item of group) item.score = top + dated.length - position;
    });
    return { ...result, items: [...dated, ...rest] };
  }

  window.chronologySearch = { expand, period }; // for the browser tests

  const NativeWorker = window.Worker;
  if (typeof NativeWorker !== "function") return;

  // Material's search worker, with its results reordered as they arrive. Material listens with
  // addEventListener("message"); the event it gets carries the reordered result.
  class SearchWorker extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      this.chronology = String(url).includes("/workers/search.");
      this.queries = [];
      this.reordered = new WeakMap();
      this.listeners = new Map();
      if (!this.chronology) return;
      // Registered first, so it runs before Material's listener sees the same event.
      super.addEventListener("message", (event) => {
        if (event.data && event.data.type === RESULT) {
          const data = { ...event.data, data: reorder(this.queries.shift(), event.data.data) };
          this.reordered.set(event, data);
        }
      });
    }

    postMessage(message, ...rest) {
      if (this.chronology && message && message.type === QUERY) this.queries.push(message.data);
      return super.postMessage(message, ...rest);
    }

    addEventListener(type, listener, options) {
      if (!this.chronology || type !== "message" || typeof listener !== "function") {
        return super.addEventListener(type, listener, options);
      }
      const wrapped = (event) => {
        const data = this.reordered.get(event);
        return listener.call(this, data ? new MessageEvent("message", { data }) : event);
      };
      this.listeners.set(listener, wrapped);
      return super.addEventListener(type, wrapped, options);
    }

    removeEventListener(type, listener, options) {
      const wrapped = this.chronology && type === "message" ? this.listeners.get(listener) : undefined;
      if (wrapped) this.listeners.delete(listener);
      return super.removeEventListener(type, wrapped || listener, options);
    }
  }
  window.Worker = SearchWorker;
})();
