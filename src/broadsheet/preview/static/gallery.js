// Progressive enhancement for the gallery: card filters, and live reload under `--serve`
// (the width, scheme, height and colour-vision switches work without it, in CSS), and the
// live frame zoomed to fit a narrow window, its switches remembered.
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
          var wanted = field.value.trim().toLocaleLowerCase();
          if (!wanted) { return true; }
          var kind = field.getAttribute("data-filter");
          var have = (card.getAttribute("data-" + kind) || "").toLocaleLowerCase();
          if (kind === "name") { return have.indexOf(wanted) >= 0; }
          if (kind === "language") {  // a primary language holds its regions (en: en-GB too)
            return have === wanted || (wanted.indexOf("-") < 0 && have.indexOf(wanted + "-") === 0);
          }
          return kind === "blocks" ? have.indexOf(" " + wanted + " ") >= 0 : have === wanted;
        });
        card.hidden = !visible;
        if (visible) { shown += 1; }
      });
      count.textContent = shown + " of " + cards.length + " fixtures shown";
      // A group none of whose fixtures is shown is hidden, heading and all; each group's
      // count, in its heading and its link above, says what is shown ("3 of 7") while a
      // filter hides some (issue 17, gallery v2: the counts ignored the filters).
      Array.prototype.forEach.call(document.querySelectorAll("section.group"), function (group) {
        var all = group.querySelectorAll(".card").length;
        var seen = group.querySelectorAll(".card:not([hidden])").length;
        var words = seen === all ? String(all) : seen + " of " + all;
        group.hidden = seen === 0;
        group.querySelector(".group__count").textContent = "(" + words + ")";
        var link = document.querySelector(".group-link[href='#" + group.querySelector("h2").id + "']");
        if (link) {
          link.querySelector("strong").textContent = "(" + words + ")";
          link.closest("li").hidden = seen === 0;
        }
      });
    };
    // Round 51 (review 50, item 4): at every width the filters but the search fold under
    // one "Filters" button, which says how many are in use; open when one is in use.
    var toggle = document.getElementById("filters-toggle");
    var fields = document.getElementById("filter-fields");
    var active = document.getElementById("filters-active");
    var folded = Array.prototype.filter.call(fields.querySelectorAll("[data-filter]"), function () { return true; });
    var inUse = function () {
      return folded.filter(function (field) { return field.value.trim() !== ""; }).length;
    };
    var showFilters = function (open) {
      fields.hidden = !open;
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    };
    var sayActive = function () {
      var n = inUse();
      active.textContent = n ? " (" + n + " in use)" : "";
      toggle.classList.toggle("filters__toggle--used", n > 0);
    };
    toggle.addEventListener("click", function () { showFilters(fields.hidden); });
    showFilters(inUse() > 0);
    sayActive();
    form.addEventListener("change", apply);
    form.addEventListener("change", sayActive);
    form.addEventListener("input", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }
  // The index's thumbnails light or dark (each card has both), or as the system: its
  // choice sets each dark <source>'s media, remembered from one visit to the next.
  var thumbs = document.getElementById("thumbs-scheme");
  if (thumbs) {
    var THUMBS = "broadsheet-gallery:thumbs";
    var MEDIA = { auto: "(prefers-color-scheme: dark)", light: "not all", dark: "all" };
    var showThumbs = function (value) {
      Array.prototype.forEach.call(document.querySelectorAll("picture source[data-scheme='dark']"), function (source) {
        source.media = MEDIA[value] || MEDIA.auto;
      });
    };
    var kept = "auto";
    try { kept = localStorage.getItem(THUMBS) || "auto"; } catch (error) { /* private mode */ }
    var chosen = thumbs.querySelector("input[value='" + kept + "']");
    if (chosen) { chosen.checked = true; showThumbs(kept); }
    thumbs.addEventListener("change", function (event) {
      showThumbs(event.target.value);
      try { localStorage.setItem(THUMBS, event.target.value); } catch (error) { /* private mode */ }
    });
  }
  // The top bar's fixture switcher opens the fixture chosen (without script it stays hidden:
  // the index links every fixture).
  var switcher = document.getElementById("switcher");
  if (switcher) {
    switcher.hidden = false;
    var menu = switcher.querySelector("select");
    menu.addEventListener("change", function () { if (menu.value) { location.href = menu.value; } });
    // On a phone the prompt is short ("Go to…", named "Fixture"): beside the bar's links
    // "Go to a fixture…" was clipped to "Go to a fixtur" (round 43's review).
    var prompt = menu.querySelector("option[value='']");
    var phoneBar = window.matchMedia("(max-width: 40em)");
    var shorten = function () { if (prompt) { prompt.textContent = phoneBar.matches ? "Go to\u2026" : "Go to a fixture\u2026"; } };
    shorten();
    if (phoneBar.addEventListener) { phoneBar.addEventListener("change", shorten); }
    switcher.addEventListener("submit", function (event) { event.preventDefault(); });
  }
  // The fixtures list beside the live page (1440 px and wider): its filter box narrows it
  // to the fixtures whose headline or slug holds what is typed (Escape clears it); a group
  // none of whose fixtures is shown is hidden, and how many are shown is said.
  var navFilter = document.getElementById("fixture-nav-filter");
  if (navFilter) {
    var nav = document.getElementById("fixture-nav");
    var navItems = Array.prototype.slice.call(nav.querySelectorAll("li[data-name]"));
    var navShown = document.getElementById("fixture-nav-shown");
    navFilter.closest("p").hidden = false;
    var narrowNav = function () {
      var wanted = navFilter.value.trim().toLocaleLowerCase();
      var shown = 0;
      navItems.forEach(function (item) {
        item.hidden = wanted !== "" && item.getAttribute("data-name").toLocaleLowerCase().indexOf(wanted) < 0;
        if (!item.hidden) { shown += 1; }
      });
      Array.prototype.forEach.call(nav.querySelectorAll("ul[aria-labelledby]"), function (list) {
        var empty = !list.querySelector("li:not([hidden])");
        list.hidden = empty;
        document.getElementById(list.getAttribute("aria-labelledby")).hidden = empty;
      });
      navShown.textContent = wanted ? shown + " of " + navItems.length + " fixtures shown" : "";
    };
    navFilter.addEventListener("input", narrowNav);
    navFilter.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && navFilter.value) { navFilter.value = ""; narrowNav(); event.preventDefault(); }
    });
  }
  // The fixtures list folds away: its title becomes a button (aria-expanded) that hides the
  // list and leaves a narrow rail, the live page taking the room; open or folded is kept for
  // the session (sessionStorage), from one fixture's page to the next.
  var navToggle = document.getElementById("fixture-nav-toggle");
  if (navToggle) {
    var NAV = "broadsheet-gallery:fixture-nav";
    var navBox = document.getElementById("fixture-nav");
    var navBody = document.getElementById("fixture-nav-body");
    var fold = function (open, keep) {
      navToggle.setAttribute("aria-expanded", open ? "true" : "false");
      navBody.hidden = !open;
      navBox.classList.toggle("fixture-nav--closed", !open);
      if (keep) {
        try { sessionStorage.setItem(NAV, open ? "open" : "closed"); } catch (error) { /* private mode */ }
      }
      window.dispatchEvent(new Event("resize"));  // the live frame fits its new room
    };
    navBox.querySelector(".fixture-nav__heading").hidden = true;
    navToggle.hidden = false;
    var keptNav = null;
    try { keptNav = sessionStorage.getItem(NAV); } catch (error) { /* private mode */ }
    // Round 50 (review 49, item 2): under 1440 px the list opens folded, a rail, the live
    // page taking its 13rem (at 1280 px the page was the narrowest column), unless it was
    // opened this session.
    var NARROW = window.matchMedia("(max-width: 89.99em)");
    if (keptNav === "closed" || keptNav === null && NARROW.matches) { fold(false, false); }
    navToggle.addEventListener("click", function () { fold(navToggle.getAttribute("aria-expanded") !== "true", true); });
  }
  // The compare page: a fixture's approved screenshot and its screenshot now, or two
  // fixtures, at one width and scheme; the choices set both pictures and the address
  // (?mode=&a=&b=&width=&scheme=); the two boxes scroll together (sideways too).
  var pairForm = document.getElementById("pair-compare");
  if (pairForm) {
    var params = new URLSearchParams(location.search);
    var modeInput = function (value) { return pairForm.querySelector("input[name='mode'][value='" + value + "']"); };
    ["a", "b", "width"].forEach(function (name) {
      var field = pairForm.elements[name];
      var wanted = params.get(name);
      if (wanted && Array.prototype.some.call(field.options, function (o) { return o.value === wanted; })) { field.value = wanted; }
    });
    // On a phone, unless the address names a width: the phone's own screenshots (375 px,
    // else the narrowest captured), not the laptop's shrunk to a sliver.
    if (!params.get("width") && window.matchMedia("(max-width: 40em)").matches) {
      var offered = Array.prototype.map.call(pairForm.elements.width.options, function (o) { return o.value; });
      var phone = offered.indexOf("375") >= 0 ? "375" : offered.slice().sort(function (a, b) { return a - b; })[0];
      if (phone) { pairForm.elements.width.value = phone; }
    }
    // Unless the address names a scheme, the browser's own (round 43's review: a light
    // browser opened the page on Dark, the scheme that changed first), as the index's
    // thumbnails follow it; kept when the fixture compared has no screenshot in it.
    var wantedScheme = params.get("scheme");
    if (wantedScheme !== "dark" && wantedScheme !== "light") {
      wantedScheme = window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
      var shownA = pairForm.elements.a.options[pairForm.elements.a.selectedIndex];
      var approvedAt = shownA && shownA.getAttribute("data-approved");
      if (params.get("mode") !== "pair" && approvedAt &&
          approvedAt.split(" ").indexOf(pairForm.elements.width.value + "-" + wantedScheme) < 0) {
        wantedScheme = null;
      }
    }
    if (wantedScheme) {
      pairForm.querySelector("input[name='scheme'][value='" + wantedScheme + "']").checked = true;
    }
    var anyApproved = pairForm.querySelector("option[data-approved]") !== null;
    modeInput("approved").disabled = !anyApproved;
    if (params.get("mode") === "pair" || (params.get("mode") === "approved" && anyApproved)) {
      modeInput(params.get("mode")).checked = true;
    }
    var viewInput = function (value) { return pairForm.querySelector("input[name='view'][value='" + value + "']"); };
    if (viewInput(params.get("view") || "")) { viewInput(params.get("view")).checked = true; }
    pairForm.querySelector(".pair-compare__views").hidden = false;
    var together = document.getElementById("compare-together");
    together.closest("p").hidden = false;
    var pairNote = document.getElementById("pair-compare-note");
    var stageBox = document.getElementById("pair-compare-stage");
    var showPair = function (push) {
      var width = pairForm.elements.width.value;
      var scheme = pairForm.querySelector("input[name='scheme']:checked").value;
      var approvedMode = modeInput("approved").checked;
      var scale = pairForm.querySelector("input[name='scale']:checked").value;
      stageBox.classList.toggle("pair-compare--fit", scale === "fit");
      pairForm.querySelector(".pair-compare__choice--b").hidden = approvedMode;
      pairForm.querySelector("label[for='compare-a']").textContent = approvedMode ? "Fixture" : "First fixture";
      var first = pairForm.elements.a;
      var missing = "";
      ["a", "b"].forEach(function (side) {
        // The select in its chosen headline's direction: a long right-to-left one is cut at its end.
        var own = pairForm.elements[side];
        own.setAttribute("dir", own.options[own.selectedIndex].getAttribute("data-dir") || "ltr");
        var menu = approvedMode ? first : pairForm.elements[side];
        var slug = menu.value;
        var option = menu.options[menu.selectedIndex];
        var headline = option.textContent;
        var figure = document.querySelector(".pair-compare__side[data-side='" + side + "']");
        var label = approvedMode ? (side === "a" ? "Approved" : "Now") : (side === "a" ? "First" : "Second");
        var file = width + "-" + scheme + ".png";
        if (approvedMode && side === "a") {
          if ((" " + (option.getAttribute("data-approved") || "")).indexOf(" " + width + "-" + scheme + " ") < 0) {
            missing = "No approved screenshot of this fixture at " + width + " px, " + scheme + ": nothing to compare it with yet.";
          }
          file = "approved-" + file;
        }
        figure.hidden = Boolean(missing) && side === "a";
        figure.querySelector(".pair-compare__what").textContent = label;
        var link = figure.querySelector("figcaption a");
        link.href = "fixtures/" + encodeURIComponent(slug) + "/index.html";
        link.textContent = headline;
        link.removeAttribute("lang");
        link.setAttribute("dir", "auto");
        // A right-to-left page's box starts scrolled to its right edge (where it is read from).
        figure.querySelector(".pair-compare__scroll").setAttribute("dir", option.getAttribute("data-dir") || "ltr");
        var image = figure.querySelector("img");
        image.classList.remove("pair-compare__faded");
        image.src = "fixtures/" + encodeURIComponent(slug) + "/shots/" + file;
        image.width = Number(width);
        image.alt = headline + ": " + label.toLowerCase() + ", the page at " + width + " px, " + scheme;
        figure.querySelector(".pair-compare__scroll").setAttribute("aria-label", label + ": the screenshot, scrolled with the other");
      });
      pairNote.textContent = missing || "";
      var view = showView(approvedMode, width + "-" + scheme, Boolean(missing));
      if (push && history.replaceState) {
        var state = { mode: approvedMode ? "approved" : "pair", a: first.value, width: width, scheme: scheme, view: view };
        if (!approvedMode) { state.b = pairForm.elements.b.value; }
        history.replaceState(null, "", "?" + new URLSearchParams(state).toString());
      }
    };
    // The view chosen: side by side (on a phone, the slider instead of two squeezed
    // columns), the slider, the onion skin, or the diff (the build's for an approved
    // screenshot; for two fixtures drawn here, with the build's tolerance and colour).
    var narrowView = window.matchMedia("(max-width: 40rem)");
    var legend = document.getElementById("pair-compare-legend");
    var drawn = 0;
    var showView = function (approvedMode, key, missing) {
      var view = pairForm.querySelector("input[name='view']:checked").value;
      if (view === "side" && narrowView.matches) { view = "slider"; viewInput(view).checked = true; }
      ["side", "slider", "onion", "diff"].forEach(function (each) {
        stageBox.classList.toggle("pair-compare--" + each, each === view);
      });
      Array.prototype.forEach.call(pairForm.querySelectorAll(".pair-compare__range"), function (range) {
        range.hidden = range.getAttribute("data-view") !== view;
      });
      var names = approvedMode ? ["Approved", "Now"] : ["First", "Second"];
      // The slider's label names its ends: "Approved ← slider → Now".
      Array.prototype.forEach.call(pairForm.querySelectorAll(".pair-compare__end"), function (end) {
        end.textContent = names[end.getAttribute("data-end") === "a" ? 0 : 1];
      });
      legend.hidden = view === "side" || missing;
      legend.textContent = { slider: names[0] + " on the left of the slider, " + names[1].toLowerCase() + " on the right.",
                             onion: names[1] + " over " + names[0].toLowerCase() + ", at the opacity chosen.",
                             diff: "" }[view] || "";
      drawn += 1;
      if (view === "diff" && !missing) { showDiff(approvedMode, key, drawn); }
      // Overlaid, the screenshot now in the approved one's stored form (each channel's high
      // bits), so what did not change matches exactly and does not flicker as the slider moves.
      if (approvedMode && !missing && (view === "slider" || view === "onion")) {
        stageBox.querySelector(".pair-compare__side[data-side='b'] img").src =
          "fixtures/" + encodeURIComponent(pairForm.elements.a.value) + "/shots/now-" + key + ".png";
      }
      return view;
    };
    var showDiff = function (approvedMode, key, ticket) {
      var figure = stageBox.querySelector(".pair-compare__side[data-side='b']");
      var image = figure.querySelector("img");
      var first = stageBox.querySelector(".pair-compare__side[data-side='a'] img");
      var menu = pairForm.elements.a;
      var slug = encodeURIComponent(menu.value);
      var same = function (said) {
        image.classList.add("pair-compare__faded");
        legend.textContent = said;
      };
      figure.querySelector(".pair-compare__what").textContent = "Diff";
      image.alt = "The pixels that differ, in magenta over the second screenshot, faded";
      if (approvedMode) {
        var diffs = " " + (menu.options[menu.selectedIndex].getAttribute("data-diffs") || "");
        if (diffs.indexOf(" " + key + " ") >= 0) {
          image.src = "fixtures/" + slug + "/shots/diff-" + key + ".png";
          legend.textContent = "The pixels that changed from the approved screenshot, in magenta over the screenshot now, faded.";
        } else {
          image.src = "fixtures/" + slug + "/shots/now-" + key + ".png";
          same("No pixel changed from the approved screenshot: nothing is marked.");
        }
        return;
      }
      legend.textContent = "Drawing the difference…";
      var load = function (src) {
        return new Promise(function (done, failed) {
          var each = new Image();
          each.onload = function () { done(each); };
          each.onerror = failed;
          each.src = src;
        });
      };
      Promise.all([load(first.src), load(image.src)]).then(function (pair) {
        if (ticket !== drawn) { return; }
        var width = Math.max(pair[0].naturalWidth, pair[1].naturalWidth);
        var height = Math.max(pair[0].naturalHeight, pair[1].naturalHeight);
        var pixels = pair.map(function (each) {
          var canvas = document.createElement("canvas");
          canvas.width = width;
          canvas.height = height;
          canvas.getContext("2d").drawImage(each, 0, 0);
          return canvas.getContext("2d").getImageData(0, 0, width, height);
        });
        var tolerance = Number(pairForm.getAttribute("data-tolerance"));
        var mark = pairForm.getAttribute("data-changed").split(" ").map(Number);
        var a = pixels[0].data, b = pixels[1].data, changed = 0;
        for (var at = 0; at < a.length; at += 4) {
          if (Math.abs(a[at] - b[at]) > tolerance || Math.abs(a[at + 1] - b[at + 1]) > tolerance ||
              Math.abs(a[at + 2] - b[at + 2]) > tolerance || a[at + 3] !== b[at + 3]) {
            b[at] = mark[0]; b[at + 1] = mark[1]; b[at + 2] = mark[2]; b[at + 3] = 255;
            changed += 1;
          } else {  // faded: grey, 70% of the way to white (as the build's diff images)
            var grey = 0.299 * b[at] + 0.587 * b[at + 1] + 0.114 * b[at + 2];
            b[at] = b[at + 1] = b[at + 2] = Math.round(grey * 0.3 + 255 * 0.7);
            b[at + 3] = 255;
          }
        }
        var out = document.createElement("canvas");
        out.width = width;
        out.height = height;
        out.getContext("2d").putImageData(pixels[1], 0, 0);
        image.src = out.toDataURL("image/png");
        legend.textContent = changed ?
          (changed / (width * height) * 100).toFixed(2) + "% of the pixels differ, in magenta over the second screenshot, faded." :
          "No pixel differs: nothing is marked.";
      }).catch(function () {
        if (ticket !== drawn) { return; }
        same("The difference of two fixtures is drawn in the browser, which a gallery opened as files does not allow: serve the gallery (broadsheet preview --serve, or python -m http.server in its folder) to see it.");
      });
    };
    ["slider", "onion"].forEach(function (name) {
      var range = document.getElementById("compare-" + name);
      var said = range.parentNode.querySelector("output");
      var set = function () {
        var value = range.value + "%";
        stageBox.style.setProperty("--" + name, name === "onion" ? String(range.value / 100) : value);
        said.textContent = value;
        range.setAttribute("aria-valuetext", value);
      };
      range.addEventListener("input", set);
      set();
    });
    if (narrowView.addEventListener) { narrowView.addEventListener("change", function () { showPair(false); }); }
    pairForm.addEventListener("change", function (event) {
      if (event.target.type !== "range") { showPair(true); }
    });
    pairForm.addEventListener("submit", function (event) { event.preventDefault(); });
    showPair(false);
    // Scrolled together: the box scrolled leads, the other follows it to the same place.
    // The follower's own scroll event (where it ended up, clamped to its own height) is an
    // echo, not passed back; any other scroll of it leads, however soon it comes (a lock
    // held for two frames lost a reader's next scroll on a slow machine).
    var scrollers = Array.prototype.slice.call(stageBox.querySelectorAll(".pair-compare__scroll"));
    var echoes = new Map();
    scrollers.forEach(function (box) {
      box.addEventListener("scroll", function () {
        var echo = echoes.get(box);
        echoes.delete(box);
        if (!together.checked || (echo && echo[0] === box.scrollTop && echo[1] === box.scrollLeft)) { return; }
        scrollers.forEach(function (other) {
          if (other === box || (other.scrollTop === box.scrollTop && other.scrollLeft === box.scrollLeft)) { return; }
          var before = [other.scrollTop, other.scrollLeft];
          other.scrollTop = box.scrollTop; other.scrollLeft = box.scrollLeft;
          var after = [other.scrollTop, other.scrollLeft];
          if (after[0] !== before[0] || after[1] !== before[1]) { echoes.set(other, after); }
        });
      }, { passive: true });
    });
  }
  // A comparison opened from the table of changes (or a link to it) unfolds: its heading
  // is the link's target, its viewer folded after it.
  var openChange = function (event) {
    var link = event && event.type === "click" && event.target.closest ? event.target.closest("a[href^='#']") : null;
    if (event && event.type === "click" && !link) { return; }
    var hash = link ? link.getAttribute("href") : location.hash;
    var target = hash && document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target && target.tagName === "DETAILS") { target.open = true; }  // a footnote linked
    // Round 51: a finding linked to opens its details (and a group's member, its list).
    var card = target && target.closest ? target.closest("li.finding") : null;
    if (card) {
      var more = card.querySelector(":scope > details.finding__more");
      if (more) { more.open = true; }
      for (var folded = target.parentElement; folded && folded !== card; folded = folded.parentElement) {
        if (folded.tagName === "DETAILS") { folded.open = true; }
      }
    }
    var change = target && target.closest ? target.closest("article.change") : null;
    var detail = change && change.querySelector(".change__detail");
    if (detail) { detail.open = true; }
  };
  window.addEventListener("hashchange", openChange);
  document.addEventListener("click", openChange);  // at once, before the page scrolls to it
  openChange();
  // What a block story's frame says (its height, whether it shows the block alone).
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.broadsheetStory !== "size" || typeof data.height !== "number") { return; }
    Array.prototype.forEach.call(document.querySelectorAll("[data-story-live] iframe"), function (frame) {
      if (frame.contentWindow === event.source && frame.broadsheetStory) { frame.broadsheetStory(data); }
    });
  });
  // A block story's live view: its scheme and direction switches choose the frame's page
  // (without script, links open each page in the frame).
  Array.prototype.forEach.call(document.querySelectorAll("[data-story-live]"), function (box) {
    var base = box.getAttribute("data-story-live");
    var frame = box.querySelector("iframe");
    var switches = box.querySelector(".story-live__switches");
    switches.hidden = false;
    box.querySelector(".story-live__links").hidden = true;
    // The frame shows the block alone (its page's script hides the rest) or in its page
    // (scrolled to the block), and is as tall as the block needs: its page says how tall.
    var alone = function () { return !switches.querySelector("input[value='page']:checked"); };
    // Its width (the fixture's Width switch): Fill, the box's width; a width chosen, the
    // block laid out at it, drawn smaller when the box is narrower (CSS zoom: the page
    // inside keeps its width), and said so.
    var widthNote = switches.querySelector(".story-live__note");
    var sized = function () {
      var chosen = switches.querySelector("input[name$='-width']:checked");
      var wide = chosen && chosen.value !== "fill" ? Number(chosen.value) : 0;
      frame.classList.toggle("story-frame--sized", Boolean(wide));
      if (!wide) {
        frame.style.inlineSize = "";
        frame.style.zoom = "";
        widthNote.hidden = true;
        return;
      }
      // Drawn `room` px wide: a whole number of pixels for the width, so the page inside is
      // laid out at exactly that width (its edge an outline, outside the box).
      var room = Math.min(wide, Math.floor(box.clientWidth) - 2);
      frame.style.inlineSize = wide + "px";
      frame.style.zoom = room < wide ? String(room / wide) : "";
      widthNote.textContent = (room < wide ? "Shown at " + Math.floor(room / wide * 100) + "% to fit; the" : "The") +
        " block is laid out " + wide + " px wide.";
      widthNote.hidden = false;
    };
    window.addEventListener("resize", sized);
    var fit = function (height) {
      var least = alone() ? 64 : 512;
      frame.style.blockSize = Math.max(least, Math.min(height, 4000)) + "px";
    };
    frame.broadsheetStory = function (data) {
      if (data.alone !== alone()) {
        frame.contentWindow.postMessage({ broadsheetStory: "view", alone: alone() }, "*");
      } else { fit(data.height); }
    };
    // An edited block's page (srcdoc, sandboxed without scripts): the same, from here.
    frame.addEventListener("load", function () {
      if (!frame.hasAttribute("srcdoc")) { return; }
      var doc = frame.contentDocument;
      var block = doc && (doc.querySelector(".article-body > :first-child") ||
                          doc.querySelector(".article-header ~ :not(.article-body)"));
      if (!block) { return; }
      var whole = !alone();
      for (var element = block; element.parentElement && element !== doc.body; element = element.parentElement) {
        Array.prototype.forEach.call(element.parentElement.children, function (other) {
          if (other !== element && !whole) { other.style.setProperty("display", "none", "important"); }
        });
      }
      var box = block.getBoundingClientRect();
      var top = box.top + frame.contentWindow.scrollY;
      fit(Math.ceil(whole ? box.height + 144 : top + box.height + 24));
      frame.contentWindow.scrollTo(0, whole ? Math.max(0, top - 96) : 0);
    });
    switches.addEventListener("change", function (event) {
      if (event.target.name && /-width$/.test(event.target.name)) { sized(); return; }
      if (event.target.name && /-view$/.test(event.target.name)) {
        if (frame.hasAttribute("srcdoc")) { frame.srcdoc = frame.srcdoc; return; }
        frame.contentWindow.postMessage({ broadsheetStory: "view", alone: alone() }, "*");
        return;
      }
      var scheme = switches.querySelector("input[value='light']:checked") ? "light" : "dark";
      var direction = switches.querySelector("input[value='rtl']:checked") ? "rtl" : "ltr";
      frame.src = base + "page-" + scheme + "-" + direction + ".html";
      frame.title = frame.title.replace(/ live.*$/, " live, " + scheme + ", " +
        (direction === "rtl" ? "right to left" : "left to right"));
      if (box.broadsheetRerender) { box.broadsheetRerender(); }  // edited with its controls
    });
  });
  // The diff viewer: side by side is the page without script; with it, a before/after
  // slider (the new screenshot wiped in from the right), an onion skin (its opacity) and
  // the difference (the new over the approved in the difference blend: unchanged is black).
  Array.prototype.forEach.call(document.querySelectorAll("[data-compare]"), function (box) {
    var stage = box.querySelector(".compare__stage");
    var modes = box.querySelector(".compare__modes");
    var controls = { wipe: box.querySelector(".compare__control--wipe"),
                     onion: box.querySelector(".compare__control--onion") };
    modes.hidden = false;
    var choose = function (mode) {
      var radio = modes.querySelector("input[value='" + mode + "']");
      if (radio && !radio.checked) { radio.checked = true; radio.dispatchEvent(new Event("change", { bubbles: true })); }
    };
    // Side by side in a narrow panel (the checks beside the live page at 1280 px) drew
    // each screenshot about 160 px wide: there the slider is the view, one screenshot the
    // panel's whole width, unless a view was chosen; "Open full width" shows the two side
    // by side in a dialog that takes the window.
    var NARROW = 640;
    var picked = false;
    modes.addEventListener("change", function (event) { if (event.isTrusted) { picked = true; } });
    var fitMode = function () {
      if (!picked && !box.closest("dialog")) { choose(box.clientWidth < NARROW ? "wipe" : "side"); }
    };
    var expand = box.querySelector(".compare__expand");
    expand.hidden = false;
    expand.querySelector("button").addEventListener("click", function () {
      if (!window.HTMLDialogElement) { return; }
      var home = document.createComment("compare");
      box.parentNode.insertBefore(home, box);
      var made = enlargedDialog(box.getAttribute("data-title"), "enlarged--compare");
      var dialog = made.dialog, close = made.close;
      dialog.appendChild(box);
      expand.hidden = true;
      var was = modes.querySelector("input:checked").value;
      if (!picked) { choose("side"); }
      dialog.addEventListener("close", function () {
        home.parentNode.replaceChild(box, home);
        dialog.remove();
        expand.hidden = false;
        if (!picked) { choose(was); }
        expand.querySelector("button").focus();
      });
      document.body.appendChild(dialog);
      dialog.showModal();
      close.focus();
    });
    modes.addEventListener("change", function (event) {
      var mode = event.target.value;
      stage.classList.toggle("compare__stage--wipe", mode === "wipe");
      stage.classList.toggle("compare__stage--onion", mode === "onion");
      stage.classList.toggle("compare__stage--difference", mode === "difference");
      controls.wipe.hidden = mode !== "wipe";
      controls.onion.hidden = mode !== "onion";
      box.querySelector(".compare__control--difference").hidden = mode !== "difference";
    });
    ["wipe", "onion"].forEach(function (name) {
      var range = controls[name].querySelector("input");
      var said = controls[name].querySelector("output");
      var set = function () {
        var value = range.value + "%";
        stage.style.setProperty("--" + name, name === "onion" ? String(range.value / 100) : value);
        said.textContent = value;
        range.setAttribute("aria-valuetext", value);
      };
      range.addEventListener("input", set);
      set();
    });
    // Measured once its tab is shown (a hidden panel is 0 px wide), and when the window
    // is resized.
    if (window.ResizeObserver) { new ResizeObserver(fitMode).observe(box); } else { fitMode(); }
  });
  // The Changes tab compares at the width and scheme the live page shows (Fill: the widest
  // screenshot the frame holds): that comparison shown (nothing changed) or opened (one did).
  var liveControls = document.querySelector(".frame-controls");
  // The width and scheme the live page shows, as "<width>-<scheme>" (Fill: the widest of
  // `widths` the frame holds).
  var liveShown = function (widths) {
    var width = (liveControls.querySelector("input[name='frame-width']:checked") || {}).value;
    var scheme = (liveControls.querySelector("input[name='frame-scheme']:checked") || {}).value || "light";
    if (!width || width === "fill") {
      var frame = document.querySelector(".frame-stage");
      var room = frame ? frame.clientWidth : 0;
      width = String(widths.filter(function (each) { return each <= room; }).sort(function (a, b) { return b - a; })[0] || Math.min.apply(null, widths));
    }
    return width + "-" + scheme;
  };
  var atShots = document.querySelectorAll(".changes__at[data-shot], details.change__detail");
  if (liveControls && atShots.length) {
    var followLive = function () {
      var widths = Array.prototype.map.call(document.querySelectorAll(".changes__at[data-shot], article.change"), function (each) {
        return parseInt((each.getAttribute("data-shot") || each.getAttribute("aria-labelledby").replace("change-", "")), 10);
      });
      var key = liveShown(widths);
      var shown = document.querySelector(".changes__at[data-shot='" + key + "']");
      if (shown) {
        Array.prototype.forEach.call(document.querySelectorAll(".changes__at[data-shot]"), function (each) { each.hidden = each !== shown; });
      }
      // One comparison open at a time: the live page's in place of the one opened before.
      var heading = document.getElementById("change-" + key);
      var detail = heading && heading.closest("article") && heading.closest("article").querySelector("details.change__detail");
      if (detail && !detail.open) {
        Array.prototype.forEach.call(document.querySelectorAll("details.change__detail[open]"), function (each) { each.open = false; });
        detail.open = true;
      }
    };
    liveControls.addEventListener("change", function (event) {
      if (event.target.name === "frame-width" || event.target.name === "frame-scheme") { followLive(); }
    });
    setTimeout(followLive, 0);  // once the live page's width and scheme are chosen (below)
  }
  // The reading views at the live page's width and scheme where they were captured there
  // (the focus order: every width, light and dark), each caption saying where it was taken;
  // the line above them names the views shown elsewhere.
  var viewFigures = Array.prototype.slice.call(document.querySelectorAll(".views figure[data-shots]"));
  var viewsAt = document.getElementById("views-at");
  if (liveControls && viewFigures.length && viewsAt) {
    var atWords = function (key) {
      var parts = key.split("-");
      return parts[0] + " px" + (parts[1] === "light" || parts[1] === "dark" ? ", " + parts[1] : "");
    };
    var followViews = function () {
      var widths = Array.prototype.map.call(liveControls.querySelectorAll("input[name='frame-width']"), function (input) {
        return parseInt(input.value, 10);
      }).filter(function (each) { return each > 0; });
      var key = liveShown(widths);
      var same = [], elsewhere = [];
      viewFigures.forEach(function (figure) {
        var shots = JSON.parse(figure.getAttribute("data-shots"));
        var own = figure.getAttribute("data-width") + "-" + figure.getAttribute("data-scheme");
        var shown = shots[key] ? key : own;
        var label = figure.querySelector("figcaption strong").textContent;
        if (shots[shown]) {
          var img = figure.querySelector("img");
          img.src = shots[shown][0];
          if (shots[shown][1]) { img.width = shots[shown][1]; img.height = shots[shown][2]; }
          figure.querySelectorAll("[data-enlarge]").forEach(function (link) { link.href = shots[shown][0]; });
        }
        figure.querySelector(".view__at").textContent = "(" + atWords(shown) + ")";
        figure.toggleAttribute("data-elsewhere", shown !== key);
        if (shown !== key) { elsewhere.push({ label: label, at: shown }); } else { same.push(label); }
      });
      // Round 49 (review 48, item 5): in plain words ("At the live page's 1280 px, light: …
      // Not captured at 1280 px, light, so as taken: …" read as a spec).
      viewsAt.textContent = (same.length ? same.join(", ") + ": as the live page (" + atWords(key) + "). " : "") +
        elsewhere.map(function (said) { return said.label + ": only taken at " + atWords(said.at) + "."; }).join(" ");
    };
    liveControls.addEventListener("change", function (event) {
      if (event.target.name === "frame-width" || event.target.name === "frame-scheme") { followViews(); }
    });
    setTimeout(followViews, 0);
  }
  // "Wide panel": the checks beside the live page (a wide screen) take most of the window,
  // the live page a narrow column, so the evidence is drawn large; remembered from one
  // fixture's page to the next (the w key too). Told as a resize: the live frame and the
  // comparisons fit themselves again.
  var wide = document.getElementById("panel-wide");
  if (wide) {
    var WIDE = "broadsheet-gallery:panel";
    var workspace = wide.closest(".workspace");
    var widen = function (on, keep) {
      workspace.classList.toggle("workspace--wide", on);
      wide.setAttribute("aria-pressed", on ? "true" : "false");
      if (keep) {
        try { localStorage.setItem(WIDE, on ? "wide" : "narrow"); } catch (error) { /* private mode */ }
      }
      window.dispatchEvent(new Event("resize"));
    };
    wide.closest("p").hidden = false;
    Array.prototype.forEach.call(document.querySelectorAll(".view__hint"), function (hint) { hint.hidden = false; });
    // The reading views fit the panel; "Actual size" shows them at the page's own size.
    var viewsActual = document.getElementById("views-actual");
    if (viewsActual) {
      viewsActual.closest("p").hidden = false;
      viewsActual.addEventListener("click", function () {
        var on = viewsActual.getAttribute("aria-pressed") !== "true";
        viewsActual.setAttribute("aria-pressed", on ? "true" : "false");
        document.querySelector(".views").classList.toggle("views--actual", on);
      });
    }
    var keptWide = false;
    try { keptWide = localStorage.getItem(WIDE) === "wide"; } catch (error) { /* private mode */ }
    if (keptWide) { widen(true, false); }
    wide.addEventListener("click", function () { widen(wide.getAttribute("aria-pressed") !== "true", true); });
  }
  // The live frame keeps the width chosen (the page inside lays out at it) but is zoomed
  // out to fit a narrower window, saying so, and stays as tall as its stage (one screen, two,
  // or as dragged); without script the stage scrolls instead. The switches and a dragged
  // height are remembered from one fixture's page to the next.
  // Round 46: on a wide and tall window the fixture page is one fixed workspace (gallery.css):
  // the frame takes its share of the window, the bar between it and the checks resizes them.
  var FIXED = window.matchMedia("(min-width: 64rem) and (min-height: 37.5rem)");
  var fixedNow = function () { return FIXED.matches && Boolean(document.querySelector(".workspace > .canvas")); };
  var stage = document.querySelector(".frame-stage");
  if (stage) {
    var note = document.getElementById("frame-note");
    var controls = document.querySelector(".frame-controls");
    var KEY = "broadsheet-gallery:frame";
    var FIT = 0.75;  // the smallest scale a captured width is chosen at by default
    // Room kept under the tabs so the tab chosen shows its start in the first screen.
    var PEEK = 112;
    var saved = {};
    try { saved = JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (error) { saved = {}; }
    var zoomSwitch = controls.querySelector(".frame-zoom");
    if (zoomSwitch) { zoomSwitch.hidden = false; }  // zoom needs the script; width and scheme do not
    ["frame-width", "frame-scheme", "frame-height", "frame-zoom", "frame-vision"].forEach(function (name) {
      var input = saved[name] && controls.querySelector("[name='" + name + "'] [value='" + saved[name] + "'], input[name='" + name + "'][value='" + saved[name] + "']");
      if (input) { input[input.tagName === "OPTION" ? "selected" : "checked"] = true; }
    });
    if (!saved["frame-scheme"] && window.matchMedia("(prefers-color-scheme: dark)").matches) {
      controls.querySelector("input[name='frame-scheme'][value='dark']").checked = true;  // as the system
    }
    if (saved.dragged) { stage.style.blockSize = saved.dragged + "px"; }
    // "Actual size": a page wider than the stage drawn at 100% (one CSS px a px), scrolled
    // sideways in the stage, instead of scaled down to fit; offered in the note that says
    // the page is scaled, remembered as the switches are.
    // Round 49 (review 48, item 4): at 1:1 unless "Actual size" was unpressed (a design review
    // judges type and spacing at their size; 78% by default misled).
    // (On a phone the page is fitted, as before: its 320 or 375 px a few px wider than the
    // stage scrolled sideways for nothing.)
    // Round 50 (review 49, item 2): at 1:1 only where it fits well. A 1280 px page in a
    // 545 px pane at 1:1 showed 43% of its width ("National Ei… / week of so…"); unless the
    // designer chose (remembered), the page opens fitted to the pane whenever 1:1 would show
    // less than :data:`WELL` of its width, at 1:1 where it shows that much or more.
    var WELL = 0.7;
    var actualChosen = saved.actual !== undefined;
    var actual = actualChosen ? Boolean(saved.actual) : false;
    var noteText = document.createElement("span");
    var actualSize = document.createElement("button");
    actualSize.type = "button";
    actualSize.className = "button frame-actual";
    var ratioWords = document.createElement("span");
    ratioWords.className = "frame-actual__ratio";
    ratioWords.textContent = " (1:1)";
    actualSize.append("Actual size", ratioWords);
    actualSize.title = "Draw the page at 100%, one CSS pixel a pixel; unpressed, fitted to the pane";
    actualSize.addEventListener("click", function () {
      actual = !actual;
      actualChosen = true;
      fit();
      save();
      if (actual) { toStart(); }
    });
    // At 1:1 the stage opens on the page's start: a right-to-left page's is at its right.
    var title = document.querySelector(".fixture-head__title bdi");
    var toStart = function () {
      stage.scrollLeft = title && title.getAttribute("dir") === "rtl" ? stage.scrollWidth : 0;
    };
    note.textContent = "";
    note.append(noteText, " ", actualSize);
    // Not chosen before (or a width no longer offered): one of the widths the fixture was
    // captured at, as its screenshots show it: the widest the stage shows at 75% of its
    // size or more (1280 px in a 1280 px window, 375 px on a phone), else the narrowest,
    // scaled down to fit. Fill (checked without script) stays a choice.
    var widthChosen = controls.querySelector("input[name='frame-width']:checked");
    if (!saved["frame-width"] || !widthChosen || widthChosen.value === "fill" && saved["frame-width"] !== "fill") {
      var room = stage.clientWidth - parseFloat(getComputedStyle(stage).paddingLeft) * 2 - 2;
      var captured = Array.prototype.filter.call(controls.querySelectorAll("input[name='frame-width']"), function (input) {
        return input.value !== "fill";
      });
      var fits = captured.filter(function (input) { return Number(input.value) * FIT <= room; });
      // Round 49: in the fixed workspace, the widest captured width the window itself shows
      // (1280 px in a 1280 px window), at 1:1, scrolled sideways in the frame.
      // Round 50: fitted to the pane where 1:1 would cut it (the rule above), so still the
      // desktop layout, not a phone's.
      if (fixedNow()) {
        fits = captured.filter(function (input) { return Number(input.value) <= window.innerWidth; });
      }
      var pick = fits.length ? fits[fits.length - 1] : captured[0];
      if (pick) { pick.checked = true; }
    }
    // The height the script gave the stage, told apart from one dragged by its corner (or
    // remembered from a drag), which it keeps.
    var filled = "";
    var dragged = function () {
      return Boolean(saved.dragged) || Boolean(stage.style.height && stage.style.height !== filled);
    };
    var save = function () {
      var state = {};
      Array.prototype.forEach.call(controls.querySelectorAll("input:checked, select"), function (input) {
        state[input.name] = input.value;
      });
      if (dragged()) { state.dragged = stage.offsetHeight; }
      if (actualChosen) { state.actual = actual ? 1 : 0; }
      try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (error) { /* private mode */ }
    };
    // One screen: the stage reaches down from where it starts to just above the checks'
    // tabs, which sit :data:`PEEK` px above the window's bottom edge, so the start of the
    // tab chosen shows in the first screen at any width; two screens, a screen more. Measured again whenever it is
    // fitted: the note above it, shown or hidden, moves its top. True when the height changed.
    var dockStrip = document.querySelector(".toc[data-tabs]");
    var fill = function () {
      if (fixedNow()) { return false; }  // the workspace's grid sizes it
      if (dragged()) { return false; }
      var double = controls.querySelector("input[name='frame-height'][value='double']:checked");
      var box = stage.getBoundingClientRect();
      var top = box.top + window.scrollY;
      var strip = dockStrip ? dockStrip.getBoundingClientRect() : null;
      // The tabs beside the stage (a wide screen): it reaches to the window's bottom.
      var beside = strip && strip.left >= box.right - 1;
      var dock = strip && !beside ? Math.max(0, strip.bottom - box.bottom) : 0;
      var wanted = Math.max(240, window.innerHeight - top - dock - (beside ? 16 : PEEK));
      var height = (double ? wanted + window.innerHeight : wanted) + "px";
      if (height === stage.style.height) { return false; }
      stage.style.blockSize = height;
      filled = stage.style.height;
      return true;
    };
    var fit = function () {
      fitFrames();
      if (fill()) { fitFrames(); }  // the note said or unsaid moved the stage
    };
    var fitFrames = function () {
      var padding = parseFloat(getComputedStyle(stage).paddingLeft);
      var room = stage.clientWidth - padding * 2;
      var tall = stage.clientHeight - padding * 2;
      var shown = 1;
      var zoomed = controls.querySelector("input[name='frame-zoom']:checked");
      var zoom = zoomed ? Number(zoomed.value) || 1 : 1;
      var layout = 0, wider = 0;
      Array.prototype.forEach.call(stage.querySelectorAll(".preview-frame"), function (frame) {
        frame.style.transform = frame.style.marginInlineEnd = frame.style.marginBlockEnd = "";
        frame.style.blockSize = frame.style.inlineSize = "";
        var width = frame.offsetWidth;
        if (!frame.getClientRects().length) { return; }
        // Zoomed as a reader zooms: the page laid out 1/zoom as wide, drawn zoom times
        // larger, so it takes the width chosen.
        layout = frame.clientWidth / zoom;  // the content box: the border is not the page's
        if (zoom !== 1) { frame.style.inlineSize = layout + "px"; }
        var filling = controls.querySelector("input[name='frame-width'][value='fill']:checked");
        var fitted = width > room && room > 0 && !filling ? room / width : 1;
        if (fitted < 1) { wider = width; }
        if (!actualChosen) { actual = fixedNow() && fitted >= WELL; }
        if (actual) { fitted = 1; }
        var scale = fitted * zoom;
        if (fitted < 1) { shown = fitted; }
        if (scale !== 1) {
          // Scaled, not zoomed by the browser: the frame keeps its layout size, so the page
          // inside keeps the exact width; it is made taller by as much as it is scaled down,
          // so it still fills the stage, and negative margins give back the room it no
          // longer takes.
          var height = tall / scale;
          frame.style.blockSize = (height - 2) + "px";
          frame.style.transform = "scale(" + scale + ")";
          frame.style.marginInlineEnd = (layout * (scale - 1)) + "px";
          frame.style.marginBlockEnd = (height * (scale - 1)) + "px";
        }
      });
      var said = [];
      if (zoom !== 1) {
        said.push("Zoomed to " + zoom * 100 + "%: the page laid out " + Math.round(layout) +
          " CSS px wide, as a reader who zooms in meets it.");
      }
      // The scale in large type of its own (round 50: "show the scale prominently").
      var scale = "";
      if (shown !== 1) {
        scale = Math.floor(shown * 100) + "%";
        said.push("to fit a " + Math.round(layout) + " px page.");
      } else if (actual && wider) {
        scale = "100%";
        said.push("scroll sideways to see the page's " + Math.round(layout) + " px.");
      }
      actualSize.hidden = !wider;
      actualSize.setAttribute("aria-pressed", actual && wider ? "true" : "false");
      // Scrolled sideways at 1:1, the stage is a region the keyboard can reach and scroll
      // (WCAG 2.1.1; axe's scrollable-region-focusable).
      if (actual && wider) {
        stage.setAttribute("tabindex", "0");
        stage.setAttribute("role", "region");
        stage.setAttribute("aria-label", "The live page at its own size: scroll sideways for the rest");
      } else {
        ["tabindex", "role", "aria-label"].forEach(function (name) { stage.removeAttribute(name); });
      }
      note.hidden = !said.length;
      note.classList.toggle("frame-note--scaled", shown !== 1);
      noteText.textContent = "";
      if (zoom !== 1) { noteText.append(said.shift() + (said.length ? " " : "")); }
      if (scale) {
        var big = document.createElement("strong");
        big.className = "frame-scale";
        big.textContent = scale;
        noteText.append(shown !== 1 ? "Shown at " : "Actual size (", big, shown !== 1 ? " " : "): ");
      }
      noteText.append(said.join(" "));
    };
    controls.addEventListener("change", function (event) {
      if (event.target.name === "frame-height") { stage.style.height = filled = ""; saved.dragged = 0; }
      fit();
      save();
    });
    window.addEventListener("resize", fit);
    window.addEventListener("load", fit);  // the title's web font can move the stage
    if (document.fonts && document.fonts.ready) { document.fonts.ready.then(fit); }
    if (window.ResizeObserver) {
      var last = stage.offsetHeight;
      new ResizeObserver(function () {
        if (stage.offsetHeight === last) { return; }
        last = stage.offsetHeight;
        fit();
        if (dragged()) { save(); }  // dragged by its corner
      }).observe(stage);
    }
    fit();
    toStart();
    window.addEventListener("load", toStart);
    if (document.fonts && document.fonts.ready) { document.fonts.ready.then(toStart); }
  }
  // The bar between the live page and the checks (a window splitter, role separator): drag
  // it, or Arrow Up / Down (5%), Page Up / Down (20%), Home / End; Enter (or the w key)
  // swaps the live page's share between 70% and 30%. Kept for the session.
  var split = document.getElementById("workspace-split");
  if (split) {
    var SPLIT = "broadsheet-gallery:split";
    var splitBox = split.parentNode;
    var LOW = Number(split.getAttribute("aria-valuemin")), HIGH = Number(split.getAttribute("aria-valuemax"));
    // Round 49: from 75em the checks beside the live page (gallery.css): the bar stands
    // upright, its keys Left / Right, the live page 56% of the width at first.
    var BESIDE = window.matchMedia("(min-width: 75em) and (min-height: 37.5rem)");
    var beside = function () { return BESIDE.matches; };
    var SHARE = beside() ? 56 : 70;  // the live page's share at first (60% left it a letterbox at 1280 × 800)
    // Round 48: "Larger checks" (the button, Enter on the bar, the w key) gives the live page
    // 45%, still a usable page (30% left it 126 px tall at 1280 × 800); a fixture with a
    // changed screenshot opens so, its comparison in sight.
    var CHECKS = beside() ? 34 : 45;
    var share = SHARE;
    try { share = Number(sessionStorage.getItem(SPLIT + (beside() ? ":beside" : ""))) || SHARE; } catch (error) { /* private mode */ }
    if (splitBox.hasAttribute("data-attention")) { share = Math.min(share, CHECKS); }
    var swapButton = document.getElementById("workspace-swap");
    var setShare = function (value, keep) {
      share = Math.max(LOW, Math.min(HIGH, Math.round(value)));
      splitBox.style.setProperty("--canvas-share", share + "fr");
      splitBox.style.setProperty("--panel-share", (100 - share) + "fr");
      split.setAttribute("aria-valuenow", String(share));
      split.setAttribute("aria-valuetext", "Live page " + share + "%, checks " + (100 - share) + "%");
      if (swapButton) { swapButton.setAttribute("aria-pressed", share <= CHECKS ? "true" : "false"); }
      if (keep) {
        try { sessionStorage.setItem(SPLIT + (beside() ? ":beside" : ""), String(share)); } catch (error) { /* private mode */ }
      }
    };
    split.broadsheetSwap = function () { setShare(share > CHECKS ? CHECKS : SHARE, true); };
    var showSplit = function () {
      split.setAttribute("aria-orientation", beside() ? "vertical" : "horizontal");
      split.hidden = !fixedNow();
      if (swapButton) { swapButton.parentNode.hidden = split.hidden; }
    };
    if (swapButton) { swapButton.addEventListener("click", function () { split.broadsheetSwap(); }); }
    if (FIXED.addEventListener) { FIXED.addEventListener("change", showSplit); }
    if (BESIDE.addEventListener) {
      BESIDE.addEventListener("change", function () {
        SHARE = beside() ? 56 : 70;
        CHECKS = beside() ? 34 : 45;
        setShare(SHARE, false);
        showSplit();
      });
    }
    setShare(share, false);
    showSplit();
    split.addEventListener("keydown", function (event) {
      var step = { ArrowUp: -5, ArrowDown: 5, PageUp: -20, PageDown: 20 }[event.key];
      if (beside()) {
        step = { ArrowLeft: -5, ArrowRight: 5, PageUp: -20, PageDown: 20 }[event.key];
      }
      if (step) { setShare(share + step, true); }
      else if (event.key === "Home") { setShare(LOW, true); }
      else if (event.key === "End") { setShare(HIGH, true); }
      else if (event.key === "Enter") { split.broadsheetSwap(); }
      else { return; }
      event.preventDefault();
    });
    // Dragged: the live page's share is where the pointer is, between the canvas's top and
    // the checks' bottom (the frames let the pointer through while dragging).
    var canvasBox = splitBox.querySelector(".canvas"), checksBox = document.getElementById("checks");
    split.addEventListener("pointerdown", function (event) {
      if (event.button !== 0) { return; }
      event.preventDefault();
      split.setPointerCapture(event.pointerId);
      splitBox.classList.add("workspace--dragging");
      var top = canvasBox.getBoundingClientRect().top;
      var room = checksBox.getBoundingClientRect().bottom - top - split.offsetHeight;
      var move = function (moved) { setShare((moved.clientY - top - split.offsetHeight / 2) / room * 100, false); };
      if (beside()) {
        var left = canvasBox.getBoundingClientRect().left;
        var across = checksBox.getBoundingClientRect().right - left - split.offsetWidth;
        move = function (moved) { setShare((moved.clientX - left - split.offsetWidth / 2) / across * 100, false); };
      }
      var stop = function () {
        splitBox.classList.remove("workspace--dragging");
        split.removeEventListener("pointermove", move);
        split.removeEventListener("pointerup", stop);
        split.removeEventListener("pointercancel", stop);
        setShare(share, true);
      };
      split.addEventListener("pointermove", move);
      split.addEventListener("pointerup", stop);
      split.addEventListener("pointercancel", stop);
    });
  }
  // Round 51 (review 50, item 1): "Preview only" (the button at the live page's toolbar's
  // end, or the c key): the checks hidden where the workspace is fixed, the live page its
  // whole width (gallery.css), so a 1280 px page is drawn at 1:1 or nearly (beside the checks,
  // 49%); remembered from one fixture's page to the next. A link to a part of the checks (a
  // finding's address, a status chip) shows them again.
  var onlyButton = document.getElementById("preview-only");
  if (onlyButton) {
    var ONLY = "broadsheet-gallery:preview-only";
    var onlyBox = onlyButton.closest(".workspace");
    var onlyChecks = document.getElementById("checks");
    var previewOnly = function (on, keep) {
      onlyBox.classList.toggle("workspace--preview-only", on);
      onlyButton.setAttribute("aria-pressed", on ? "true" : "false");
      if (keep) {
        try { localStorage.setItem(ONLY, on ? "on" : "off"); } catch (error) { /* private mode */ }
      }
      window.dispatchEvent(new Event("resize"));  // the live frame fits itself again
    };
    var showOnly = function () { onlyButton.parentNode.hidden = !fixedNow(); };
    onlyButton.broadsheetToggle = function () {
      if (!onlyButton.parentNode.hidden) { previewOnly(onlyButton.getAttribute("aria-pressed") !== "true", true); }
    };
    onlyButton.addEventListener("click", onlyButton.broadsheetToggle);
    if (FIXED.addEventListener) { FIXED.addEventListener("change", showOnly); }
    showOnly();
    var inChecks = function (hash) {
      var id = hash && hash.length > 1 ? decodeURIComponent(hash.slice(1)) : "";
      var target = id && document.getElementById(id);
      return Boolean(target && onlyChecks && onlyChecks.contains(target));
    };
    var keptOnly = false;
    try { keptOnly = localStorage.getItem(ONLY) === "on"; } catch (error) { /* private mode */ }
    if (keptOnly && !inChecks(location.hash)) { previewOnly(true, false); }
    var checksWanted = function (hash) {
      if (onlyBox.classList.contains("workspace--preview-only") && inChecks(hash)) { previewOnly(false, true); }
    };
    window.addEventListener("hashchange", function () { checksWanted(location.hash); });
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href^='#']");
      if (link) { checksWanted(link.getAttribute("href")); }
    }, true);  // before the tabs choose the one it opens
  }
  // Round 48 (review 47, item 4): "Looks fine" on each item to review of a fixture's page: a
  // designer's sign-off, kept in this browser (localStorage: the gallery is static files),
  // keyed by the fixture, the check's source, its rule and (alone) its element; a group of
  // one rule's items is one decision. The counts of items to review on that page, in the
  // fixtures list and on the index's cards leave out what was marked so.
  var SIGNOFF = "broadsheet-gallery:looks-fine";
  var localSigned = function () {
    try { return JSON.parse(localStorage.getItem(SIGNOFF) || "{}") || {}; } catch (error) { return {}; }
  };
  // Round 49 (review 48, item 3): the team's sign-offs, committed (fixtures/signoffs.json,
  // read by the build into assets/signoffs.js): signed off in every browser, by whom and when.
  var team = window.broadsheetTeamSignoffs || {};
  var signedOff = function () {
    var map = localSigned();
    Object.keys(team).forEach(function (key) { map[key] = team[key].items; });
    return map;
  };
  // "Export sign-offs": this browser's (and the team's) as the file the build reads.
  var exportSignoffs = function () {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button signoff__export";
    button.textContent = "Export sign-offs";
    button.addEventListener("click", function () {
      var file = { looks_fine: signedOff(), by: "", at: new Date().toISOString().slice(0, 16) + "Z" };
      var link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2) + "\n"], { type: "application/json" }));
      link.download = "signoffs.json";
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
    return button;
  };
  var keepSigned = function (map) {
    try { localStorage.setItem(SIGNOFF, JSON.stringify(map)); } catch (error) { /* private mode */ }
  };
  // How many of a fixture's findings to review are marked fine (of `rules` only, if given).
  var fineOf = function (slug, rules) {
    var map = signedOff(), fine = 0;
    Object.keys(map).forEach(function (key) {
      var parts = key.split("|");
      if (parts[0] === slug && (!rules || rules.indexOf(parts[2]) >= 0)) { fine += Number(map[key]) || 0; }
    });
    return fine;
  };
  var recount = function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-reviews-of]"), function (counter) {
      var total = Number(counter.getAttribute("data-reviews"));
      var rules = counter.getAttribute("data-review-rules");
      var fine = Math.min(total, fineOf(counter.getAttribute("data-reviews-of"), rules ? rules.split(" ") : null));
      var left = total - fine;
      // The number in its words ("12 to review", "Contrast: 6 to check by eye") made the left.
      var walker = document.createTreeWalker(counter, NodeFilter.SHOW_TEXT);
      for (var text = walker.nextNode(); text; text = walker.nextNode()) {
        if (/\d/.test(text.nodeValue)) {
          text.nodeValue = text.nodeValue.replace(/\d+/, String(left > 0 ? left : total));
          break;
        }
      }
      if (counter.hasAttribute("title")) { counter.title = counter.title.replace(/^\d+/, String(left)); }
      counter.hidden = left <= 0;
      counter.classList.toggle("reviews--fine", fine > 0);
      // Said beside a badge (a card's, the page's status): how many were marked fine here.
      if (counter.classList.contains("count")) {
        var said = counter.nextElementSibling;
        if (!said || !said.classList.contains("signoff-said")) {
          said = document.createElement("span");
          said.className = "signoff-said";
          counter.parentNode.insertBefore(said, counter.nextSibling);
        }
        said.textContent = fine ? "✔ " + fine + (left > 0 ? " of " + total : "") + " marked fine (this browser)" : "";
        said.hidden = !fine;
      }
    });
    // Round 49 (review 48, item 5): the index's "To review (n)" (its heading and the link to
    // it) leaves out the fixtures whose every item to review is marked fine.
    var reviewGroup = document.querySelector("section.group[data-group='review']");
    if (reviewGroup) {
      var cards = reviewGroup.querySelectorAll(".card");
      var done = Array.prototype.filter.call(cards, function (card) {
        var counters = card.querySelectorAll(".count--warn[data-reviews-of]");
        return counters.length > 0 && Array.prototype.every.call(counters, function (counter) { return counter.hidden; });
      }).length;
      var left = String(cards.length - done);
      var words = done ? "(" + left + "; " + done + " marked fine)" : "(" + left + ")";
      var heading = reviewGroup.querySelector(".group__count");
      if (heading) { heading.textContent = words; }
      var link = document.querySelector(".group-link--review strong");
      if (link) { link.textContent = words; }
    }
  };
  var workspaceBox = document.querySelector(".workspace[data-fixture]");
  if (workspaceBox) {
    var fixtureSlug = workspaceBox.getAttribute("data-fixture");
    var items = workspaceBox.querySelectorAll("li.finding[data-signoff]");
    // Keys of this fixture no longer found (the fixture or the checks changed) are dropped.
    var known = {};
    Array.prototype.forEach.call(items, function (item) { known[item.getAttribute("data-signoff")] = true; });
    var kept = localSigned(), pruned = false;
    Object.keys(kept).forEach(function (key) {
      if (key.split("|")[0] === fixtureSlug && !known[key]) { delete kept[key]; pruned = true; }
    });
    if (pruned) { keepSigned(kept); }
    // Said once, under the Findings' count: what the button does, and where it is kept.
    var findingsLead = items.length ? workspaceBox.querySelector("#findings ~ .lead-line") : null;
    if (findingsLead) {
      var told = document.createElement("p");
      told.className = "signoff__note";
      told.textContent = "Checked an item to review by eye? Mark it \u201cLooks fine\u201d and it stops counting. " +
        "Kept in this browser only until exported: commit the file as fixtures/signoffs.json and the whole team's gallery shows it signed off. ";
      told.appendChild(exportSignoffs());
      findingsLead.parentNode.insertBefore(told, findingsLead.nextSibling);
    }
    Array.prototype.forEach.call(items, function (item) {
      var key = item.getAttribute("data-signoff"), weight = Number(item.getAttribute("data-weight")) || 1;
      var row = document.createElement("p");
      row.className = "signoff";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button signoff__button";
      button.textContent = weight > 1 ? "Looks fine (all " + weight + ")" : "Looks fine";
      row.appendChild(button);
      item.appendChild(row);
      var show = function () {
        var on = Boolean(signedOff()[key]);
        button.setAttribute("aria-pressed", on ? "true" : "false");
        item.classList.toggle("finding--fine", on);
      };
      if (team[key]) {
        var who = team[key];
        button.textContent = "Signed off" + (who.by ? " by " + who.by : "") + (who.at ? ", " + who.at.slice(0, 10) : "") + " (the team's file)";
        button.disabled = true;
      }
      button.addEventListener("click", function () {
        var map = localSigned();
        if (map[key]) { delete map[key]; } else { map[key] = weight; }
        keepSigned(map);
        show();
        recount();
      });
      show();
    });
  }
  // Round 51 (review 50, item 5): the fixture shown in sight in the fixtures list (at 1440 px
  // ru-flood-gallery's was below the list's first screen): its scrolling box scrolled to it.
  var currentFixture = document.querySelector("#fixture-nav a[aria-current='page']");
  if (currentFixture) {
    setTimeout(function () {
      for (var box = currentFixture.parentElement; box && box !== document.body; box = box.parentElement) {
        if (/(auto|scroll)/.test(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight) {
          var link = currentFixture.getBoundingClientRect(), room = box.getBoundingClientRect();
          if (link.top < room.top || link.bottom > room.bottom) {
            box.scrollTop += link.top - room.top - (room.height - link.height) / 2;
          }
          break;
        }
      }
    }, 0);
  }
  // The index's cards or dense list, remembered.
  var layoutSwitch = document.getElementById("index-layout");
  if (layoutSwitch) {
    var LAYOUT = "broadsheet-gallery:index-layout";
    var keptLayout = null;
    try { keptLayout = localStorage.getItem(LAYOUT); } catch (error) { /* private mode */ }
    var keptInput = keptLayout && layoutSwitch.querySelector("input[value='" + keptLayout + "']");
    if (keptInput) { keptInput.checked = true; }
    layoutSwitch.addEventListener("change", function (event) {
      try { localStorage.setItem(LAYOUT, event.target.value); } catch (error) { /* private mode */ }
    });
  }
  var groupsBar = document.querySelector(".groups-bar");
  if (groupsBar) { groupsBar.appendChild(exportSignoffs()); }
  recount();
  // Another tab (the index beside a fixture's page) counts again when a sign-off changes.
  window.addEventListener("storage", function (event) { if (event.key === SIGNOFF) { recount(); } });
  // One-key shortcuts (listed in the footer), off with a switch there (WCAG 2.1.4); never
  // while typing in a field or with a modifier key held.
  var on = document.getElementById("shortcuts-on");
  if (on) {
    try { on.checked = localStorage.getItem("broadsheet-gallery:shortcuts") !== "off"; } catch (error) { /* kept on */ }
    on.addEventListener("change", function () {
      try { localStorage.setItem("broadsheet-gallery:shortcuts", on.checked ? "on" : "off"); } catch (error) { /* private mode */ }
    });
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      if (!on.checked || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented ||
          (target.closest && target.closest("input, select, textarea, [contenteditable]"))) { return; }
      var go = function (rel) {
        var link = document.querySelector("a[rel='" + rel + "']");
        if (link) { location.href = link.href; }
      };
      var search = document.getElementById("filter-name");
      var listFilter = document.getElementById("fixture-nav-filter");
      var navFolded = document.getElementById("fixture-nav-toggle");
      if (event.key === "/" && !search && listFilter && navFolded && navFolded.offsetParent &&
          navFolded.getAttribute("aria-expanded") === "false") { navFolded.click(); }
      if (event.key === "/" && !search && listFilter && listFilter.offsetParent) {
        event.preventDefault();
        listFilter.focus();
        return;
      }
      if (event.key === "/" && search && !document.getElementById("filters").hidden) {
        event.preventDefault();
        search.focus();
      } else if (event.key === "n") {
        go("next");
      } else if (event.key === "p") {
        go("prev");
      } else if (event.key === "w") {
        var widener = document.getElementById("panel-wide");
        var splitBar = document.getElementById("workspace-split");
        if (widener && widener.offsetParent) { widener.click(); }
        else if (splitBar && !splitBar.hidden && splitBar.broadsheetSwap) { splitBar.broadsheetSwap(); }
      } else if (event.key === "c") {
        var onlySwitch = document.getElementById("preview-only");
        if (onlySwitch && onlySwitch.broadsheetToggle) { onlySwitch.broadsheetToggle(); }
      } else if (event.key === "s") {
        var other = document.querySelector("input[name='frame-scheme']:not(:checked)");
        if (other) { other.click(); }
      }
    });
  }
  // The Screenshots tab follows the live page's colour scheme: at each width the screenshot
  // in the scheme chosen comes first (the Dark scheme showed the light pages first, or only,
  // in the narrow panel); the other stays beside or under it.
  var heading = document.getElementById("screenshots");
  var shotPairs = heading ? heading.parentNode.querySelectorAll(".pair") : [];
  var schemeFirst = function () {
    var dark = document.querySelector("input[name='frame-scheme'][value='dark']");
    var scheme = dark && dark.checked ? "dark" : "light";
    Array.prototype.forEach.call(shotPairs, function (pair) {
      var chosen = pair.querySelector(":scope > [data-scheme='" + scheme + "']");
      if (chosen && chosen !== pair.firstElementChild) { pair.insertBefore(chosen, pair.firstElementChild); }
    });
  };
  if (shotPairs.length) {
    document.addEventListener("change", function (event) {
      if (event.target.name === "frame-scheme") { schemeFirst(); }
    });
    schemeFirst();
  }
  // The checks' tabs (the addons panel under the live page, as Storybook's): without script
  // a menu of links to the sections, all shown; with it, ARIA tabs, one section shown. The
  // address's fragment chooses the tab holding its target (a link to #contrast-fails or
  // #finding-3 opens its tab), as does following a link to one.
  var strip = document.querySelector(".toc[data-tabs]");
  if (strip) {
    var tabs = Array.prototype.filter.call(strip.querySelectorAll("a[href^='#']"), function (link) {
      return document.getElementById(link.getAttribute("href").slice(1));
    });
    var panelOf = function (link) {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      return target.closest("section.panel") || target;
    };
    strip.querySelector("ul").setAttribute("role", "tablist");
    strip.querySelector("ul").setAttribute("aria-label", strip.classList.contains("toc--block") ? "Variants and props" : "Checks");
    tabs.forEach(function (link, index) {
      var panel = panelOf(link);
      link.parentNode.setAttribute("role", "presentation");
      link.setAttribute("role", "tab");
      link.id = link.id || "tab-" + link.getAttribute("href").slice(1);
      panel.id = panel.id || "panel-" + link.getAttribute("href").slice(1);
      link.setAttribute("aria-controls", panel.id);
      panel.setAttribute("role", "tabpanel");
    });
    // The strip is one row that never wraps, scrolled sideways when the tabs do not fit: an
    // arrow over the faded edge on each side with more tabs (a mouse's way there; arrow
    // keys move between the tabs, so the arrows are left out of the Tab order and of what
    // a screen reader says). The tab chosen is brought into the row, clear of the arrows
    // (the row scrolled, never the page).
    var row = strip.querySelector("ul");
    strip.setAttribute("data-row", "");
    var MARGIN = 40;  // px: an arrow's width and a little
    var arrows = ["start", "end"].map(function (side) {
      var arrow = document.createElement("button");
      arrow.type = "button";
      arrow.className = "toc__more toc__more--" + side;
      arrow.tabIndex = -1;
      arrow.setAttribute("aria-hidden", "true");
      arrow.title = side === "start" ? "Tabs before these" : "More tabs";
      arrow.textContent = side === "start" ? "\u2039" : "\u203a";
      // A page of whole tabs: the first tab out of sight at the end starts the row (or the
      // last before the start ends it).
      arrow.addEventListener("click", function () {
        var span = visible(), box = row.getBoundingClientRect();
        var startRoom = arrows[0].getBoundingClientRect().width || MARGIN;
        if (side === "end") {
          var next = tabs.filter(function (link) { return link.getBoundingClientRect().right > span.right + 1; })[0];
          if (next) { row.scrollBy({ left: next.getBoundingClientRect().left - box.left - startRoom, behavior: "smooth" }); }
        } else {
          var before = tabs.filter(function (link) { return link.getBoundingClientRect().left < span.left - 1; }).pop();
          if (before) { row.scrollBy({ left: before.getBoundingClientRect().right - span.right + 8, behavior: "smooth" }); }
        }
      });
      return arrow;
    });
    strip.insertBefore(arrows[0], row);
    strip.appendChild(arrows[1]);
    // The cue at the end says how many tabs are out of sight ("3 more ›"): an arrow alone
    // over a half-shown tab read as a cut label (issue 17's review).
    // The part of the row in sight: past the start's arrow and before the end's cue.
    var visible = function () {
      var box = row.getBoundingClientRect();
      var left = strip.hasAttribute("data-more-start") ? arrows[0].getBoundingClientRect().right : box.left;
      var right = strip.hasAttribute("data-more-end") ? arrows[1].getBoundingClientRect().left : box.right;
      return { left: Math.max(left, box.left), right: Math.min(right, box.right) };
    };
    var cue = function () {
      // (the cue takes its own room past the row: whether more tabs are out of sight is
      // judged on the row as wide as it is without the cue, or the cue would keep itself)
      var cueRoom = strip.hasAttribute("data-more-end")
        ? arrows[1].getBoundingClientRect().width + (parseFloat(getComputedStyle(arrows[1]).marginInlineStart) || 0) : 0;
      var room = row.scrollWidth - row.clientWidth - cueRoom;
      strip.toggleAttribute("data-more-start", row.scrollLeft > 1);
      strip.toggleAttribute("data-more-end", row.scrollLeft < room - 1);
      // (twice: the words change the cue's width, so what it covers)
      for (var pass = 0; pass < 2; pass += 1) {
        var edge = strip.hasAttribute("data-more-end") ? arrows[1].getBoundingClientRect().left
          : row.getBoundingClientRect().right;
        var after = tabs.filter(function (link) { return link.getBoundingClientRect().right > edge + 1; }).length;
        arrows[1].textContent = after ? after + " more \u203a" : "\u203a";
      }
      // A tab either edge cuts is hidden whole, never shown in part (round 43's review:
      // "Spok" under a fade read as a cut word): at the end it is counted in the cue, at the
      // start it lies under the start's arrow.
      var span = visible();
      tabs.forEach(function (link) {
        var box = link.getBoundingClientRect();
        link.toggleAttribute("data-cut", box.left < span.left - 1 || box.right > span.right + 1);
      });
    };
    row.addEventListener("scroll", cue, { passive: true });
    if (window.ResizeObserver) { new ResizeObserver(cue).observe(row); }
    // (the tabs' widths change again once the gallery's fonts are in)
    if (document.fonts && document.fonts.ready) { document.fonts.ready.then(cue); }
    window.addEventListener("load", cue);
    var reveal = function (link) {
      var box = row.getBoundingClientRect();
      var at = link.getBoundingClientRect();
      var first = link.parentNode === row.firstElementChild, last = link.parentNode === row.lastElementChild;
      var endRoom = Math.max(MARGIN, arrows[1].getBoundingClientRect().width + 8);  // clear of "3 more ›"
      if (at.left < box.left + (first ? 0 : MARGIN)) { row.scrollLeft -= box.left - at.left + (first ? 8 : MARGIN); }
      else if (at.right > box.right - (last ? 0 : endRoom)) { row.scrollLeft += at.right - box.right + (last ? 8 : endRoom); }
      cue();
    };
    var choose = function (chosen, focus) {
      tabs.forEach(function (link) {
        var selected = link === chosen;
        link.setAttribute("aria-selected", selected ? "true" : "false");
        link.tabIndex = selected ? 0 : -1;
        panelOf(link).hidden = !selected;
      });
      reveal(chosen);  // (first: a tab hidden whole by an edge cannot take the focus)
      chosen.removeAttribute("data-cut");
      if (focus) { chosen.focus({ preventScroll: true }); }
    };
    var holding = function (id) {
      var target = id && document.getElementById(id);
      if (!target) { return null; }
      return tabs.filter(function (link) { return panelOf(link).contains(target); })[0] || null;
    };
    var fromHash = function () {
      var id = decodeURIComponent(location.hash.slice(1));
      var link = holding(id);
      if (!link) { return false; }
      choose(link, false);
      var target = document.getElementById(id);
      if (target !== panelOf(link) && !target.matches("h2")) { target.scrollIntoView({ block: "start" }); }
      uncover(target);
      return true;
    };
    // Beside the live page the tabs are pinned over their panels: the browser's own scroll to
    // the address's fragment hid a tab's heading (or a finding's first lines) under them and
    // scrolled the page's head away. A whole tab opens at its top, the page's head in sight;
    // a part of one just below the tabs.
    var uncover = function (target) {
      var scroller = target.closest(".addons");
      // The browser's scroll to the fragment also scrolls boxes that hide their overflow (the
      // body beside the live page): the page's head and toolbar went off the top with no
      // scrollbar to bring them back (round 49's review). None of them is meant to scroll.
      for (var box = target.parentElement; box; box = box.parentElement) {
        if (box !== scroller && /hidden|clip/.test(getComputedStyle(box).overflowY)) {
          box.scrollTop = 0;
        }
      }
      if (!scroller || !/auto|scroll/.test(getComputedStyle(scroller).overflowY)) { return; }
      if (target.matches("h2") || target.matches("section.panel")) {
        scroller.scrollTop = 0;
        window.scrollTo(0, 0);
        return;
      }
      var covered = strip.getBoundingClientRect().bottom + 8 - target.getBoundingClientRect().top;
      if (covered > 0) { scroller.scrollTop -= covered; }
    };
    if (!fromHash()) { choose(tabs[0], false); }
    // (the browser scrolls to the fragment of an address it opens once the page has loaded)
    window.addEventListener("load", function () {
      var id = decodeURIComponent(location.hash.slice(1));
      var target = id && holding(id) && document.getElementById(id);
      if (target) { requestAnimationFrame(function () { uncover(target); }); }
    });
    window.addEventListener("hashchange", fromHash);
    // A link anywhere on the page to a part of a hidden tab (a status badge, the table of
    // changes) opens that tab first.
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href^='#']");
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
      var id = decodeURIComponent(link.getAttribute("href").slice(1));
      var owner = holding(id);
      if (!owner) { return; }
      if (tabs.indexOf(link) >= 0) {
        event.preventDefault();
        choose(link, true);
        if (history.replaceState) { history.replaceState(null, "", "#" + id); }
        return;
      }
      choose(owner, false);  // the link's own scrolling then finds its target shown
    }, true);
    strip.addEventListener("keydown", function (event) {
      var at = tabs.indexOf(event.target);
      if (at < 0) { return; }
      var next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1,
                   Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) { return; }
      event.preventDefault();
      choose(tabs[(next + tabs.length) % tabs.length], true);
    });
  }
  // "Show it on the page": the live frame above the screenshots opens the page scrolled to
  // the finding's element, outlined (the page's own script, schemes.SHOW_SCRIPT), and comes
  // into view; without script the link opens the page on its own.
  var liveStage = document.querySelector(".frame-stage");
  if (liveStage) {
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[data-show]");
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
      var dark = document.querySelector("input[name='frame-scheme'][value='dark']");
      var scheme = dark && dark.checked ? "dark" : "light";
      var frame = liveStage.querySelector(".preview-frame--" + scheme);
      if (!frame) { return; }
      event.preventDefault();
      // Round 51: the finding shown opens its details (its code and crop) too.
      var shownCard = link.closest("li.finding");
      var shownMore = shownCard && shownCard.querySelector(":scope > details.finding__more");
      if (shownMore) { shownMore.open = true; }
      frame.loading = "eager";
      frame.src = "page-" + scheme + ".html#broadsheet-show=" + encodeURIComponent(link.dataset.show);
      liveStage.classList.add("frame-stage--showing");
      // (in the fixed workspace the frame is in sight already: only its own page scrolls)
      if (!fixedNow()) { liveStage.closest("section").scrollIntoView({ block: "start" }); }  // the canvas, above the tabs
      frame.focus({ preventScroll: true });
    });
  }
  // A dialog for something shown full size: its bar (a title and Close), not yet in the page.
  function enlargedDialog(titleText, modifier) {
    var dialog = document.createElement("dialog");
    dialog.className = modifier ? "enlarged " + modifier : "enlarged";
    dialog.setAttribute("aria-labelledby", "enlarged-title");
    var bar = document.createElement("div");
    bar.className = "enlarged__bar";
    var title = document.createElement("h2");
    title.id = "enlarged-title";
    title.textContent = titleText;
    var close = document.createElement("button");
    close.type = "button";
    close.className = "button";
    close.textContent = "Close";
    close.addEventListener("click", function () { dialog.close(); });
    bar.appendChild(title);
    bar.appendChild(close);
    dialog.appendChild(bar);
    return { dialog: dialog, bar: bar, close: close };
  }
  // Screenshots, reading views and changed areas open full size in a dialog (Escape or Close
  // shuts it, focus returns to the link); without script the link opens the image.
  Array.prototype.forEach.call(document.querySelectorAll("a[data-enlarge]"), function (link) {
    link.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || !window.HTMLDialogElement) { return; }
      event.preventDefault();
      var made = enlargedDialog(link.dataset.enlarge, "");
      var dialog = made.dialog, bar = made.bar, close = made.close;
      // The whole page, full height (or the part `data-enlarge-what` names), at its own
      // size: loaded only now, when asked for.
      var what = link.dataset.enlargeWhat;
      var image = document.createElement("img");
      image.className = "enlarged__image";
      image.alt = (what ? "" : "The page: ") + link.dataset.enlarge + ", full size";
      var size = document.createElement("p");
      size.className = "enlarged__size";
      size.textContent = "Loading " + (what || "the whole page").toLowerCase() + "…";
      image.addEventListener("load", function () {
        size.textContent = (what || "The whole page") + ": " + image.naturalWidth + " × " + image.naturalHeight + " pixels" + (what ? "." : "; scroll to see all of it.");
      });
      bar.insertBefore(size, close);
      dialog.appendChild(image);
      image.src = link.getAttribute("href");
      dialog.addEventListener("close", function () { dialog.remove(); link.focus(); });
      document.body.appendChild(dialog);
      dialog.showModal();
      close.focus();
    });
  });
  // Verdicts on screenshots: served by `--serve`, the page holds the server's token and its
  // buttons accept or request changes (with the note written, if any), or on the index
  // accept every changed fixture; the server keeps the decision and builds again, and the
  // page reloads. Opened as files, the button copies the command that accepts.
  var token = (document.querySelector("meta[name='broadsheet-verdict']") || {}).content;
  Array.prototype.forEach.call(document.querySelectorAll(".verdict"), function (box) {
    var said = box.querySelector(".verdict__said");
    var command = box.getAttribute("data-command");
    var copy = box.querySelector(".verdict__copy");
    copy.addEventListener("click", function () {
      var done = function () {
        said.textContent = "Copied: " + command;
        said.classList.add("verdict__said--copied");
      };
      // No clipboard API (or refused, as a file's page may be): the command selected and
      // copied as a reader's Ctrl+C would, or left selected for them to copy.
      var select = function () {
        var how = box.querySelector("details.verdict__how");
        if (how) { how.open = true; }  // the command folded: shown to be selected
        var range = document.createRange();
        range.selectNodeContents(box.querySelector(".verdict__command"));
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        var copied = false;
        try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
        if (copied) { done(); } else { said.textContent = "Selected: press Ctrl+C (⌘C) to copy it."; }
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(command).then(done, select);
      } else { select(); }
    });
    if (!token) { return; }
    // Served: the real buttons approve; the copy button only copies, said so.
    if (copy.hasAttribute("data-served")) {
      copy.textContent = copy.getAttribute("data-served");
      copy.classList.remove("button--primary");
      box.querySelector(".verdict__why").hidden = true;
    }
    box.querySelector(".verdict__live").hidden = false;
    var offline = box.querySelector(".verdict__offline");
    if (offline) { offline.hidden = true; }  // the page's own Request changes button
    // Under a screenshot, the button alone: the command stays in the Changes tab.
    // (and on the index, beside Accept all changed, which does what the command does)
    if (box.classList.contains("verdict--compact") || box.classList.contains("review-summary")) {
      box.querySelector(".verdict__static").hidden = true;
    }
    Array.prototype.forEach.call(box.querySelectorAll("[data-verdict]"), function (button) {
      button.addEventListener("click", function () {
        var buttons = box.querySelectorAll("[data-verdict]");
        Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
        said.textContent = button.getAttribute("data-verdict") === "reject" ? "Requesting changes…" : "Accepting…";
        var form = new URLSearchParams({ fixture: box.getAttribute("data-fixture"),
                                         verdict: button.getAttribute("data-verdict"), token: token });
        if (box.getAttribute("data-shot")) { form.set("shot", box.getAttribute("data-shot")); }
        var note = box.querySelector("textarea");
        if (note && note.value.trim()) { form.set("note", note.value.trim()); }
        fetch("/__verdict__", { method: "POST", body: form, cache: "no-store" }).then(function (response) {
          return response.json();
        }).then(function (answer) {
          said.textContent = answer.message;
        }).catch(function () {
          said.textContent = "The gallery's server did not answer: is it still running?";
        }).then(function () {
          Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
        });
      });
    });
  });
  // A block story's controls (args): served, editing a prop POSTs the edited block to the
  // server, which checks it against the schema and renders it as the story does (in the
  // scheme and direction the switches chose); the frame shows the page it answers
  // (srcdoc, sandboxed without scripts, its policy as rendered), or each problem shows
  // under its field with its JSON pointer. Reset puts the fixture's block back. Opened as
  // files, the controls stay disabled, folded under "Edit (needs --serve)".
  Array.prototype.forEach.call(document.querySelectorAll("[data-story-args]"), function (form) {
    if (!token) { return; }
    var box = form.closest("[data-story-live]");
    var frame = box.querySelector("iframe");
    var said = form.querySelector(".story-args__said");
    var listed = form.querySelector(".story-args__problems");
    var args = form.querySelectorAll("[data-arg]");
    form.querySelector(".story-args__static").hidden = true;
    // Served: the controls themselves, unfolded (the read-only table and the disclosure
    // are the static gallery's).
    var table = form.querySelector(".story-args__table");
    if (table) { table.hidden = true; }
    var folded = form.querySelector(".story-args__edit");
    var fields = form.querySelector(".story-args__fields");
    if (folded) { folded.parentNode.insertBefore(fields, folded); folded.parentNode.removeChild(folded); }
    fields.disabled = false;
    var edited = false;
    var timer = null;
    var sent = 0;
    var each = function (list, call) { Array.prototype.forEach.call(list, call); };
    var controlOf = function (arg) { return arg.querySelector("input, select, textarea"); };
    var clear = function () {
      each(args, function (arg) {
        arg.querySelector(".story-arg__error").textContent = "";
        arg.classList.remove("story-arg--invalid");
        controlOf(arg).removeAttribute("aria-invalid");
      });
      listed.textContent = "";
      listed.hidden = true;
    };
    // A problem under its field (the first step of its pointer), else above the fields.
    var show = function (pointer, message) {
      var name = pointer.split("/")[1];
      name = name === undefined ? "" : name.replace(/~1/g, "/").replace(/~0/g, "~");
      var text = (pointer ? pointer + ": " : "The block: ") + message;
      var arg = null;
      each(args, function (candidate) { if (candidate.getAttribute("data-arg") === name) { arg = candidate; } });
      if (arg) {
        var error = arg.querySelector(".story-arg__error");
        error.textContent = (error.textContent ? error.textContent + " " : "") + text;
        arg.classList.add("story-arg--invalid");
        controlOf(arg).setAttribute("aria-invalid", "true");
      } else {
        var item = document.createElement("li");
        item.textContent = text;
        listed.appendChild(item);
        listed.hidden = false;
      }
      return text;
    };
    var collect = function () {
      var block = { type: form.getAttribute("data-type") };
      var bad = [];
      each(args, function (arg) {
        var name = arg.getAttribute("data-arg");
        var widget = arg.getAttribute("data-widget");
        var control = controlOf(arg);
        var required = arg.hasAttribute("data-required");
        if (widget === "checkbox") {
          if (control.checked) { block[name] = true; } else if (required || arg.hasAttribute("data-set")) { block[name] = false; }
          return;
        }
        var text = control.value;
        if (text === "" && !required) { return; }  // optional and empty: left out
        if (widget === "number") {
          block[name] = text.trim() !== "" && isFinite(Number(text)) ? Number(text) : text;
        } else if (widget === "json") {
          try { block[name] = JSON.parse(text); } catch (error) { bad.push(["/" + name, "is not JSON (" + error.message + ")"]); }
        } else {
          block[name] = text;
        }
      });
      return { block: block, bad: bad };
    };
    var render = function () {
      window.clearTimeout(timer);
      var got = collect();
      var mine = ++sent;
      if (got.bad.length) {
        clear();
        var first = got.bad.map(function (problem) { return show(problem[0], problem[1]); });
        said.textContent = "Not rendered: " + first.join(" ");
        return;
      }
      var switches = box.querySelector(".story-live__switches");
      var request = { token: token, type: form.getAttribute("data-type"),
                      variant: form.getAttribute("data-variant"), block: got.block,
                      scheme: switches.querySelector("input[value='dark']:checked") ? "dark" : "light",
                      direction: switches.querySelector("input[value='rtl']:checked") ? "rtl" : "ltr" };
      fetch("/__story__", { method: "POST", headers: { "Content-Type": "application/json" },
                            body: JSON.stringify(request), cache: "no-store" }).then(function (response) {
        return response.json().then(function (answer) { return [response.ok, answer]; });
      }).then(function (result) {
        if (mine !== sent) { return; }  // a later edit is on its way
        var answer = result[1];
        clear();
        if (result[0]) {
          frame.setAttribute("sandbox", "allow-same-origin");
          frame.srcdoc = answer.html;
          edited = true;
          said.textContent = "Updated";
          return;
        }
        var problems = (answer.problems || []).map(function (problem) { return show(problem.pointer, problem.message); });
        said.textContent = answer.message + (problems.length ? ". " + problems.join(" ") : "");
      }).catch(function () {
        if (mine === sent) { said.textContent = "The gallery's server did not answer: is it still running?"; }
      });
    };
    box.broadsheetRerender = function () { if (edited) { render(); } };
    form.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(render, 400);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      render();
    });
    form.addEventListener("reset", function () {
      window.clearTimeout(timer);
      sent += 1;  // an answer still on its way is not shown
      window.setTimeout(function () {  // after the form has put its values back
        clear();
        if (edited) {
          edited = false;
          frame.removeAttribute("sandbox");
          frame.removeAttribute("srcdoc");
        }
        said.textContent = "Reset: the variant as its fixture has it";
      }, 0);
    });
  });
  // Only under `preview --serve` (its server fills the meta in): a static build has no
  // /__build__, and polling it flooded the console with 404s (round 43's review).
  if ((document.querySelector("meta[name='broadsheet-served']") || {}).content === "serve") {
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
