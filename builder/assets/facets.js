// Facets: filter the events a page lists by storyline, tag, actor, place, date precision and
// disputed status. The bar is in the page (templates/_facets.j2), hidden until this script runs;
// without JavaScript the storyline, tag, actor and place pages do its job.
//
// Every listed event is an element with class "facet-item" and its values in data-* attributes
// (space-separated slugs). Filters combine: an event shows when, for every facet with a choice,
// it has one of the chosen values (AND across facets, OR within one); the others get `hidden`.
// A "facet-group" (a month, a year) with nothing left to show is hidden too, heading and all.
// The choices live in the address (?tag=a&tag=b&disputed=yes), so a filtered view can be shared
// and survives a reload; keys this script does not own (the timeline's from/to) are kept.
//
// On a listing (the bar has data-listing-order: the order the page is written in) the reader
// can also have the events oldest or newest first (?order=newest-first): the years, the months
// of each year, the entries of each month and the contents' years and months are reversed in
// the document itself, so that reading and keyboard order follow what is shown.
(function () {
  "use strict";
  var KEYS = ["storyline", "tag", "actor", "place", "precision", "disputed"];
  var ORDERS = ["oldest-first", "newest-first"];
  var CARRIED = KEYS.concat(["order"]); // what links to the other pages of a listing carry

  function words(text) {
    return text ? text.split(/\s+/).filter(Boolean) : [];
  }

  // ?tag=a&tag=b, and ?tag=a,b as a person might type it.
  function valuesInAddress(key) {
    var found = [];
    new URLSearchParams(window.location.search).getAll(key).forEach(function (value) {
      value.split(",").forEach(function (one) {
        if (one && found.indexOf(one) === -1) { found.push(one); }
      });
    });
    return found;
  }

  // Links to the other pages of a split chronology carry the filters along.
  function keepFiltersInLinks() {
    var current = new URLSearchParams(window.location.search);
    document.querySelectorAll("a[data-facets-keep]").forEach(function (link) {
      if (!link.hasAttribute("data-facets-href")) {
        link.setAttribute("data-facets-href", link.getAttribute("href"));
      }
      var url = new URL(link.getAttribute("data-facets-href"), window.location.href);
      CARRIED.forEach(function (key) {
        url.searchParams.delete(key);
        current.getAll(key).forEach(function (value) { url.searchParams.append(key, value); });
      });
      link.setAttribute("href", url.href);
    });
  }

  // Reverse the children of `parent` that `keep` accepts, in place; the others stay put.
  function reverseAmong(parent, keep) {
    var matched = Array.prototype.filter.call(parent.children, keep);
    if (matched.length < 2) { return; }
    var after = matched[matched.length - 1].nextSibling;
    matched.reverse().forEach(function (child) { parent.insertBefore(child, after); });
  }

  function is(selector) {
    return function (element) { return element.matches(selector); };
  }

  // The other order of the same listing: the one the site's other `order` setting writes.
  function reverseListing() {
    var parents = [];
    document.querySelectorAll(".chronology-year").forEach(function (year) {
      if (parents.indexOf(year.parentElement) === -1) { parents.push(year.parentElement); }
      reverseAmong(year, is(".chronology-month"));
    });
    parents.forEach(function (parent) { reverseAmong(parent, is(".chronology-year")); });
    document.querySelectorAll(".chronology-list").forEach(function (list) {
      reverseAmong(list, is("li"));
    });
    // The contents list (Material's, from the year and month headings) in the same order.
    document.querySelectorAll(".md-nav--secondary .md-nav__list").forEach(function (list) {
      reverseAmong(list, function (item) {
        var link = item.querySelector(":scope > a.md-nav__link");
        return link !== null && /^#[ym]/.test(link.getAttribute("href") || "");
      });
    });
    remeasureHeadings();
  }

  // Material marks the heading being read in the contents list from the headings' positions,
  // which it measures again only when the page's height changes; a reversal moves every heading
  // and keeps the height. So the page grows by a pixel for two frames.
  function remeasureHeadings() {
    var shim = document.createElement("div");
    shim.style.height = "1px";
    shim.setAttribute("aria-hidden", "true");
    document.body.appendChild(shim);
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { shim.remove(); });
    });
  }

  function setUp() {
    keepFiltersInLinks();
    var bar = document.querySelector(".facets");
    if (!bar) { return; }
    var items = Array.prototype.slice.call(document.querySelectorAll(".facet-item"));
    // An event drawn twice (the timeline's mark beside its label) is counted once: by the
    // element that is not aria-hidden.
    var total = items.filter(function (item) {
      return item.getAttribute("aria-hidden") !== "true";
    }).length;
    var status = bar.querySelector(".facets__status");

    var facets = Array.prototype.map.call(bar.querySelectorAll(".facets__facet"), function (element) {
      var select = element.querySelector(".facets__select");
      var known = {};
      var choices = select ? select.querySelectorAll("option") : element.querySelectorAll(".facets__toggle");
      Array.prototype.forEach.call(choices, function (choice) {
        var value = select ? choice.value : choice.getAttribute("data-value");
        // An option reads "name (count)"; a chip shows the name alone.
        if (value) { known[value] = choice.textContent.replace(/\s*\(\d+\)$/, "").trim(); }
      });
      var key = element.getAttribute("data-facet");
      return {
        key: key,
        attribute: "data-" + element.getAttribute("data-attribute"),
        element: element,
        select: select,
        chosenList: element.querySelector(".facets__chosen"),
        known: known,
        // Values this page does not offer are ignored (and left in the address until changed).
        chosen: valuesInAddress(key).filter(function (value) { return known.hasOwnProperty(value); }),
      };
    });

    // Each item's values and the groups it stands in, read once, the first time a filter is on:
    // a page opened without filters touches no entry (10,000 on a large page).
    var prepared = null;
    function prepare() {
      var groups = Array.prototype.slice.call(document.querySelectorAll(".facet-group"));
      groups.forEach(function (group, i) { group.setAttribute("data-facet-group", String(i)); });
      prepared = {
        groups: groups,
        items: items.map(function (item) {
          var inGroups = [];
          for (var node = item.parentElement; node; node = node.parentElement) {
            if (node.hasAttribute("data-facet-group")) {
              inGroups.push(Number(node.getAttribute("data-facet-group")));
            }
          }
          return {
            element: item,
            counted: item.getAttribute("aria-hidden") !== "true",
            values: facets.map(function (facet) { return words(item.getAttribute(facet.attribute)); }),
            groups: inGroups,
          };
        }),
      };
    }

    function anyChosen() {
      return facets.some(function (facet) { return facet.chosen.length > 0; });
    }

    function filter() {
      if (prepared === null) {
        if (!anyChosen()) { return total; }
        prepare();
      }
      var shownInGroup = prepared.groups.map(function () { return 0; });
      var shown = 0;
      prepared.items.forEach(function (item) {
        var show = facets.every(function (facet, f) {
          return facet.chosen.length === 0 || facet.chosen.some(function (value) {
            return item.values[f].indexOf(value) !== -1;
          });
        });
        if (item.element.hidden === show) { item.element.hidden = !show; }
        if (show) {
          if (item.counted) { shown += 1; }
          item.groups.forEach(function (g) { shownInGroup[g] += 1; });
        }
      });
      prepared.groups.forEach(function (group, g) {
        var hide = shownInGroup[g] === 0;
        if (group.hidden !== hide) { group.hidden = hide; }
      });
      return shown;
    }

    function showChoices() {
      facets.forEach(function (facet) {
        facet.element.querySelectorAll(".facets__toggle").forEach(function (button) {
          var pressed = facet.chosen.indexOf(button.getAttribute("data-value")) !== -1;
          button.setAttribute("aria-pressed", String(pressed));
        });
        if (!facet.chosenList) { return; }
        facet.chosenList.textContent = "";
        facet.chosen.forEach(function (value) {
          var item = document.createElement("li");
          var button = document.createElement("button");
          button.type = "button";
          button.className = "facets__chip";
          button.setAttribute("data-value", value);
          button.setAttribute("aria-label", "Remove " + facet.key + ": " + facet.known[value]);
          button.textContent = facet.known[value] + " ";
          var cross = document.createElement("span");
          cross.setAttribute("aria-hidden", "true");
          cross.textContent = "×";
          button.appendChild(cross);
          item.appendChild(button);
          facet.chosenList.appendChild(item);
        });
        facet.chosenList.hidden = facet.chosen.length === 0;
      });
    }

    function apply() {
      var shown = filter();
      showChoices();
      status.textContent = shown + " of " + total + " event" + (total === 1 ? "" : "s") + " shown";
      bar.classList.toggle("is-filtering", anyChosen());
    }

    // The order the page is written in, and the one shown (the address may ask for the other).
    var written = bar.getAttribute("data-listing-order");
    var order = written;
    var orderButtons = bar.querySelectorAll(".facets__order-choice");

    function showOrder(wanted) {
      if (written === null || ORDERS.indexOf(wanted) === -1) { return; }
      if (wanted !== order) {
        reverseListing();
        order = wanted;
      }
      orderButtons.forEach(function (button) {
        button.setAttribute("aria-pressed", String(button.getAttribute("data-order") === order));
      });
    }

    function remember() {
      var params = new URLSearchParams(window.location.search);
      facets.forEach(function (facet) {
        params.delete(facet.key);
        facet.chosen.forEach(function (value) { params.append(facet.key, value); });
      });
      if (written !== null) {
        params.delete("order");
        if (order !== written) { params.set("order", order); }
      }
      var query = params.toString();
      history.replaceState(history.state, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
      keepFiltersInLinks();
    }

    function change(facet, value, on) {
      var at = facet.chosen.indexOf(value);
      if (on && at === -1) { facet.chosen.push(value); }
      if (!on && at !== -1) { facet.chosen.splice(at, 1); }
      apply();
      remember();
    }

    facets.forEach(function (facet) {
      facet.element.querySelectorAll(".facets__toggle").forEach(function (button) {
        button.addEventListener("click", function () {
          var value = button.getAttribute("data-value");
          change(facet, value, facet.chosen.indexOf(value) === -1);
        });
      });
      if (facet.select) {
        facet.select.addEventListener("change", function () {
          var value = facet.select.value;
          facet.select.value = "";
          if (value) { change(facet, value, true); }
        });
        facet.chosenList.addEventListener("click", function (event) {
          var chip = event.target.closest(".facets__chip");
          if (!chip) { return; }
          var next = chip.parentElement.nextElementSibling || chip.parentElement.previousElementSibling;
          var nextValue = next ? next.firstElementChild.getAttribute("data-value") : null;
          change(facet, chip.getAttribute("data-value"), false);
          // Focus stays in the facet: on the chip that took the removed one's place, or the list.
          var target = nextValue === null ? null
            : facet.chosenList.querySelector('.facets__chip[data-value="' + CSS.escape(nextValue) + '"]');
          (target || facet.select).focus();
        });
      }
    });
    orderButtons.forEach(function (button) {
      button.addEventListener("click", function () {
        showOrder(button.getAttribute("data-order"));
        remember();
      });
    });
    bar.querySelector(".facets__clear").addEventListener("click", function () {
      facets.forEach(function (facet) { facet.chosen = []; });
      apply();
      remember();
    });

    showOrder(valuesInAddress("order")[0]);
    apply();
    // Open where there is room, or where filters are on; on a phone the bar is one line until
    // the reader opens it.
    var panel = bar.querySelector(".facets__panel");
    if (panel && (anyChosen() || window.matchMedia("(min-width: 60em)").matches)) { panel.open = true; }
    bar.hidden = false;
  }

  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(setUp); // Material's instant navigation
  } else if (document.readyState !== "loading") {
    setUp();
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
