// In-page half of the ACT rules that need a live page: text contrast (afw4f7, 09o5cg),
// scrollable regions reachable by keyboard (0ssw9k) and text clipped when zoomed (59br37).
// Evaluated once per page; defines window.__broadsheetAct. Every pass judges a number of
// items (a budget in work, see `budget`), with a ceiling in milliseconds as a safety net.
(() => {
  if (window.__broadsheetAct) return;
  const { elements, selector, describe } = window.__broadsheetDom;

  // ---- the flat tree (open shadow roots and slots included) ----
  function flatParent(node) {
    if (node.assignedSlot) return node.assignedSlot;
    const parent = node.parentNode;
    if (parent instanceof ShadowRoot) return parent.host;
    return parent instanceof Element ? parent : null;
  }

  function* flatAncestors(node) {
    for (let el = flatParent(node); el; el = flatParent(el)) yield el;
  }

  function* textNodes(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3) {
        if (/\S/.test(node.data)) yield node;
      } else if (node.shadowRoot) {
        yield* textNodes(node.shadowRoot);
      }
    }
  }

  const HTML_NS = 'http://www.w3.org/1999/xhtml';
  const isHtml = (el) => el instanceof Element && el.namespaceURI === HTML_NS;

  // ---- geometry of text ----
  function textRects(node) {
    const range = document.createRange();
    range.selectNodeContents(node);
    return Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  }

  // Per pass: computed styles and answers about elements, asked once each.
  let memo = null;
  function startPass() {
    memo = { styles: new Map(), clipped: new Map(), disabled: new Map(), aria: new Map(),
      labelled: null };
  }
  function style(el) {
    let s = memo.styles.get(el);
    if (!s) { s = getComputedStyle(el); memo.styles.set(el, s); }
    return s;
  }

  // Clipped to at most a pixel: clip: rect() (the visually-hidden recipes) or clip-path.
  function clipsToNothing(s) {
    const rect = /^rect\(\s*(-?[\d.]+)px[,\s]+(-?[\d.]+)px[,\s]+(-?[\d.]+)px[,\s]+(-?[\d.]+)px\s*\)$/.exec(s.clip || '');
    if (rect) {
      const [top, right, bottom, left] = rect.slice(1).map(parseFloat);
      if (right - left <= 1 || bottom - top <= 1) return true;
    }
    const path = s.clipPath || '';
    const inset = /^inset\(\s*([\d.]+)%/.exec(path);
    return (!!inset && parseFloat(inset[1]) >= 50) || /^(circle|ellipse)\(\s*0(px|%)?[\s)]/.test(path);
  }

  function clippedAway(el) {
    if (!el) return false;
    if (memo.clipped.has(el)) return memo.clipped.get(el);
    const value = clipsToNothing(style(el)) || clippedAway(flatParent(el));
    memo.clipped.set(el, value);
    return value;
  }

  // Every box of the text lies outside the padding box of an ancestor that hides its
  // overflow (and is the text's containing block chain: absolutely positioned content
  // escapes static ancestors, fixed content all of them). The root and body, whose overflow
  // is the viewport's, are left out: scrolling may bring the text into view.
  function overflowHidden(parent, rects) {
    let escape = null;
    for (let el = parent; el; el = flatParent(el)) {
      const s = style(el);
      const positioned = s.position !== 'static';
      const skip = escape === 'fixed' || (escape === 'absolute' && !positioned);
      if (!skip && el !== document.documentElement && el !== document.body) {
        const hx = /hidden|clip/.test(s.overflowX), hy = /hidden|clip/.test(s.overflowY);
        if (hx || hy) {
          const r = el.getBoundingClientRect();
          const box = { left: r.left + el.clientLeft, top: r.top + el.clientTop };
          box.right = box.left + el.clientWidth;
          box.bottom = box.top + el.clientHeight;
          // a box of a pixel or less shows nothing to read (the visually-hidden recipes)
          const outside = (t) => (hx && (box.right - box.left <= 1 || t.right <= box.left || t.left >= box.right)) ||
            (hy && (box.bottom - box.top <= 1 || t.bottom <= box.top || t.top >= box.bottom));
          if (rects.every(outside)) return true;
        }
      }
      if (escape === 'absolute' && positioned) escape = null;
      if (escape === 'fixed' && s.transform !== 'none') escape = null;  // a containing block
      if (s.position === 'fixed') escape = 'fixed';
      else if (s.position === 'absolute' && escape !== 'fixed') escape = 'absolute';
    }
    return false;
  }

  // A text node is drawn: its parent renders (not display:none, visibility, opacity 0), it
  // has a box, the box is not wholly where nobody can scroll (left of or above the page),
  // clipped away, or outside an ancestor that hides its overflow.
  function textVisible(node, rects) {
    const parent = flatParent(node);
    if (!parent || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    if (!rects.length) return false;
    const sx = window.scrollX, sy = window.scrollY;
    if (rects.every((r) => r.right + sx <= 0 || r.bottom + sy <= 0)) return false;
    return !clippedAway(parent) && !overflowHidden(parent, rects);
  }

  // ---- colours ----
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const colorCache = new Map();

  // [r, g, b, a] (0-255, alpha 0-1) of a computed colour; any syntax the browser serialises.
  function parseColor(text) {
    if (colorCache.has(text)) return colorCache.get(text);
    let out = null;
    const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(text);
    if (m) {
      const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      out = [+m[1], +m[2], +m[3], alpha];
    } else if (text === 'transparent') {
      out = [0, 0, 0, 0];
    } else {  // color(), lab(), oklch()...: let the canvas convert it to sRGB
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = text;
      ctx.fillRect(0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      out = [d[0], d[1], d[2], d[3] / 255];
    }
    colorCache.set(text, out);
    return out;
  }

  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat([1]);
  };
  const withAlpha = (c, factor) => [c[0], c[1], c[2], c[3] * factor];

  function luminance(c) {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  function ratio(a, b) {
    const la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  const COLOR_FN = /(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^()]*\)/g;

  // The layer an element paints behind its text: {colors: [...]} or {unknown: why}.
  function layer(el, styles, opacity) {
    const s = styles(el);
    const out = { colors: [], unknown: null, opaque: false };
    if (/^(img|video|canvas|svg|iframe|object|embed|picture)$/.test(el.localName)) {
      out.unknown = `a <${el.localName}> behind it`;
      return out;
    }
    if ((s.filter && s.filter !== 'none') || (s.mixBlendMode && s.mixBlendMode !== 'normal') ||
        (s.backdropFilter && s.backdropFilter !== 'none')) {
      out.unknown = 'a filter or blend mode';
      return out;
    }
    const image = s.backgroundImage;
    if (image && image !== 'none') {
      if (/url\(/.test(image)) {
        out.unknown = 'a background image';
        return out;
      }
      const stops = image.match(COLOR_FN) || [];
      if (!stops.length) {
        out.unknown = 'a background gradient';
        return out;
      }
      out.gradient = stops.map((c) => withAlpha(parseColor(c), opacity));
    }
    const bg = withAlpha(parseColor(s.backgroundColor), opacity);
    if (bg[3] > 0) out.colors.push(bg);
    out.opaque = bg[3] >= 0.999 || (!!out.gradient && out.gradient.every((c) => c[3] >= 0.999));
    return out;
  }

  // Text whose background only the rendered pixels tell (images, gradients, filters).
  let pixelNodes = [];
  let saved = [];

  // Where one such text node's characters are, before any text is hidden (its colour may be
  // inherited from an element hidden for another): the part of the viewport to capture, each
  // character's box within it, and the text's colour. ``scroll``: bring it into view first
  // if its first line's middle is out of view; otherwise null unless it lies wholly in view.
  function textShot(index, scroll) {
    const node = pixelNodes[index];
    const parent = node && flatParent(node);
    if (!parent || !node.isConnected) return null;
    let rects = textRects(node);
    if (!rects.length) return null;
    if (!scroll) {
      const whole = rects.every((r) => r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth
        && r.bottom <= window.innerHeight);
      if (!whole) return 'later';
    } else if (!inView(rects[0])) {
      window.scrollBy(rects[0].left - window.innerWidth / 2, rects[0].top - window.innerHeight / 2);
      rects = textRects(node);
    }
    const left = Math.max(0, Math.floor(Math.min(...rects.map((r) => r.left)) - 2));
    const top = Math.max(0, Math.floor(Math.min(...rects.map((r) => r.top)) - 2));
    const right = Math.min(window.innerWidth, Math.ceil(Math.max(...rects.map((r) => r.right)) + 2));
    const bottom = Math.min(window.innerHeight, Math.ceil(Math.max(...rects.map((r) => r.bottom)) + 2));
    if (right - left < 1 || bottom - top < 1) return null;
    const chars = [];
    const range = document.createRange();
    for (let i = 0; i < node.data.length && chars.length < 300; i++) {
      if (/\s/.test(node.data[i])) continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const r = range.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0 || r.right <= left || r.left >= right || r.bottom <= top || r.top >= bottom) continue;
      chars.push([Math.max(0, r.left - left - 1), Math.max(0, r.top - top - 1),
        Math.min(right, r.right + 1) - left, Math.min(bottom, r.bottom + 1) - top]);
    }
    const s = getComputedStyle(parent);
    const fill = s.webkitTextFillColor && s.webkitTextFillColor !== s.color ? s.webkitTextFillColor : s.color;
    let alpha = 1;
    for (let el = parent; el; el = flatParent(el)) alpha *= parseFloat(getComputedStyle(el).opacity);
    return { parent, clip: { x: left, y: top, width: right - left, height: bottom - top }, chars,
      fg: withAlpha(parseColor(fill), alpha) };
  }

  // Make such text nodes' text transparent, as many as one screenshot can take: the first of
  // ``indices`` (scrolled into view if need be), then each next one that lies wholly in the
  // viewport as it is, while fewer than ``maxItems`` were taken and their boxes cover fewer
  // than ``maxArea`` CSS pixels. Returns how many indices it took, the scroll position, and
  // for each taken its clip, characters and colour (null: nothing of it to capture).
  function hideTexts(indices, maxItems, maxArea) {
    const shots = [];
    let area = 0;
    for (const index of indices) {
      if (shots.length >= maxItems || area >= maxArea) break;
      const shot = textShot(index, shots.length === 0);
      if (shot === 'later') break;
      shots.push(shot);
      if (shot) area += Math.ceil(shot.clip.width) * Math.ceil(shot.clip.height);
    }
    for (const shot of shots) {
      if (!shot) continue;
      const parent = shot.parent;
      delete shot.parent;
      saved.push({ parent, style: parent.getAttribute('style') });
      parent.style.setProperty('color', 'transparent', 'important');
      parent.style.setProperty('-webkit-text-fill-color', 'transparent', 'important');
      parent.style.setProperty('text-shadow', 'none', 'important');
      parent.style.setProperty('-webkit-text-stroke-width', '0', 'important');
    }
    document.documentElement.getBoundingClientRect();
    return { taken: shots.length, shots, pageX: visualViewport.pageLeft,
      pageY: visualViewport.pageTop };
  }

  function restoreText() {
    for (const { parent, style: kept } of saved.reverse()) {
      if (kept === null) parent.removeAttribute('style');
      else parent.setAttribute('style', kept);
    }
    saved = [];
  }

  // For each text of a screenshot (a PNG of ``where`` without the texts), the highest
  // contrast of each character with the pixels behind it; the lowest and highest of these
  // over its characters (null: none of its characters drawn).
  async function pixelContrast(b64, where, texts) {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const cv = document.createElement('canvas');
    cv.width = bitmap.width;
    cv.height = bitmap.height;
    const c2 = cv.getContext('2d', { willReadFrequently: true });
    c2.drawImage(bitmap, 0, 0);
    const data = c2.getImageData(0, 0, cv.width, cv.height).data;
    return texts.map((text) => {
      const dx = text.clip.x - where.x, dy = text.clip.y - where.y;
      let low = Infinity, high = 0;
      for (const [x0, y0, x1, y1] of text.chars) {
        let dark = null, light = null, dl = Infinity, ll = -1;
        for (let y = Math.floor(y0 + dy); y < Math.min(cv.height, Math.ceil(y1 + dy)); y++) {
          for (let x = Math.floor(x0 + dx); x < Math.min(cv.width, Math.ceil(x1 + dx)); x++) {
            const i = (y * cv.width + x) * 4;
            const c = [data[i], data[i + 1], data[i + 2], 1];
            const l = luminance(c);
            if (l < dl) { dl = l; dark = c; }
            if (l > ll) { ll = l; light = c; }
          }
        }
        if (!dark) continue;
        let best = 1;
        for (const under of [dark, light]) {
          const front = over(text.fg, under);
          best = Math.max(best, ratio(front, dark), ratio(front, light));
        }
        low = Math.min(low, best);
        high = Math.max(high, best);
      }
      return low === Infinity ? null : { low, high };  // unrounded: WCAG compares the ratio itself
    });
  }

  // A pass's budget: it judges the first `limit` items (work, not time: a loaded machine judges
  // as many as a quiet one) and none after `ceilingMs`, a safety net far above what `limit`
  // items take. `take()` says whether to judge the next item; `report(results)` is what the
  // pass returns: its results, the items left unjudged, and whether the ceiling stopped it.
  function budget(limit, ceilingMs) {
    const started = performance.now();
    let used = 0, unjudged = 0, late = false;
    return {
      take() {
        if (used >= limit || late || (late = performance.now() - started > ceilingMs)) {
          unjudged++;
          return false;
        }
        used++;
        return true;
      },
      report: (results) => ({ results, unjudged, late }),
    };
  }

  function contrastPass(limit, ceilingMs) {
    const spend = budget(limit, ceilingMs);
    pixelNodes = [];
    startPass();
    const styles = style;
    const opacityCache = new Map();
    const opacity = (el) => {
      if (!el) return 1;
      if (opacityCache.has(el)) return opacityCache.get(el);
      const value = parseFloat(styles(el).opacity) * opacity(flatParent(el));
      opacityCache.set(el, value);
      return value;
    };
    const x0 = window.scrollX, y0 = window.scrollY;
    const byElement = new Map();
    try {
      for (const node of textNodes(document.body || document.documentElement)) {
        const parent = flatParent(node);
        if (!isHtml(parent) || /^(script|style|noscript|template|title)$/.test(parent.localName)) continue;
        if (!spend.take()) continue;
        const known = byElement.get(parent);
        if (known) {  // one verdict per element: its text shares colours and background
          known.symbols = known.symbols && symbolsOnly(node.data);
          continue;
        }
        const verdict = judgeText(node, parent, styles, opacity);
        if (!verdict) continue;
        if ((verdict.ratio === null && !verdict.covered) || verdict.gradient) {
          verdict.pixels = pixelNodes.push(node) - 1;
        }
        byElement.set(parent, verdict);
      }
    } finally {
      window.scrollTo(x0, y0);
    }
    const results = [];
    for (const [el, v] of byElement) results.push({ ...describe(el), ...v });
    return spend.report(results);
  }

  // Is the text node's character data inside a disabled widget or group, or the label of one?
  // Roles and implicit roles are the static engine's tables (standards.py), not copies.
  const STANDARDS = window.__broadsheetStandards;
  const WIDGET_OR_GROUP = new Set(STANDARDS.widgetOrGroup);
  const VALID_ROLES = new Set(STANDARDS.roles);
  const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
  // HTML-AAM's implicit role (as dom.implicit_role), as far as the widget-or-group question
  // needs it: context-free tags, links, inputs, selects, summaries and table parts.
  // A th with no scope, as browsers expose it (Chromium's rule; the same as checks/dom.py's
  // _header_direction): a column header when alone in its row or between two header cells;
  // a row header when a non-empty td is next to it, or is the first, second, second-to-last
  // or last cell of the row; otherwise a column header (an empty corner td does not count).
  function headerDirection(th) {
    const row = th.parentElement;
    const cells = row ? Array.from(row.children).filter((c) => c.localName === 'td' || c.localName === 'th') : [];
    const at = cells.indexOf(th);
    if (at < 0 || cells.length === 1) return 'columnheader';
    const data = (i) => i >= 0 && i < cells.length && cells[i].localName === 'td' && cells[i].hasChildNodes();
    const before = cells[at - 1];
    const after = cells[at + 1];
    if (before && after && before.localName === 'th' && after.localName === 'th') return 'columnheader';
    if (data(at - 1) || data(at + 1)) return 'rowheader';
    const last = cells.length - 1;
    return [0, last, 1, last - 1].some(data) ? 'rowheader' : 'columnheader';
  }

  function implicitRole(el) {
    if (!isHtml(el)) return null;
    const name = el.localName;
    if (name === 'a' || name === 'area') return el.hasAttribute('href') ? 'link' : name === 'a' ? 'generic' : null;
    if (name === 'input') {
      const kind = asciiLower(el.getAttribute('type') || '');
      if (STANDARDS.comboboxInputTypes.includes(kind) && el.getAttribute('list')) return 'combobox';
      if (has(STANDARDS.inputRoles, kind)) return STANDARDS.inputRoles[kind];
      return STANDARDS.rolelessInputTypes.includes(kind) ? null : 'textbox';
    }
    if (name === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (name === 'summary') {
      const details = el.parentElement;
      return details && details.localName === 'details' && details.querySelector(':scope > summary') === el
        ? 'button' : 'generic';
    }
    const cell = name === 'td' || name === 'th';
    if (cell || STANDARDS.tableParts.includes(name)) {
      const table = el.closest('table');
      const tableRole = table ? role(table) : null;
      if ((table || cell) && !STANDARDS.tableRoles.includes(tableRole)) return null;
      if (!cell) return STANDARDS.simpleRoles[name];
      if (name === 'td') return tableRole === 'table' ? 'cell' : 'gridcell';
      const scope = (el.getAttribute('scope') || '').toLowerCase();
      if (scope === 'row' || scope === 'rowgroup') return 'rowheader';
      if (scope === 'col' || scope === 'colgroup') return 'columnheader';
      return headerDirection(el);
    }
    if (has(STANDARDS.plainRoles, name)) return STANDARDS.plainRoles[name];
    return name.includes('-') ? 'generic' : null;  // autonomous custom elements
  }
  // HTML's microsyntaxes, as the static engine reads them (aria.split_tokens, ascii_lower,
  // dom.tabindex): JavaScript's \s, trim() and toLowerCase() go beyond ASCII.
  function asciiTokens(text) {
    return text.split(/[\t\n\f\r ]+/).filter(Boolean);
  }
  function asciiLower(text) {
    return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
  }
  // The rules for parsing integers: ASCII whitespace, a sign, digits; null when none.
  function htmlInteger(text) {
    const found = /^[\t\n\f\r ]*([+-]?[0-9]+)/.exec(text || '');
    return found ? parseInt(found[1], 10) : null;
  }
  // The computed role (as dom.role): the first valid token of the role attribute; none, or
  // a presentational role the element's focusability or global ARIA overrides, leaves the
  // implicit one.
  function role(el) {
    const tokens = asciiTokens(asciiLower(el.getAttribute('role') || ''));  // as aria.role_tokens
    const token = tokens.find((t) => VALID_ROLES.has(t));
    if (token && !((token === 'none' || token === 'presentation') && presentationIgnored(el))) {
      return token === 'presentation' ? 'none' : token;
    }
    return implicitRole(el);
  }
  const widgetOrGroup = (el) => WIDGET_OR_GROUP.has(role(el));
  // WAI-ARIA 1.2 presentational roles conflict: focusable, or a global state or property.
  function presentationIgnored(el) {
    if (STANDARDS.globalAria.some((name) => asciiTokens(el.getAttribute(name) || '').length)) return true;
    return !el.disabled && (htmlInteger(el.getAttribute('tabindex')) !== null || native(el));
  }
  function isDisabled(el) {
    return el.matches(':disabled') || ariaDisabled(el);
  }
  // The elements whose aria-labelledby names this element (an index built once a pass).
  function labelledBy(el) {
    if (!memo.labelled) {
      memo.labelled = new Map();
      for (const user of elements(document.documentElement)) {
        const ids = user.getAttribute('aria-labelledby');
        if (!ids) continue;
        for (const id of asciiTokens(ids)) {
          const key = user.getRootNode();
          const name = id;
          if (!memo.labelled.has(name)) memo.labelled.set(name, []);
          memo.labelled.get(name).push([key, user]);
        }
      }
    }
    const root = el.getRootNode();
    return (memo.labelled.get(el.id) || []).filter(([key]) => key === root).map(([, user]) => user);
  }

  // accname 1.2: a control takes its name from its labels only when neither aria-labelledby
  // (naming at least one element) nor a non-empty aria-label comes first.
  function namedByLabels(control) {
    const root = control.getRootNode();
    const ids = asciiTokens(control.getAttribute('aria-labelledby') || '');
    if (ids.some((id) => root.getElementById && root.getElementById(id))) return false;
    return !(control.getAttribute('aria-label') || '').trim();
  }

  // Memoised up the tree: the element or an ancestor is a disabled widget or group, or
  // names one.
  function disabledContext(el) {
    if (!el) return false;
    if (memo.disabled.has(el)) return memo.disabled.get(el);
    const value = disabledHere(el) || disabledContext(flatParent(el));
    memo.disabled.set(el, value);
    return value;
  }

  function ariaDisabled(el) {
    if (!el) return false;
    if (memo.aria.has(el)) return memo.aria.get(el);
    const value = /^true$/i.test(el.getAttribute('aria-disabled') || '') ||  // as aria.keyword
      ariaDisabled(flatParent(el));
    memo.aria.set(el, value);
    return value;
  }

  function disabledHere(el) {
    if (widgetOrGroup(el) && isDisabled(el)) return true;
    if (el.localName === 'label' && el.control && isDisabled(el.control) &&
        namedByLabels(el.control)) return true;
    return !!el.id && labelledBy(el).some((user) => widgetOrGroup(user) && isDisabled(user));
  }

  // A single character, or no letter or digit at all: an icon or a pattern, perhaps no
  // human language (which the rule exempts); a person has to tell.
  function symbolsOnly(text) {
    const letters = text.match(/[\p{L}\p{N}]/gu) || [];
    return letters.length === 0 || text.trim().length === 1;
  }

  const inView = (r) => {
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    return x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight;
  };

  // The layers behind the text, top to bottom: from the browser's hit test where the text
  // is (scrolled there when needed), else (pointer-events: none) from its ancestors.
  function stackBehind(node, parent, rects) {
    let rect = rects[0];
    if (!inView(rect)) {
      window.scrollBy(rect.left + rect.width / 2 - window.innerWidth / 2,
        rect.top + rect.height / 2 - window.innerHeight / 2);
      rect = textRects(node)[0];
    }
    if (rect && inView(rect)) {
      const stack = document.elementsFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      const at = stack.indexOf(parent);
      if (at >= 0) {
        const above = stack.slice(0, at).filter((el) => !parent.contains(el));
        return { below: stack.slice(at), above };
      }
    }
    return { below: [parent, ...flatAncestors(parent)], above: [] };
  }

  // Split at top-level commas: "rgb(0, 0, 0) 1px 1px 2px, red 0px 0px 1px".
  function splitList(text) {
    const out = [];
    let depth = 0, start = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
      else if (text[i] === ',' && depth === 0) { out.push(text.slice(start, i)); start = i + 1; }
    }
    out.push(text.slice(start));
    return out.map((x) => x.trim()).filter(Boolean);
  }

  // The colours of text shadows, and whether together they reach at least one pixel past
  // the glyphs on every side (then no other background shows in the text's bounding box).
  function shadows(text) {
    const colors = [];
    const reach = { left: 0, right: 0, up: 0, down: 0 };
    if (!text || text === 'none') return { colors, surround: false };
    for (const one of splitList(text)) {
      const color = (one.match(COLOR_FN) || [])[0];
      const lengths = one.replace(COLOR_FN, '').trim().split(/\s+/).map(parseFloat);
      const [x = 0, y = 0, blur = 0] = lengths;
      const c = parseColor(color || 'rgb(0, 0, 0)');
      if (c[3] <= 0) continue;
      colors.push(c);
      reach.right = Math.max(reach.right, x + blur);
      reach.left = Math.max(reach.left, -x + blur);
      reach.down = Math.max(reach.down, y + blur);
      reach.up = Math.max(reach.up, -y + blur);
    }
    const surround = colors.length > 0 && Object.values(reach).every((v) => v >= 1);
    return { colors, surround };
  }

  // The contrast of opaque text with an opaque shadow or stroke of another colour drawn
  // around every glyph: those pixels are background too (ACT: all but the pixels that change
  // with color), and the pixel comparison, which hides them with the text, would miss them.
  function outlineContrast(s, fg) {
    if (fg[3] < 0.999) return 0;
    const { colors } = shadows(s.textShadow);
    if (parseFloat(s.webkitTextStrokeWidth) > 0) colors.push(parseColor(s.webkitTextStrokeColor));
    let best = 0;
    for (const c of colors) if (c[3] >= 0.999) best = Math.max(best, ratio(fg, c));
    return best;
  }

  function judgeText(node, parent, styles, opacity) {
    const rects = textRects(node);
    if (!textVisible(node, rects)) return null;
    if (disabledContext(parent)) return null;
    const s = styles(parent);
    const fill = s.webkitTextFillColor && s.webkitTextFillColor !== s.color ? s.webkitTextFillColor : s.color;
    const fg = withAlpha(parseColor(fill), opacity(parent));
    if (fg[3] <= 0.001) return null;  // transparent text is not visible
    const about = { size: parseFloat(s.fontSize), weight: parseFloat(s.fontWeight) || 400, fg: fill,
      symbols: symbolsOnly(node.data), shadow: outlineContrast(s, fg) };
    const { below, above } = stackBehind(node, parent, rects);
    for (const el of above) {
      const st = styles(el);
      if (parseColor(st.backgroundColor)[3] > 0 || (st.backgroundImage && st.backgroundImage !== 'none') ||
          /^(img|video|canvas|svg|iframe|object|embed)$/.test(el.localName)) {
        return { ratio: null, covered: true, unknown: `covered by ${el.localName}`, ...about };
      }
    }
    // collect layers until one is opaque; then composite bottom to top
    const layers = [];
    let reached = false;
    let unknown = null;
    for (const el of below) {
      const l = layer(el, styles, opacity(el));
      if (l.unknown) { unknown = l.unknown; break; }
      layers.push(l);
      if (l.opaque) { reached = true; break; }
    }
    if (unknown) return { ratio: null, unknown, ...about };
    let backs = [[255, 255, 255, 1]];  // the canvas
    if (!reached) {
      const root = document.documentElement, body = document.body;
      const canvasColor = parseColor(styles(root).backgroundColor)[3] > 0 ? styles(root).backgroundColor
        : body ? styles(body).backgroundColor : 'transparent';
      const c = parseColor(canvasColor);
      if (c[3] > 0 && !below.includes(body)) backs = [over(c, backs[0])];
    }
    let gradient = false;
    for (const l of layers.reverse()) {
      if (l.gradient) {
        gradient = true;
        const next = [];
        for (const b of backs) for (const g of l.gradient) next.push(over(g, b));
        backs = next.slice(0, 64);
      }
      for (const c of l.colors) {
        // a background colour is drawn under the element's own gradient
        if (!l.gradient) backs = backs.map((b) => over(c, b));
      }
    }
    // text shadows and strokes in other colours are pixels behind the glyphs too; shadows
    // reaching past the glyphs on every side are all the background there is
    const { colors: extra, surround } = shadows(s.textShadow);
    if (parseFloat(s.webkitTextStrokeWidth) > 0) extra.push(parseColor(s.webkitTextStrokeColor));
    const shaded = extra.flatMap((c) => backs.map((b) => over(withAlpha(c, opacity(parent)), b)));
    const pixelsBehind = surround ? shaded : backs.concat(shaded);
    const fronts = backs.map((b) => over(fg, b));
    let best = 1, worst = Infinity;
    for (const f of fronts) {
      for (const b of pixelsBehind) best = Math.max(best, ratio(f, b));
      for (const b of surround ? pixelsBehind : backs) worst = Math.min(worst, ratio(f, b));
    }
    if (best < 1.0001 && !extra.length) return null;  // same colour as its background: not visible
    return { ratio: best, worst, gradient,  // unrounded: 4.4986:1 is under 4.5:1
      ...about };
  }

  // ---- 0ssw9k: scrollable regions reachable by sequential focus navigation ----
  const NATIVE_SELECTOR = STANDARDS.nativeFocus;  // dom.NATIVE_FOCUS
  // Focusable without tabindex: those elements and editing hosts (contenteditable of
  // any keyword case, plaintext-only too; not their editable descendants).
  function native(el) {
    return el.matches(NATIVE_SELECTOR) ||
      (el.isContentEditable && !(el.parentElement && el.parentElement.isContentEditable));
  }

  function inert(el) {
    for (let node = el; node; node = flatParent(node)) if (node.hasAttribute('inert')) return true;
    const modal = document.querySelector(':modal');
    if (modal) {
      for (let node = el; node; node = flatParent(node)) if (node === modal) return false;
      return true;
    }
    return false;
  }

  // In sequential focus navigation by the markup (a browser that focuses scrollers of its
  // own accord is not counted: others do not).
  function sequential(el) {
    if (!isHtml(el) || el.disabled) return false;
    const index = htmlInteger(el.getAttribute('tabindex'));
    if (index !== null) {
      if (index < 0) return false;
    } else if (!native(el) || (el.localName === 'input' && el.type === 'hidden')) {
      return false;
    }
    if (el.localName === 'summary' && !(el.parentElement && el.parentElement.localName === 'details' &&
        el.parentElement.querySelector(':scope > summary') === el)) return false;
    return el.checkVisibility({ visibilityProperty: true }) && !inert(el);
  }

  const REPLACED = /^(img|svg|video|canvas|iframe|object|embed|input|select|textarea|button|meter|progress|audio)$/;

  // Does the element draw anything itself (a box with a colour, image, border, shadow or
  // outline, or replaced content)?
  function drawsBox(el) {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 && r.height <= 0) return false;
    if (REPLACED.test(el.localName)) return r.width > 0 && r.height > 0;
    const s = getComputedStyle(el);
    if (r.width > 0 && r.height > 0 && (parseColor(s.backgroundColor)[3] > 0 || s.backgroundImage !== 'none')) return true;
    if (s.boxShadow !== 'none' || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)) return true;
    return ['Top', 'Right', 'Bottom', 'Left'].some((side) => s[`border${side}Style`] !== 'none' &&
      parseFloat(s[`border${side}Width`]) > 0 && parseColor(s[`border${side}Color`])[3] > 0);
  }

  // Does this node draw visible pixels: text, or a box that draws, itself or inside it?
  // (At most ``limit`` elements are looked at.)
  function draws(node, limit = { left: 500 }) {
    if (node.nodeType === 3) {
      const parent = flatParent(node);
      return /\S/.test(node.data) && !!parent && getComputedStyle(parent).visibility === 'visible' &&
        textRects(node).length > 0;
    }
    if (!(node instanceof Element) || --limit.left < 0) return false;
    // display: none and opacity 0 hide all that is inside; visibility: hidden can be undone
    // by descendants (and hides the element's own text and box only)
    if (!node.checkVisibility({ opacityProperty: true })) return false;
    if (getComputedStyle(node).visibility === 'visible' && drawsBox(node)) return true;
    for (const child of node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes) {
      if (draws(child, limit)) return true;
    }
    return false;
  }

  function visibleChild(el) {
    if (!el.checkVisibility({ opacityProperty: true })) return false;
    const limit = { left: 500 };
    for (const child of el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes) {
      if (child.nodeType === 3 ? getComputedStyle(el).visibility === 'visible' && draws(child) : draws(child, limit)) return true;
    }
    return false;
  }

  function scrollable(limit, ceilingMs) {
    const spend = budget(limit, ceilingMs);
    startPass();
    const results = [];
    for (const el of elements(document.documentElement)) {
      if (!isHtml(el) || el === document.documentElement || el === document.body) continue;
      if (!spend.take()) continue;
      const s = getComputedStyle(el);
      const scrollsX = /auto|scroll/.test(s.overflowX) &&
        el.scrollWidth - el.clientWidth > Math.min(parseFloat(s.paddingLeft), parseFloat(s.paddingRight));
      const scrollsY = /auto|scroll/.test(s.overflowY) &&
        el.scrollHeight - el.clientHeight > Math.min(parseFloat(s.paddingTop), parseFloat(s.paddingBottom));
      if (!(scrollsX || scrollsY) || !visibleChild(el)) continue;
      const base = describe(el);
      const axis = scrollsX && scrollsY ? 'both ways' : scrollsX ? 'sideways' : 'up and down';
      if (sequential(el)) {
        results.push({ ...base, status: 'passed', detail: `scrolls ${axis} and is in the tab order` });
      } else if (inert(el)) {
        results.push({ ...base, status: 'passed', detail: `scrolls ${axis} but is inert` });
      } else {
        let inside = null;
        // its descendants in the flat tree: its own shadow root's too (elements() walks the
        // shadow roots of what it meets below, not of where it starts)
        for (const root of el.shadowRoot ? [el.shadowRoot, el] : [el]) {
          for (const d of elements(root)) if (sequential(d)) { inside = d; break; }
          if (inside) break;
        }
        results.push(inside
          ? { ...base, status: 'passed', detail: `scrolls ${axis}; Tab reaches ${inside.localName} inside it` }
          : { ...base, status: 'failed', detail: `scrolls ${axis} but neither it nor anything in it is in the tab order: give it tabindex="0" and a name` });
      }
    }
    return spend.report(results);
  }

  // ---- 59br37: text clipped by overflow at 640x512 (1280x1024 zoomed to 200 %) ----
  function clipBox(el, s) {
    const root = document.documentElement;
    const propagated = el === root || (el === document.body && getComputedStyle(root).overflowX === 'visible' &&
      getComputedStyle(root).overflowY === 'visible');
    if (propagated) {
      return { left: -window.scrollX, top: -window.scrollY,
        right: window.innerWidth - window.scrollX, bottom: window.innerHeight - window.scrollY, viewport: true };
    }
    const r = el.getBoundingClientRect();
    return { left: r.left + parseFloat(s.borderLeftWidth), right: r.right - parseFloat(s.borderRightWidth),
      top: r.top + parseFloat(s.borderTopWidth), bottom: r.bottom - parseFloat(s.borderBottomWidth) };
  }

  function usedLineHeight(s) {
    const value = parseFloat(s.lineHeight);
    return Number.isNaN(value) ? 1.2 * parseFloat(s.fontSize) : value;
  }

  function clipping(limit, ceilingMs) {
    const spend = budget(limit, ceilingMs);
    startPass();
    const boxes = new Map();
    const boxOf = (el, s) => {
      if (!boxes.has(el)) boxes.set(el, clipBox(el, s));
      return boxes.get(el);
    };
    window.scrollTo(0, 0);
    const results = [];
    const seen = new Map();
    for (const node of textNodes(document.body || document.documentElement)) {
      const parent = flatParent(node);
      if (!isHtml(parent) || /^(script|style|noscript|template|title)$/.test(parent.localName)) continue;
      if (!spend.take()) continue;
      let hidden = false;
      const clippers = [];
      let scrollerX = false, scrollerY = false;
      let escape = null;  // absolutely positioned text escapes static ancestors' overflow
      let applies = false;  // an ancestor hides or clips overflow (whether it clips this text or not)
      for (let el = parent; el; el = flatParent(el)) {
        // a keyword as aria.keyword reads it: untrimmed, ASCII case-insensitive
        if (/^true$/i.test(el.getAttribute('aria-hidden') || '')) { hidden = true; break; }
        const s = style(el);
        if (/hidden|clip/.test(s.overflowX + s.overflowY)) applies = true;
        const positioned = s.position !== 'static';
        if (!(escape === 'fixed' || (escape === 'absolute' && !positioned))) {
          const hx = /hidden|clip/.test(s.overflowX), hy = /hidden|clip/.test(s.overflowY);
          if ((hx && !scrollerX) || (hy && !scrollerY)) clippers.push({ el, s, x: hx && !scrollerX, y: hy && !scrollerY });
          if (/auto|scroll/.test(s.overflowX)) scrollerX = true;
          if (/auto|scroll/.test(s.overflowY)) scrollerY = true;
        }
        if (escape === 'absolute' && positioned) escape = null;
        if (escape === 'fixed' && s.transform !== 'none') escape = null;
        if (s.position === 'fixed') escape = 'fixed';
        else if (s.position === 'absolute' && escape !== 'fixed') escape = 'absolute';
      }
      if (hidden || !(applies || clippers.length)) continue;
      const rects = textRects(node);
      if (!rects.length || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (clippedAway(parent)) continue;  // visually hidden (clip/clip-path): not visible text
      const fontSize = parseFloat(style(parent).fontSize);
      const clips = clippers.map((c) => ({ ...c, box: boxOf(c.el, c.s) }));
      // a box of a pixel or less is the visually-hidden recipe: no text shows to be cut
      if (clips.some((c) => !c.box.viewport && ((c.x && c.box.right - c.box.left <= 1) ||
          (c.y && c.box.bottom - c.box.top <= 1)))) continue;
      let visible = false, clipX = null, clipY = null;
      for (const r of rects) {
        // glyphs fill the em box; the line's content area is taller than that
        const slack = Math.max(1, (r.height - fontSize) / 2 + 0.5);
        let shown = true;
        for (const c of clips) {
          const b = c.box;
          if (c.x && (r.right <= b.left || r.left >= b.right)) shown = false;
          if (c.y && (r.bottom - slack <= b.top || r.top + slack >= b.bottom)) shown = false;
        }
        if (!shown) {
          // a whole fragment out of sight: clipped by whichever box hides it
          for (const c of clips) {
            const b = c.box;
            if (c.x && (r.right <= b.left || r.left >= b.right) && !clipX) clipX = c;
            if (c.y && (r.bottom - slack <= b.top || r.top + slack >= b.bottom) && !clipY) clipY = c;
          }
          continue;
        }
        visible = true;
        for (const c of clips) {
          const b = c.box;
          if (c.x && !clipX && (r.left < b.left - 1 || r.right > b.right + 1)) clipX = c;
          if (c.y && !clipY && (r.top + slack < b.top - 1 || r.bottom - slack > b.bottom + 1)) clipY = c;
        }
      }
      if (!visible) continue;  // wholly clipped text is not visible: not a test target
      if (clipX && clipX.s.whiteSpace.includes('nowrap') || clipX && /nowrap|pre(?!-wrap|-line)/.test(clipX.s.textWrap || clipX.s.whiteSpace)) {
        if (clipX.s.textOverflow !== 'clip') clipX = null;
      }
      if (clipY) {
        const r = clipY.el.getBoundingClientRect();
        const height = clipY.s.overflowY === 'clip'
          ? r.height - ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom']
            .reduce((sum, k) => sum + parseFloat(clipY.s[k]), 0)
          : r.height;
        if (!clipY.box.viewport && usedLineHeight(clipY.s) >= height - 0.5) clipY = null;
      }
      const known = seen.get(parent);
      const failed = clipX || clipY;
      if (known && (known.status === 'failed' || !failed)) continue;
      const where = [clipX && 'sideways', clipY && 'at the bottom or top'].filter(Boolean).join(' and ');
      const by = (failed && failed.box.viewport) ? 'the page (overflow hidden on html or body)' : failed ? selector(failed.el) : '';
      seen.set(parent, failed
        ? { ...describe(parent), status: 'failed', detail: `at 640×512 (1280×1024 zoomed to 200 %) text is cut off ${where} by ${by}, which hides overflow` }
        : { ...describe(parent), status: 'passed', detail: 'not clipped at 640×512 (1280×1024 zoomed to 200 %)' });
    }
    for (const v of seen.values()) results.push(v);
    return spend.report(results);
  }

  // ---- f51b46, fd26cf: the sound of visible videos, decoded ----
  // Each visible video (not a stream: no srcObject) with the URL it plays, {target, html,
  // sound}: 'sound' (a sample louder than SILENCE), 'silent' (decoded, all silence), or why
  // it could not be told. Its src, else the first source child whose URL loads, is fetched
  // and decoded (a video without a sound track does not decode: then it is silent when the
  // browser plays its pictures).
  const SILENCE = 1e-4;  // -80 dBFS
  const MAX_BYTES = 64 * 1024 * 1024;
  async function loudness(url) {
    const response = await fetch(url);
    if (!response.ok) return null;
    if (Number(response.headers.get('content-length')) > MAX_BYTES) return 'too large to decode here';
    const bytes = await response.arrayBuffer();
    try {
      const sound = await new OfflineAudioContext(1, 1, 8000).decodeAudioData(bytes);
      for (let c = 0; c < sound.numberOfChannels; c++) {
        const data = sound.getChannelData(c);
        for (let i = 0; i < data.length; i++) if (Math.abs(data[i]) > SILENCE) return 'sound';
      }
      return 'silent';
    } catch (e) {
      return 'no sound track';
    }
  }
  async function videoSound() {
    const out = [];
    for (const el of elements(document.documentElement)) {
      if (el.localName !== 'video' || !isHtml(el) || el.srcObject) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0 || r.right + scrollX <= 0 || r.bottom + scrollY <= 0) continue;
      const urls = el.hasAttribute('src') ? [el.src]
        : Array.from(el.children).filter((c) => c.localName === 'source' && c.hasAttribute('src')).map((c) => c.src);
      let sound = urls.length ? 'none of its sources loads' : null;
      for (const url of urls) {
        try {
          const found = await loudness(url);
          if (found === null) continue;  // not loaded: the browser tries the next source
          sound = found;
          break;
        } catch (e) {
          sound = `could not be fetched (${e.name})`;
        }
      }
      if (sound === 'no sound track' && !(el.readyState >= 1 && el.videoWidth > 0)) {
        sound = 'neither its sound nor its pictures decode';
      }
      if (sound !== null) out.push({ ...describe(el), sound });
    }
    return out;
  }

  window.__broadsheetAct = { videoSound, contrastPass, hideTexts, restoreText, pixelContrast, scrollable,
    clipping, parseColor, ratio };
})();
