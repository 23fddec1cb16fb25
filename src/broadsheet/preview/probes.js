// Probes the gallery runs in a rendered page (one expression: an object of functions).
({
  // Every visible text's colour on its background: [{fg, bg, large, text}], one per element.
  // bg is null where an image or gradient lies behind the text (judged by eye).
  textColours(dark) {
    const parse = (value) => {
      const match = /rgba?\(([^)]*)\)/.exec(value || "");
      if (!match) return null;
      const parts = match[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
      return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
    };
    const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3]));
    const background = (element) => {
      const layers = [];
      for (let node = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.backgroundImage && style.backgroundImage !== "none") return null;
        const colour = parse(style.backgroundColor);
        if (colour && colour[3] > 0) {
          layers.push(colour);
          if (colour[3] >= 1) break;
        }
      }
      let base = dark ? [18, 18, 18] : [255, 255, 255];  // the canvas where nothing is painted
      for (const layer of layers.reverse()) base = over(layer, base);
      return base;
    };
    // Pictures that are not the text's ancestors but lie under it (a long read's headline set
    // over its hero photo, a caption over a still): the text's centre inside one means an
    // image behind it, judged by eye. The ancestors alone took the canvas's white for the
    // photo, and a blind review saw "#ffffff on #ffffff, 1.00:1" reported for the hero.
    const pictures = Array.from(document.body.querySelectorAll("*"))
      .filter((node) => /^(IMG|VIDEO|CANVAS|svg)$/.test(node.tagName)
        || getComputedStyle(node).backgroundImage !== "none")
      .map((node) => [node, node.getBoundingClientRect()])
      .filter(([, box]) => box.width > 0 && box.height > 0);
    const overPicture = (element, box) => {
      const x = box.left + box.width / 2, y = box.top + box.height / 2;
      return pictures.some(([node, r]) => !node.contains(element) && !element.contains(node)
        && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    };
    const hex = (rgb) => "#" + rgb.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");
    const seen = new Set();
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || seen.has(element) || !node.data.trim()) continue;
      seen.add(element);
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) continue;  // clipped: visually hidden text
      const style = getComputedStyle(element);
      const fg = parse(style.color);
      if (!fg) continue;
      const bg = overPicture(element, box) ? null : background(element);
      const size = parseFloat(style.fontSize);
      const bold = parseInt(style.fontWeight, 10) >= 700;
      found.push({
        fg: hex(bg ? over(fg, bg) : fg.slice(0, 3)), bg: bg ? hex(bg) : null,
        large: size >= 24 || (bold && size >= 18.66),
        text: node.data.trim().replace(/\s+/g, " ").slice(0, 80),
      });
    }
    return found;
  },

  // Numbered badges on every element the Tab key reaches, in tab order, each element marked
  // data-broadsheet-focus="<index>"; returns their visible text (where the accessibility tree
  // gives no name).
  focusOrder() {
    const selector = "a[href], area[href], button, input, select, textarea, iframe, summary, " +
      "audio[controls], video[controls], [tabindex], [contenteditable]";
    const reachable = Array.from(document.querySelectorAll(selector)).filter((element) =>
      element.tabIndex >= 0 && !element.disabled && !element.closest("[inert]") &&
      element.checkVisibility({ visibilityProperty: true }));
    const positive = reachable.filter((e) => e.tabIndex > 0).sort((a, b) => a.tabIndex - b.tabIndex);
    const ordered = [...positive, ...reachable.filter((e) => e.tabIndex === 0)];
    const layer = document.createElement("div");
    layer.setAttribute("data-broadsheet-probe", "");
    layer.style.cssText = "position:absolute;inset:0 auto auto 0;width:0;height:0;z-index:2147483647;pointer-events:none";
    document.body.append(layer);
    // Round 51 (review 50, item 2): each element's box outlined, and its badge drawn INSIDE
    // that box, at its top-start inside corner (top-right on a right-to-left element), in the
    // outline's colour, so number and box pair up (badges on the shared borders of a row of
    // links read as either neighbour's). The colours take turns, so two neighbours never
    // share one. An element too small for its badge (or whose first characters the badge
    // would hide, or whose corner an earlier badge holds) has it just outside, above its
    // top-start corner (left of it where there is no room above), tied to the corner by a
    // short leader; where an earlier badge sits, the nearest free place along the row, then
    // rows further out. Never over the first two characters of any numbered element's text
    // (each element's Range rects).
    const start = (element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.search(/\S/);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, Math.min(node.data.length, at + 2));
        return Array.from(range.getClientRects()).map((r) =>
          ({ x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height }));
      }
      return [];
    };
    const words = ordered.flatMap(start);
    const placed = [];
    const hits = (x, y, w, h, boxes) => boxes.some((p) =>
      x < p.x + p.w + 1 && p.x < x + w + 1 && y < p.y + p.h + 1 && p.y < y + h + 1);
    const clashes = (x, y, w, h) => x < 0 || y < 0 || hits(x, y, w, h, placed) || hits(x, y, w, h, words);
    // Dark enough for white 12 px numbers (7:1 or more), and told apart from each other.
    const COLOURS = ["#5b21b6", "#0f5f4a", "#9a3412", "#1e40af"];
    const names = [];
    ordered.forEach((element, index) => {
      const box = element.getBoundingClientRect();
      const left = box.left + scrollX, top = box.top + scrollY;
      const colour = COLOURS[index % COLOURS.length];
      const outline = document.createElement("div");
      outline.setAttribute("data-broadsheet-box", String(index + 1));
      // Inside the element's own box (outline-offset -2px), so neighbours' outlines sit side
      // by side rather than on one shared line.
      outline.style.cssText = `position:absolute;left:${left}px;top:${top}px;` +
        `width:${box.width}px;height:${box.height}px;outline:2px solid ${colour};outline-offset:-2px`;
      const badge = document.createElement("div");
      badge.setAttribute("data-broadsheet-badge", String(index + 1));
      badge.textContent = String(index + 1);
      badge.style.cssText = "position:absolute;left:0;top:0;min-width:20px;height:20px;padding:0 4px;" +
        `box-sizing:border-box;border-radius:3px;background:${colour};color:#fff;border:1px solid #fff;` +
        "font:700 12px/18px system-ui,sans-serif;text-align:center;white-space:nowrap;" +
        "overflow-wrap:normal;box-shadow:0 1px 2px rgb(0 0 0 / 0.6)";
      layer.append(outline, badge);
      const w = badge.offsetWidth, h = badge.offsetHeight;
      let x = 0, y = 0, free = false;
      // Inside: the top-start inside corner, 2 px in (clear of the outline); where the
      // element's first characters (or an earlier badge) are there, its other inside corners.
      const rtl = getComputedStyle(element).direction === "rtl";
      if (box.width >= w + 4 && box.height >= h + 4) {
        const startX = rtl ? left + box.width - w - 2 : left + 2;
        const endX = rtl ? left + 2 : left + box.width - w - 2;
        const bottomY = top + box.height - h - 2;
        for (const [cx, cy] of [[startX, top + 2], [endX, top + 2], [startX, bottomY], [endX, bottomY]]) {
          if (!clashes(cx, cy, w, h)) { x = cx; y = cy; free = true; break; }
        }
      }
      // Above the corner, then to its left, then below the box: each searched outwards.
      const tries = [
        [left - 4, top - h - 4, 1, -1], [left - w - 4, top, -1, 1],
        [left, top + box.height + 4, 1, 1]];
      if (!free) {
        search: for (const [x0, y0, across, out] of tries) {
          for (let row = 0; row < 6; row += 1) {
            for (let step = 0; step < 9; step += 1) {
              x = x0 + across * step * (w + 2);
              y = y0 + out * row * (h + 2);
              if (!clashes(x, y, w, h)) { free = true; break search; }
            }
          }
        }
      }
      // Packed too tight for that: rows on down below the box, clear of every other badge.
      for (let row = 0; !free; row += 1) {
        for (let step = 0; step < 9 && !free; step += 1) {
          x = Math.max(0, left) + step * (w + 2);
          y = top + box.height + 4 + row * (h + 2);
          free = !hits(x, y, w, h, placed);
        }
      }
      badge.style.left = `${x}px`;
      badge.style.top = `${y}px`;
      placed.push({ x, y, w, h });
      // Outside its box: the leader, from the badge's nearest edge to the element's corner.
      const inside = x >= left && y >= top && x + w <= left + box.width && y + h <= top + box.height;
      const fromX = Math.min(Math.max(left, x), x + w), fromY = Math.min(Math.max(top, y), y + h);
      const length = Math.hypot(left - fromX, top - fromY);
      if (!inside && length > 2) {
        const leader = document.createElement("div");
        leader.style.cssText = `position:absolute;left:${fromX - left}px;top:${fromY - top}px;` +
          `width:${length}px;height:0;border-top:2px solid ${colour};transform-origin:0 0;` +
          `transform:rotate(${Math.atan2(top - fromY, left - fromX)}rad)`;
        outline.append(leader);
      }
      element.setAttribute("data-broadsheet-focus", String(index));  // for its accessible name
      const name = element.getAttribute("aria-label") || element.innerText || element.getAttribute("title") ||
        element.getAttribute("alt") || "";
      names.push(name.trim().replace(/\s+/g, " ").slice(0, 100));
    });
    return names;
  },

  clear() {
    document.querySelectorAll("[data-broadsheet-probe]").forEach((e) => e.remove());
    document.querySelectorAll("[data-broadsheet-focus]").forEach((e) => e.removeAttribute("data-broadsheet-focus"));
    if (window.__broadsheetUnspace) {  // the text-spacing view (capture.py)
      window.__broadsheetUnspace();
      delete window.__broadsheetUnspace;
    }
    document.querySelectorAll("[data-broadsheet-outlined]").forEach((e) => {
      e.style.outline = e.dataset.broadsheetOutlined;
      e.removeAttribute("data-broadsheet-outlined");
    });
  },

  // The part of the page to crop around a finding's element, in page coordinates: the
  // element and `margin` around it, at least minWidth × minHeight (centred on it), then
  // every line of text the crop touches taken whole in height, so no line is cut in half
  // (sideways the crop keeps its width: a narrow crop stays legible shrunk to a card); at most
  // maxHeight tall (an element taller than that, the page itself say, from its top, ending
  // above the line it would cut). Null when there is no such element.
  cropBox(selector, margin, minWidth, minHeight, maxHeight) {
    let element = null;
    try { element = document.querySelector(selector); } catch (error) { return null; }
    if (!element) return null;
    const root = document.documentElement;
    const pageWidth = root.clientWidth, pageHeight = root.scrollHeight;
    const own = element.getBoundingClientRect();
    const item = { left: own.left + scrollX - margin, right: own.right + scrollX + margin,
                   top: own.top + scrollY - margin, bottom: own.bottom + scrollY + margin };
    const grow = (low, high, least, limit) => {
      const extra = least - (high - low);
      if (extra > 0) { low -= extra / 2; high += extra / 2; }
      if (low < 0) { high -= low; low = 0; }
      if (high > limit) { low = Math.max(0, low - (high - limit)); high = limit; }
      return [Math.max(0, low), Math.min(limit, high)];
    };
    let [left, right] = grow(item.left, item.right, minWidth, pageWidth);
    let [top, bottom] = grow(item.top, item.bottom, minHeight, pageHeight);
    const lines = [];
    const range = document.createRange();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.trim() || node.parentElement.closest("[data-broadsheet-probe]")) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 1 || rect.height < 1) continue;
        lines.push({ left: rect.left + scrollX, right: rect.right + scrollX,
                     top: rect.top + scrollY, bottom: rect.bottom + scrollY });
      }
    }
    for (let pass = 0; pass < 8; pass += 1) {
      let grown = false;
      for (const line of lines) {
        if (line.bottom <= top || line.top >= bottom || line.right <= left || line.left >= right) continue;
        if (line.top < top) { top = line.top; grown = true; }
        if (line.bottom > bottom) { bottom = line.bottom; grown = true; }
      }
      if (!grown) break;
    }
    if (bottom - top > maxHeight) {
      if (item.bottom - item.top <= maxHeight) {  // the element whole, context as room allows
        const spare = maxHeight - (item.bottom - item.top);
        top = Math.max(top, item.top - spare / 2);
        bottom = Math.max(item.bottom, Math.min(bottom, top + maxHeight));
      } else {  // taller than a crop (the page itself): from its top, no line cut
        const beside = lines.filter((line) => line.right > left && line.left < right);
        top = Math.max(top, item.top);
        for (const line of beside) {
          if (line.top < top && line.bottom > top) top = Math.min(line.bottom, item.top + margin);
        }
        bottom = top + maxHeight;
        for (const line of beside) {
          if (line.top < bottom && line.bottom > bottom && line.top > top) bottom = line.top;
        }
      }
    }
    left = Math.max(0, Math.floor(left)); top = Math.max(0, Math.floor(top));
    right = Math.min(pageWidth, Math.ceil(right)); bottom = Math.min(pageHeight, Math.ceil(bottom));
    return { x: left, y: top, width: right - left, height: bottom - top };
  },

  // Outline the element a finding names and scroll it into view; its box in the viewport.
  outline(selector) {
    let element = null;
    try { element = document.querySelector(selector); } catch (error) { return null; }
    if (!element || !element.checkVisibility({ visibilityProperty: true })) return null;
    element.scrollIntoView({ block: "center", inline: "center" });
    element.dataset.broadsheetOutlined = element.style.outline;
    element.style.outline = "4px solid #d4351c";
    element.style.outlineOffset = "3px";
    const box = element.getBoundingClientRect();
    if (box.width < 1 && box.height < 1) return null;
    return { x: box.left, y: box.top, width: box.width, height: box.height };
  }
})
