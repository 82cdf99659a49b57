// Filter the timeline by storyline. The page is complete without this script; it only dims.
(function () {
  "use strict";
  function setUp() {
    var filter = document.querySelector(".timeline-filter");
    var legend = document.querySelectorAll(".timeline-legend__item");
    if (!filter || !legend.length) { return; }
    var marks = document.querySelectorAll(".chronology-timeline [data-storyline]");
    var keys = [];
    marks.forEach(function (mark) {
      var key = mark.getAttribute("data-storyline");
      if (keys.indexOf(key) === -1) { keys.push(key); }
    });
    // The chosen storyline is kept in the address (?storyline=key), so a filtered view can be
    // shared and survives a reload.
    var params = new URLSearchParams(window.location.search);
    var active = keys.indexOf(params.get("storyline")) === -1 ? null : params.get("storyline");
    function apply() {
      marks.forEach(function (mark) {
        mark.classList.toggle("is-filtered-out", active !== null && mark.getAttribute("data-storyline") !== active);
      });
      filter.querySelectorAll("button").forEach(function (button) {
        button.setAttribute("aria-pressed", String((button.getAttribute("data-key") || null) === active));
      });
      if (active === null) { params.delete("storyline"); } else { params.set("storyline", active); }
      var query = params.toString();
      history.replaceState(history.state, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    }
    function addButton(label, key) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = label;
      button.setAttribute("data-key", key === null ? "" : key);
      button.addEventListener("click", function () {
        active = key === null || active === key ? null : key;
        apply();
      });
      filter.appendChild(button);
    }
    addButton("All storylines", null);
    var storylines = JSON.parse(filter.getAttribute("data-storylines") || "{}");
    Object.keys(storylines).forEach(function (key) { addButton(storylines[key], key); });
    filter.hidden = false;
    apply();
  }
  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(setUp); // Material's instant navigation
  } else if (document.readyState !== "loading") {
    setUp();
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
