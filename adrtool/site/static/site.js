/* The home page's search and facets: plain JavaScript over the index the build wrote (search-index.js).
   Without JavaScript the whole table is shown. Nothing here builds HTML from text: rows are shown or
   hidden, and the count is set as text. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("records");
  if (!form || !table) { return; }
  var input = document.getElementById("search");
  var count = document.getElementById("count");
  var nothing = document.getElementById("nothing");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var total = rows.length;
  var shown = new Uint8Array(total).fill(1);
  var index = window.adrSearchIndex || null;
  var word = /[\p{L}\p{N}_]+/gu;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-facet]"));
  var facets = selects.map(function (select) {
    var name = select.getAttribute("data-facet");
    var values = rows.map(function (row) {
      var value = row.getAttribute("data-" + name) || "";
      return name === "tags" ? (value ? value.split("\n") : []) : [value];
    });
    return { select: select, values: values };
  });

  /* The first term >= prefix, by binary search over the sorted terms. */
  function lowerBound(terms, prefix) {
    var low = 0, high = terms.length;
    while (low < high) {
      var middle = (low + high) >>> 1;
      if (terms[middle] < prefix) { low = middle + 1; } else { high = middle; }
    }
    return low;
  }

  /* Rows holding a word that starts with `prefix`. */
  function rowsWith(prefix) {
    var found = new Uint8Array(total);
    var terms = index.terms, postings = index.postings;
    for (var t = lowerBound(terms, prefix); t < terms.length && terms[t].lastIndexOf(prefix, 0) === 0; t++) {
      var gaps = postings[t], row = 0;
      for (var g = 0; g < gaps.length; g++) { row += gaps[g]; found[row] = 1; }
    }
    return found;
  }

  /* Rows holding every typed word (each as a word's beginning); null when nothing is typed. */
  function matching(query) {
    var typed = query.toLowerCase().match(word);
    if (!typed || !index) { return null; }
    var result = null;
    typed.forEach(function (prefix) {
      var found = rowsWith(prefix);
      if (result === null) { result = found; return; }
      for (var i = 0; i < total; i++) { result[i] &= found[i]; }
    });
    return result;
  }

  /* At most `limit` matching rows are shown (more on request): the browser lays out again every row shown
     on each keystroke, which takes far longer than finding them (docs/benchmarks.md, the static site). */
  var PAGE = 100;
  var limit = PAGE;
  var more = document.getElementById("more");

  function apply() {
    var started = performance.now();
    var hits = matching(input.value);
    var chosen = facets.filter(function (facet) { return facet.select.value !== ""; });
    var matched = 0, visible = 0;
    for (var i = 0; i < total; i++) {
      var show = hits === null || hits[i] === 1;
      for (var f = 0; show && f < chosen.length; f++) {
        show = chosen[f].values[i].indexOf(chosen[f].select.value) !== -1;
      }
      if (show) { matched++; show = matched <= limit; }
      if (show) { visible++; }
      if (show !== (shown[i] === 1)) {
        rows[i].hidden = !show;
        shown[i] = show ? 1 : 0;
      }
    }
    var filtered = hits !== null || chosen.length > 0;
    var noun = " decision" + (total === 1 ? "" : "s");
    count.textContent = (filtered ? matched + " of " + total : total) + noun +
      (visible < matched ? " (the first " + visible + " shown)" : "");
    nothing.hidden = matched !== 0;
    more.hidden = visible >= matched;
    more.textContent = "Show " + Math.min(PAGE, matched - visible) + " more";
    window.adrLastFilterMs = performance.now() - started;
  }

  function narrowed() { limit = PAGE; apply(); }

  form.hidden = false;
  if (!index) { input.disabled = true; input.placeholder = "Search index not loaded"; }
  input.addEventListener("input", narrowed);
  selects.forEach(function (select) { select.addEventListener("change", narrowed); });
  more.addEventListener("click", function () { limit += PAGE; apply(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(narrowed, 0); });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA");
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
  if (total > PAGE || input.value || selects.some(function (select) { return select.value !== ""; })) { apply(); }
})();
