// Broadsheet's in-page browser checks. Evaluated once per page; defines window.__broadsheet.
(() => {
  if (window.__broadsheet) return;
  const { selector, snippet } = window.__broadsheetDom;
  const TABBABLE = 'a[href], area[href], button, input, select, textarea, iframe, summary, ' +
    '[tabindex], [contenteditable], audio[controls], video[controls]';
  // An element matched only by its contenteditable attribute is focusable when it is an
  // editing host (any keyword case, plaintext-only too), not an editable descendant.
  const editableOnly = (el) => !el.hasAttribute('tabindex') &&
    !el.matches('a[href], area[href], button, input, select, textarea, iframe, summary, audio[controls], video[controls]');
  const editingHost = (el) => el.isContentEditable &&
    !(el.parentElement && el.parentElement.isContentEditable);

  function rendered(el) {
    // no box, or skipped by a content-visibility: hidden ancestor (CSS Containment 2 §4)
    if (!el.checkVisibility()) return false;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || style.display === 'none') return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 || r.height > 0;
  }

  function visuallyHidden(el) {
    const r = el.getBoundingClientRect();
    if (r.width <= 2 && r.height <= 2) return true;
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const s = getComputedStyle(node);
      if (s.clipPath && s.clipPath !== 'none' && /inset\(50%/.test(s.clipPath)) return true;
      // the computed value has commas ("rect(0px, 0px, 0px, 0px)") whatever the author wrote
      if (s.clip && /rect\(0(px)?,?\s*0(px)?,?\s*0(px)?,?\s*0(px)?\)/.test(s.clip)) return true;
    }
    return false;
  }

  function tabbables() {
    return Array.from(document.querySelectorAll(TABBABLE)).filter((el) => {
      // (Chromium gives an editing host tabIndex -1, yet Tab reaches it)
      const editable = editableOnly(el);
      if (editable ? !editingHost(el) : el.tabIndex < 0) return false;
      if (el.disabled || el.closest('[inert]')) return false;
      if (el.localName === 'summary' && el.parentElement.localName !== 'details') return false;
      if (el.localName === 'input' && el.type === 'hidden') return false;
      if (el.closest('details:not([open])') && el.localName !== 'summary') return false;
      return rendered(el);
    });
  }

  const VISUAL = ['outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow',
    'border-top-color', 'border-top-width', 'border-bottom-color', 'border-bottom-width',
    'border-left-color', 'border-right-color', 'background-color', 'color',
    'text-decoration-line', 'text-decoration-thickness'];

  function visual(el) {
    const s = getComputedStyle(el);
    const out = {};
    for (const name of VISUAL) out[name] = s.getPropertyValue(name);
    return out;
  }

  function transparent(color) {
    return color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
  }

  function indicator(before, after, forced) {
    const outline = after['outline-style'] !== 'none' && after['outline-style'] !== 'hidden' &&
      parseFloat(after['outline-width']) >= 1 && !transparent(after['outline-color']);
    if (outline) return 'outline';
    if (forced) return null;  // forced colours remove shadows and backgrounds: only outlines count
    if (after['box-shadow'] !== 'none' && after['box-shadow'] !== before['box-shadow']) return 'box-shadow';
    for (const name of ['border-top-color', 'border-bottom-color', 'border-top-width',
      'border-bottom-width', 'background-color', 'text-decoration-line',
      'text-decoration-thickness']) {
      if (before[name] !== after[name]) return name;
    }
    return null;
  }

  function parentOf(node) {
    return node.parentElement || (node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host : null);
  }

  function solidBackground(el) {
    for (let node = parentOf(el); node; node = parentOf(node)) {
      const s = getComputedStyle(node);
      if (s.backgroundImage !== 'none') return null;
      if (!transparent(s.backgroundColor)) return s.backgroundColor;
    }
    return null;
  }

  // Whether computed styles alone settle that a focused element's outline can be seen, so
  // no screenshot is needed: an outline with width and colour (the browser's own two-tone
  // ring, or a colour other than the solid background behind it), drawn where the page can
  // be scrolled to, not clipped by an ancestor, not faded out, filtered or blended. Anything
  // else (shadows, colour changes, odd drawing) is left to the pixels.
  function outlineSettled(el, look) {
    if (look['outline-style'] === 'none' || look['outline-style'] === 'hidden') return false;
    if (look['outline-style'] !== 'auto' && look['outline-color'] === solidBackground(el)) return false;
    const reach = Math.max(0, parseFloat(look['outline-width']) + (parseFloat(look['outline-offset']) || 0));
    const r = el.getBoundingClientRect();
    const box = { left: r.left - reach, top: r.top - reach, right: r.right + reach, bottom: r.bottom + reach };
    let fixed = false;
    for (let node = el; node; node = parentOf(node)) {
      const s = getComputedStyle(node);
      if (parseFloat(s.opacity) < 0.1 || s.filter !== 'none' || s.mixBlendMode !== 'normal' ||
          s.clipPath !== 'none' || (s.clip && s.clip !== 'auto')) return false;
      if (node !== el && node !== document.documentElement && node !== document.body &&
          (s.overflowX !== 'visible' || s.overflowY !== 'visible')) {
        const c = node.getBoundingClientRect();
        if (box.left < c.left || box.top < c.top || box.right > c.right || box.bottom > c.bottom) return false;
      }
      if (s.position === 'fixed') fixed = true;
    }
    const root = document.documentElement;
    return fixed
      ? box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight
      : box.left + scrollX >= 0 && box.top + scrollY >= 0 &&
        box.right + scrollX <= root.scrollWidth && box.bottom + scrollY <= root.scrollHeight;
  }

  // Whether style sheets from other origins may have loaded (hosts were allowed besides the
  // page's own); else the sandbox blocked them and they hold no rules.
  let crossOriginSheets = true;
  function configure(options) {
    crossOriginSheets = !!options.crossOriginSheets;
  }

  // Selectors of the page's style rules that mention focus, pseudo-elements dropped (a rule
  // for ::after is taken for its element); null when they cannot all be read (a loaded
  // cross-origin sheet, nested rules, shadow trees or a canvas a script may draw on): then
  // only the pixels can tell what focus changes.
  function focusRules() {
    if (document.querySelector('canvas') || Array.from(document.querySelectorAll('*'))
      .some((el) => el.shadowRoot || el.localName.includes('-'))) return null;
    const found = [];
    const readable = (sheet) => {
      try {
        return sheet.cssRules;
      } catch (e) {  // another origin's
        if (crossOriginSheets) throw e;
        return [];
      }
    };
    const walk = (rules) => {
      for (const rule of rules) {
        if (rule instanceof CSSImportRule) {
          if (rule.styleSheet) walk(readable(rule.styleSheet));
        } else if (rule instanceof CSSStyleRule) {
          if (rule.cssRules && rule.cssRules.length) throw new Error('nested rules');
          if (!/:focus/i.test(rule.selectorText)) continue;
          const text = rule.selectorText
            .replace(/::?(before|after|first-line|first-letter)\b/gi, '')
            .replace(/::(-webkit-|-moz-)?[a-z-]+\b(?!\()/gi, '');
          if (text.includes('::')) throw new Error('part or slotted');
          document.querySelector(text);  // throws when it is no selector
          found.push({ text, pseudo: text !== rule.selectorText });
        } else if (rule.cssRules) {
          walk(rule.cssRules);
        }
      }
    };
    try {
      for (const sheet of [...document.styleSheets, ...(document.adoptedStyleSheets || [])]) walk(readable(sheet));
    } catch (e) {
      return null;
    }
    return found;
  }

  // Every computed property of an element (its outline's width, colour and offset only
  // where it draws one: Chromium computes them for an outline of style none).
  function fullStyle(el) {
    const s = getComputedStyle(el);
    const drawn = s.outlineStyle !== 'none' && s.outlineStyle !== 'hidden';
    const values = [];
    for (let k = 0; k < s.length; k++) {
      if (drawn || !s[k].startsWith('outline')) values.push(s.getPropertyValue(s[k]));
    }
    return values.join('|');
  }

  function sheetCounts() {
    return Array.from(document.styleSheets, (sheet) => {
      try { return sheet.cssRules.length; } catch (e) { return -1; }
    }).join();
  }

  // A focused element whose own look does not change (by the properties indicator() reads):
  // whether focus provably changes no pixel at all, so no screenshot is needed. True when
  // no style rule that mentions focus matches any other element (or the element's
  // pseudo-elements) than it did with nothing focused, its own computed style is the same as
  // unfocused and
  // starts no transition or animation, and its focus and blur change no node, attribute,
  // style sheet or scroll position (what the page's scripts could do). Elements that draw
  // native controls or a caret are left to the pixels. Blurs the element.
  function quietFocus(el, quiet) {
    if (!quiet || el.matches('input, select, textarea, button, area, [contenteditable]')) {
      el.blur();
      return false;
    }
    const { rules, baseline, observer } = quiet;
    const x = scrollX, y = scrollY, sheets = sheetCounts();
    // (a rule for the element itself shows in its computed style, but one for its
    // pseudo-elements does not)
    const same = el.getAnimations({ subtree: true }).length === 0 && rules.every((rule, k) => {
      const now = document.querySelectorAll(rule.text);
      const had = baseline[k];
      let n = 0;
      for (const other of now) {
        if (other === el && !rule.pseudo) continue;
        if (!had.has(other)) return false;
        n++;
      }
      return n === had.size - (had.has(el) && !rule.pseudo ? 1 : 0);
    });
    const focused = same ? fullStyle(el) : null;
    el.blur();
    const moved = observer.takeRecords().length > 0 || scrollX !== x || scrollY !== y ||
      sheetCounts() !== sheets;
    return same && !moved && fullStyle(el) === focused;
  }

  function quietStart(forced) {
    const rules = forced ? null : focusRules();
    if (!rules) return null;
    const observer = new MutationObserver(() => {});
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    return { rules, observer, baseline: rules.map((rule) => new Set(document.querySelectorAll(rule.text))) };
  }

  // Focus each tabbable element (after a real key press, so :focus-visible applies) and
  // compare its look with the unfocused look.
  // Stops after budgetMs: the elements left are one cant_tell result on the page.
  function focusIndicators(forced, budgetMs) {
    dropStart();
    const started = performance.now();
    const elements = tabbables();
    if (document.activeElement && document.activeElement !== document.body) {
      document.activeElement.blur();
    }
    const before = elements.map(visual);
    const quiet = quietStart(forced);
    const results = [];
    focusList = elements;
    let left = 0;
    elements.forEach((el, i) => {
      if (left || performance.now() - started > budgetMs) {
        left++;
        return;
      }
      const base = { target: selector(el), html: snippet(el), index: i };
      if (el.localName === 'video' || el.localName === 'audio' || el.localName === 'iframe') {
        results.push({ ...base, status: 'inapplicable',
          detail: 'focus moves into native media controls or the embedded document, which draw their own indicators' });
        return;
      }
      if (quiet) quiet.observer.takeRecords();  // what focusing the ones before did
      el.focus({ preventScroll: true, focusVisible: true });
      if (document.activeElement !== el) {
        results.push({ ...base, status: 'cant_tell', detail: 'the element did not take focus' });
        return;
      }
      const look = visual(el);
      const how = indicator(before[i], look, forced);
      const r = el.getBoundingClientRect();
      if (!how && quietFocus(el, quiet)) {
        results.push({ ...base, status: 'failed', settled: true, detail: 'nothing shows focus: ' +
          'its own look does not change, no style rule for focus applies anywhere else, and ' +
          'the page changes nothing when it is focused' });
        return;
      }
      if (!how) {
        results.push({ ...base, status: 'failed', detail: forced
          ? 'no outline when focused in forced-colours mode (shadows and backgrounds are removed there)'
          : 'looks the same focused and unfocused: no outline, shadow, border or colour change' });
      } else if (r.width < 1 || r.height < 1 || visuallyHidden(el)) {
        results.push({ ...base, status: 'failed', detail: 'focused but not visible (zero size or clipped)' });
      } else {
        results.push({ ...base, status: 'passed', detail: `focus shown by ${how}`,
          settled: how === 'outline' && outlineSettled(el, look) });
      }
      el.blur();
    });
    if (quiet) quiet.observer.disconnect();
    if (left) {
      results.push({ target: 'html', html: null, status: 'cant_tell',
        detail: `${left} of ${elements.length} elements in the tab order not judged: the check stopped after ${budgetMs / 1000} s` });
    }
    return results;
  }

  // For the pixel comparison: unfocus (or focus) one element of the last focusIndicators()
  // pass, scrolled to the centre of the viewport if it is not all in view (as the browser
  // scrolls to an element it focuses), and wait for the next frame; returns the part of the viewport
  // around it (x, y, width, height) and where the viewport is in the document (pageX,
  // pageY), or null when the element is gone or does not take focus.
  let focusList = [];
  function focusShot(index, focus) {
    const el = focusList[index];
    if (!el || !el.isConnected) return null;
    if (focus) {
      el.focus({ preventScroll: true, focusVisible: true });
      if (document.activeElement !== el) return null;
    } else {
      if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
      const r = el.getBoundingClientRect();
      if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) {
        el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      }
    }
    return new Promise((resolve) => {
      const done = () => {
        const r = el.getBoundingClientRect();
        const margin = 24;
        const left = Math.max(0, r.left - margin), top = Math.max(0, r.top - margin);
        const right = Math.min(window.innerWidth, r.right + margin);
        const bottom = Math.min(window.innerHeight, r.bottom + margin);
        const clip = right - left < 1 || bottom - top < 1
          ? { x: 0, y: 0, width: window.innerWidth, height: window.innerHeight }
          : { x: left, y: top, width: right - left, height: bottom - top };
        resolve({ ...clip, pageX: visualViewport.pageLeft, pageY: visualViewport.pageTop });
      };
      requestAnimationFrame(done);
      setTimeout(done, 250);  // no frame drawn meanwhile: go on (the first call settles it)
    });
  }

  // Start sequential focus navigation from the top of the document, as after a fresh load.
  function resetFocus() {
    if (document.activeElement && document.activeElement !== document.body) {
      document.activeElement.blur();
    }
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.setAttribute('data-broadsheet-start', '');
    document.body.prepend(start);
    start.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }

  function dropStart() {
    document.querySelectorAll('[data-broadsheet-start]').forEach((n) => n.remove());
  }

  function skipLink() {
    dropStart();
    const el = document.activeElement;
    if (!el || el === document.body) return { found: false, active: null };
    const info = { found: true, target: selector(el), html: snippet(el), text: el.textContent.trim() };
    const href = el.localName === 'a' ? el.getAttribute('href') || '' : '';
    info.inPage = href.startsWith('#') && href.length > 1;
    if (info.inPage) {
      const id = decodeURIComponent(href.slice(1));
      info.targetId = id;
      info.targetExists = !!document.getElementById(id);
    }
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    info.rect = { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    info.viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    info.fontSize = parseFloat(s.fontSize);
    info.opacity = parseFloat(s.opacity);
    info.visibility = s.visibility;
    const hit = r.width > 0 && r.height > 0
      ? document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) : null;
    info.onTop = !!hit && (hit === el || el.contains(hit));
    info.clipped = visuallyHidden(el);
    return info;
  }

  function skipArrived(id) {
    const target = document.getElementById(id);
    const active = document.activeElement;
    return {
      arrived: !!target && !!active && (active === target || target.contains(active)),
      active: active && active !== document.body ? selector(active) : 'body',
    };
  }

  function reflow() {
    const root = document.documentElement;
    const width = root.clientWidth;
    const offenders = [];
    if (root.scrollWidth > width + 1) {
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if ((r.right > width + 1 || r.left < -1) && rendered(el) && !visuallyHidden(el)) {
          let scroller = false;
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            const ox = getComputedStyle(p).overflowX;
            if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') { scroller = true; break; }
          }
          if (!scroller) offenders.push({ target: selector(el), html: snippet(el), left: r.left, right: r.right });
        }
      }
    }
    return { scrollWidth: root.scrollWidth, width, offenders: offenders.slice(-5) };
  }

  function hasText(el) {
    for (const node of el.childNodes) {
      if (node.nodeType === 3 && node.textContent.trim()) return true;
    }
    return el.innerText && el.innerText.trim().length > 0;
  }

  function clippedText() {
    const found = [];
    for (const el of document.body.querySelectorAll('*')) {
      const s = getComputedStyle(el);
      const hidesX = s.overflowX === 'hidden' || s.overflowX === 'clip';
      const hidesY = s.overflowY === 'hidden' || s.overflowY === 'clip';
      if (!(hidesX || hidesY) || !rendered(el) || visuallyHidden(el) || !hasText(el)) continue;
      if ((hidesY && el.scrollHeight > el.clientHeight + 1) ||
          (hidesX && el.scrollWidth > el.clientWidth + 1)) {
        found.push({ el,
          detail: `content ${el.scrollWidth}×${el.scrollHeight}px in a ${el.clientWidth}×${el.clientHeight}px box that hides overflow` });
      }
    }
    return found;
  }

  // WCAG 1.4.12's spacing (spacing.js, defined before this script as
  // window.__broadsheetSpaceText): text clipped while it applies; the page put back after.
  function textSpacing() {
    const unspace = window.__broadsheetSpaceText();
    let found = [];
    try {
      found = clippedText();
    } finally {
      unspace();
    }
    return found.map(({ el, detail }) => ({ target: selector(el), html: snippet(el), detail }));
  }

  function borderSides(el) {
    const s = getComputedStyle(el);
    return ['top', 'right', 'bottom', 'left'].filter((side) =>
      s.getPropertyValue(`border-${side}-style`) !== 'none' &&
      parseFloat(s.getPropertyValue(`border-${side}-width`)) > 0 &&
      !transparent(s.getPropertyValue(`border-${side}-color`)));
  }

  // Remember which elements draw borders now (normal colours), for bordersLost() later.
  let baseline = [];
  function bordered() {
    dropStart();
    baseline = [];
    for (const el of document.body.querySelectorAll('*')) {
      const sides = borderSides(el);  // first: most elements draw none, and the rest walk up
      if (sides.length && rendered(el) && !visuallyHidden(el)) baseline.push({ el, sides });
    }
    return baseline.length;
  }

  function bordersLost() {
    const lost = [];
    for (const { el, sides } of baseline) {
      if (!el.isConnected) continue;
      const kept = borderSides(el);
      if (sides.some((side) => !kept.includes(side))) {
        lost.push({ target: selector(el), html: snippet(el),
          detail: `border ${sides.filter((x) => !kept.includes(x)).join(', ')} disappears in forced-colours mode` });
      }
    }
    return { checked: baseline.length, lost };
  }

  window.__broadsheet = { configure, tabbables, focusIndicators, focusShot, resetFocus, skipLink,
    skipArrived, reflow, textSpacing, bordered, bordersLost };
})();
