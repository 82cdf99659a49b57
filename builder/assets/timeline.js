// The timeline's overview and zoom: choose a period on the overview (click a month, drag across
// months, shift-click to extend), zoom in and out (down to a day), jump to a date. The period is
// kept in the address as ?from=YYYY-MM-DD&to=YYYY-MM-DD next to whatever else is there (the
// facets' keys), so a view can be shared and survives a reload. A large timeline is split into
// pages (a year or a month each): a period on another page is opened there. Without this script
// every month shows and the overview's bars are links to the months: the page is whole.
(function () {
  "use strict";
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];

  // Days as {year, month, day}; compared as one number that keeps the order, BC years too.
  function parseDay(text) {
    var found = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(text || "");
    if (!found) { return null; }
    var day = { year: parseInt(found[1], 10), month: parseInt(found[2], 10), day: parseInt(found[3], 10) };
    return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= daysIn(day.year, day.month) ? day : null;
  }
  function key(day) { return day.year * 10000 + day.month * 100 + day.day; }
  function keyOf(text) { var day = parseDay(text); return day ? key(day) : null; }
  function pad(number, width) {
    var text = String(Math.abs(number));
    while (text.length < width) { text = "0" + text; }
    return (number < 0 ? "-" : "") + text;
  }
  function daysIn(year, month) {
    if (month === 2) { return (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28; }
    return [4, 6, 9, 11].indexOf(month) === -1 ? 31 : 30;
  }
  function isoOf(k) {
    var year = Math.floor(k / 10000);
    var rest = k - year * 10000;
    return pad(year, 4) + "-" + pad(Math.floor(rest / 100), 2) + "-" + pad(rest % 100, 2);
  }
  function textOf(k) {
    var day = parseDay(isoOf(k));
    return day.day + " " + MONTHS[day.month - 1] + " " + (day.year <= 0 ? (1 - day.year) + " BC" : day.year);
  }
  // Day numbers (days since 1970-01-01, proleptic Gregorian) for the zoom's arithmetic.
  function number(k) {
    var day = parseDay(isoOf(k));
    var y = day.year - (day.month <= 2 ? 1 : 0);
    var era = Math.floor(y / 400);
    var yoe = y - era * 400;
    var doy = Math.floor((153 * (day.month + (day.month > 2 ? -3 : 9)) + 2) / 5) + day.day - 1;
    return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  }
  function fromNumber(n) {
    var z = n + 719468;
    var era = Math.floor(z / 146097);
    var doe = z - era * 146097;
    var yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    var doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    var mp = Math.floor((5 * doy + 2) / 153);
    var day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    var month = mp < 10 ? mp + 3 : mp - 9;
    return key({ year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day });
  }
  function monthStart(index) { var y = Math.floor(index / 12); return key({ year: y, month: index - y * 12 + 1, day: 1 }); }
  function monthEnd(index) {
    var y = Math.floor(index / 12), m = index - y * 12 + 1;
    return key({ year: y, month: m, day: daysIn(y, m) });
  }

  function setUp() {
    var timeline = document.querySelector(".chronology-timeline");
    var controls = timeline && timeline.querySelector(".timeline-controls");
    if (!controls || timeline.getAttribute("data-ready")) { return; }
    timeline.setAttribute("data-ready", "yes");
    var sections = Array.prototype.map.call(timeline.querySelectorAll(".timeline-month"), function (el) {
      var index = parseInt(el.getAttribute("data-month"), 10);
      return { el: el, index: index, first: monthStart(index), last: monthEnd(index) };
    });
    var gaps = timeline.querySelectorAll(".timeline-gap");
    var bars = timeline.querySelectorAll(".timeline-overview a[data-month]");
    var status = controls.querySelector(".timeline-status");
    var jump = controls.querySelector(".timeline-jump");
    // Every month with events, from the overview, and whether this page draws it (a link to
    // "#..." here, to another page's address otherwise).
    var months = Array.prototype.map.call(bars, function (bar) {
      var index = parseInt(bar.getAttribute("data-month"), 10);
      return { bar: bar, index: index, first: monthStart(index), last: monthEnd(index), here: bar.getAttribute("href").charAt(0) === "#" };
    });
    var lowest = sections.length ? sections[0].first : null;
    var highest = sections.length ? sections[sections.length - 1].last : null;
    var range = null; // {from, to}: day keys; null: every month of the page

    function readAddress() {
      var params = new URLSearchParams(window.location.search);
      var from = keyOf(params.get("from")), to = keyOf(params.get("to"));
      if (from === null && to === null) { return null; }
      from = from === null ? lowest : from;
      to = to === null ? highest : to;
      return from <= to ? { from: from, to: to } : { from: to, to: from };
    }
    function withPeriod(params, period) {
      if (period) {
        params.set("from", isoOf(period.from));
        params.set("to", isoOf(period.to));
      } else {
        params.delete("from");
        params.delete("to");
      }
      var query = params.toString();
      return query ? "?" + query : "";
    }
    function writeAddress() {
      var query = withPeriod(new URLSearchParams(window.location.search), range);
      history.replaceState(history.state, "", window.location.pathname + query + window.location.hash);
    }
    function paint(chosen) {
      months.forEach(function (month) {
        var selected = !!chosen && month.last >= chosen.from && month.first <= chosen.to;
        month.bar.classList.toggle("is-selected", selected);
        if (selected) { month.bar.setAttribute("aria-current", "true"); } else { month.bar.removeAttribute("aria-current"); }
      });
    }
    function inRange(first, last) { return !range || (last >= range.from && first <= range.to); }
    function apply(write) {
      if (!sections.length) { paint(range); return; } // the overview page of a split timeline
      var count = 0;
      sections.forEach(function (section) {
        var visible = inRange(section.first, section.last);
        section.el.hidden = !visible;
        // A month at an edge of the period shows only its days inside it.
        var edge = visible && range && (section.first < range.from || section.last > range.to);
        if (edge || section.el.getAttribute("data-cut")) {
          Array.prototype.forEach.call(section.el.querySelectorAll(".timeline-tick"), function (tick) {
            var first = keyOf(tick.getAttribute("data-first"));
            var last = keyOf(tick.getAttribute("data-last")) || first;
            tick.classList.toggle("is-out-of-period", !inRange(first, last));
          });
          Array.prototype.forEach.call(section.el.querySelectorAll(".timeline-item"), function (item) {
            var time = item.querySelector("time");
            var first = time ? keyOf(time.getAttribute("data-earliest")) : section.first;
            var last = time ? first : section.last; // a span begun in an earlier month
            item.classList.toggle("is-out-of-period", !inRange(first, last));
          });
          if (edge) { section.el.setAttribute("data-cut", "yes"); } else { section.el.removeAttribute("data-cut"); }
        }
        if (visible) { count += section.el.querySelectorAll(".timeline-item[id]:not([hidden]):not(.is-out-of-period)").length; }
      });
      Array.prototype.forEach.call(gaps, function (gap) {
        var before = gap.previousElementSibling, after = gap.nextElementSibling;
        gap.hidden = !!range && !(before && !before.hidden && after && !after.hidden);
      });
      paint(range);
      tidy();
      var period = range ? textOf(range.from) + " to " + textOf(range.to) : "every month on this page";
      status.textContent = "Showing " + period + ": " + count + " event" + (count === 1 ? "" : "s") + ".";
      if (write) { writeAddress(); }
    }
    // When the facets (or the period) leave a day or a month without a shown event, its band
    // and heading go too, so the axis names only days that have something to show.
    function tidy() {
      sections.forEach(function (section) {
        if (section.el.hidden) { return; }
        var days = {}, any = false;
        Array.prototype.forEach.call(section.el.querySelectorAll(".timeline-item[id]"), function (item) {
          if (item.hidden || item.classList.contains("is-out-of-period")) { return; }
          days[item.querySelector("time").getAttribute("data-earliest")] = true;
          any = true;
        });
        Array.prototype.forEach.call(section.el.querySelectorAll(".timeline-tick:not(.is-gap)"), function (tick) {
          tick.classList.toggle("is-empty-day", !days[tick.getAttribute("data-first")]);
        });
        section.el.classList.toggle("is-filtered-empty", !any);
      });
    }
    var pending = false;
    new MutationObserver(function () {
      if (pending) { return; }
      pending = true;
      window.requestAnimationFrame(function () { pending = false; tidy(); });
    }).observe(timeline, { attributes: true, attributeFilter: ["hidden"], subtree: true });

    // A period that starts on another page is opened there, with the page's other keys.
    function choose(from, to, scroll) {
      var start = months.filter(function (m) { return m.last >= from; })[0];
      if (start && !start.here) {
        var target = new URL(start.bar.href);
        target.search = withPeriod(new URLSearchParams(window.location.search), { from: from, to: to });
        window.location.assign(target.toString());
        return;
      }
      if (!sections.length) { return; }
      range = { from: Math.max(lowest, from), to: Math.min(highest, to) };
      apply(true);
      if (scroll) { firstShown().el.scrollIntoView({ block: "start" }); }
    }
    function firstShown() {
      return sections.filter(function (s) { return !s.el.hidden; })[0] || sections[0];
    }
    function zoom(how) {
      if (how === "all") { range = null; apply(true); return; }
      var from = number(range ? range.from : lowest), to = number(range ? range.to : highest);
      var length = to - from + 1;
      var wanted = how === "in" ? Math.max(1, Math.ceil(length / 2)) : length * 2;
      var start = from + Math.floor((length - wanted) / 2);
      // Within this page's months: a wider period is the overview's to choose.
      var first = Math.max(number(lowest), start), last = Math.min(number(highest), start + wanted - 1);
      choose(fromNumber(first), fromNumber(last), false);
    }
    // A link to an event or a month outside the period widens the period to show it.
    function reveal() {
      var id = window.location.hash ? decodeURIComponent(window.location.hash.slice(1)) : "";
      var target = id ? document.getElementById(id) : null;
      var section = target && target.closest(".timeline-month");
      if (!section || !range) { return; }
      var item = target.closest(".timeline-item");
      if (!section.hidden && !(item && item.classList.contains("is-out-of-period"))) { return; }
      var index = parseInt(section.getAttribute("data-month"), 10);
      choose(Math.min(range.from, monthStart(index)), Math.max(range.to, monthEnd(index)), false);
      target.scrollIntoView({ block: "start" });
    }

    controls.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-zoom]");
      if (button) { zoom(button.getAttribute("data-zoom")); }
    });
    jump.addEventListener("change", function () {
      var wanted = keyOf(jump.value);
      if (wanted === null) { return; }
      // The month of that date, or the next one with events (the last, after the end).
      var month = months.filter(function (m) { return m.last >= wanted; })[0] || months[months.length - 1];
      if (!month) { return; }
      if (!month.here || !inRange(wanted, wanted)) { choose(month.first, month.last, false); }
      if (!month.here) { return; }
      var section = sections.filter(function (s) { return s.index === month.index; })[0];
      var items = section.el.querySelectorAll(".timeline-item[id]:not([hidden]):not(.is-out-of-period)");
      var item = Array.prototype.filter.call(items, function (el) {
        return keyOf(el.querySelector("time").getAttribute("data-earliest")) >= wanted;
      })[0] || items[items.length - 1];
      if (!item) { section.el.scrollIntoView({ block: "start" }); return; }
      // A month not yet drawn (content-visibility: auto) cannot take focus: draw this one now.
      section.el.style.contentVisibility = "visible";
      item.scrollIntoView({ block: "start" });
      item.querySelector(".timeline-label a").focus({ preventScroll: true });
    });

    // The overview: a click chooses a month, a drag a run of months, shift-click extends.
    var overview = timeline.querySelector(".timeline-overview");
    var brushFrom = null, brushTo = null, dragged = false;
    function monthAt(event) {
      var bar = event.target.closest && event.target.closest("a[data-month]");
      return bar ? parseInt(bar.getAttribute("data-month"), 10) : null;
    }
    overview.addEventListener("pointerdown", function (event) {
      var index = monthAt(event);
      if (index === null || event.button !== 0 || event.shiftKey) { return; }
      brushFrom = brushTo = index;
      dragged = false;
      overview.classList.add("is-brushing");
    });
    overview.addEventListener("pointerover", function (event) {
      var index = monthAt(event);
      if (brushFrom === null || index === null || index === brushTo) { return; }
      brushTo = index;
      dragged = true;
      paint({ from: monthStart(Math.min(brushFrom, brushTo)), to: monthEnd(Math.max(brushFrom, brushTo)) });
    });
    overview.addEventListener("dragstart", function (event) { event.preventDefault(); });
    document.addEventListener("pointerup", function () {
      if (brushFrom === null) { return; }
      overview.classList.remove("is-brushing");
      if (dragged) { choose(monthStart(Math.min(brushFrom, brushTo)), monthEnd(Math.max(brushFrom, brushTo)), true); }
      brushFrom = null;
    });
    overview.addEventListener("click", function (event) {
      var index = monthAt(event);
      if (index === null) { return; }
      event.preventDefault();
      if (dragged) { dragged = false; return; }
      if (event.shiftKey && range) {
        choose(Math.min(range.from, monthStart(index)), Math.max(range.to, monthEnd(index)), true);
      } else {
        choose(monthStart(index), monthEnd(index), true);
      }
    });

    window.addEventListener("hashchange", reveal);
    controls.hidden = false;
    range = readAddress();
    apply(range !== null);
    reveal();
  }

  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(setUp); // Material's instant navigation
  } else if (document.readyState !== "loading") {
    setUp();
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
