// Progressive enhancement for the gallery: card filters, and live reload under `--serve`
// (the width, scheme and colour-vision switches work without it, in CSS), and the live frame
// zoomed to fit a narrow window.
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
  // The live frame keeps the width chosen (the page inside lays out at it) but is zoomed
  // out to fit a narrower window, saying so; without script the stage scrolls instead.
  var stage = document.querySelector(".frame-stage");
  if (stage) {
    var note = document.getElementById("frame-note");
    var fit = function () {
      var room = stage.clientWidth - parseFloat(getComputedStyle(stage).paddingLeft) * 2;
      var shown = 1;
      Array.prototype.forEach.call(stage.querySelectorAll(".preview-frame"), function (frame) {
        frame.style.transform = frame.style.marginInlineEnd = frame.style.marginBlockEnd = "";
        var width = frame.offsetWidth, height = frame.offsetHeight;
        if (width > room && room > 0 && frame.getClientRects().length) {
          // Scaled, not zoomed: the frame keeps its layout size, so the page inside keeps
          // the exact width; negative margins give back the room it no longer takes.
          shown = room / width;
          frame.style.transform = "scale(" + shown + ")";
          frame.style.marginInlineEnd = (width * (shown - 1)) + "px";
          frame.style.marginBlockEnd = (height * (shown - 1)) + "px";
        }
      });
      note.hidden = shown === 1;
      note.textContent = shown === 1 ? "" : "Shown at " + Math.floor(shown * 100) +
        "% of its size to fit this window; the page inside is laid out at the width chosen.";
    };
    document.querySelector(".frame-controls").addEventListener("change", fit);
    window.addEventListener("resize", fit);
    fit();
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
