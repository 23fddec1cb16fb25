// Progressive enhancement for the gallery: card filters, and live reload under `--serve`
// (the width, scheme and colour-vision switches work without it, in CSS).
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (form) {
    form.hidden = false;
    var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
    var count = document.getElementById("filter-count");
    var apply = function () {
      var shown = 0;
      cards.forEach(function (card) {
        var visible = Array.prototype.every.call(form.querySelectorAll("[data-filter]"), function (field) {
          var wanted = field.value;
          if (!wanted) { return true; }
          var have = card.getAttribute("data-" + field.getAttribute("data-filter")) || "";
          return field.getAttribute("data-filter") === "blocks" ? have.indexOf(" " + wanted + " ") >= 0 : have === wanted;
        });
        card.hidden = !visible;
        if (visible) { shown += 1; }
      });
      count.textContent = shown + " of " + cards.length + " fixtures shown";
    };
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }
  if (location.protocol === "http:" && location.hostname === "127.0.0.1") {
    var seen = null;
    // The index reloads when any fixture is rebuilt; a fixture's page when it is.
    var stamp = "/__build__?page=" + encodeURIComponent(document.body.getAttribute("data-page") || "");
    var poll = function () {
      fetch(stamp, { cache: "no-store" }).then(function (response) {
        return response.ok ? response.text() : null;
      }).then(function (stamp) {
        if (stamp === null) { return; }
        if (seen !== null && stamp !== seen) { location.reload(); }
        seen = stamp;
      }).catch(function () { /* server stopped: keep the page */ });
    };
    poll();
    setInterval(poll, 1000);
  }
})();
