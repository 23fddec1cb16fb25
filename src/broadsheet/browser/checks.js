// Broadsheet's in-page browser checks. Evaluated once per page; defines window.__broadsheet.
(() => {
  if (window.__broadsheet) return;
  const { elements: allElements, selector, snippet } = window.__broadsheetDom;
  // Focusable without tabindex: the static engine's table (dom.NATIVE_FOCUS, via standards.py).
  const NATIVE = window.__broadsheetStandards.nativeFocus;
  const TABBABLE = `${NATIVE}, [tabindex], [contenteditable]`;
  // An element matched only by its contenteditable attribute is focusable when it is an
  // editing host (any keyword case, plaintext-only too), not an editable descendant.
  const editableOnly = (el) => !el.hasAttribute('tabindex') && !el.matches(NATIVE);
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

  // The focused element, inside open shadow roots too (document.activeElement is the host).
  function deepActive() {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) {
      active = active.shadowRoot.activeElement;
    }
    return active;
  }

  // An inert attribute on the element or an ancestor in the flat tree.
  function inertHere(el) {
    for (let node = el; node; node = node.assignedSlot || parentOf(node)) {
      if (node.hasAttribute('inert')) return true;
    }
    return false;
  }

  // The elements in sequential focus navigation, open shadow roots included.
  function tabbables() {
    return Array.from(allElements(document.documentElement)).filter((el) => {
      if (!el.matches(TABBABLE)) return false;
      // (Chromium gives an editing host tabIndex -1, yet Tab reaches it)
      const editable = editableOnly(el);
      if (editable ? !editingHost(el) : el.tabIndex < 0) return false;
      if (el.disabled || inertHere(el)) return false;
      if (el.localName === 'summary' && !(el.parentElement && el.parentElement.localName === 'details')) return false;
      if (el.localName === 'input' && el.type === 'hidden') return false;
      if (el.closest('details:not([open])') && el.localName !== 'summary') return false;
      return rendered(el);
    });
  }

  const VISUAL = ['outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow',
    'border-top-color', 'border-top-width', 'border-bottom-color', 'border-bottom-width',
    'border-left-color', 'border-right-color', 'background-color', 'color',
    'text-decoration-line', 'text-decoration-thickness'];

  // An outline may be drawn by the element's ::before or ::after box (rustdoc's
  // `summary:focus-visible::before { outline: 1px dotted }`): forced colours keep it too.
  const PSEUDOS = ['::before', '::after'];

  function visual(el) {
    const s = getComputedStyle(el);
    const out = {};
    for (const name of VISUAL) out[name] = s.getPropertyValue(name);
    for (const pseudo of PSEUDOS) {
      const p = getComputedStyle(el, pseudo);
      // a pseudo-element is generated only when its content is not none (or normal)
      if (p.content === 'none' || p.content === 'normal' || p.display === 'none') continue;
      out[pseudo] = {};
      for (const name of OUTLINE) out[pseudo][name] = p.getPropertyValue(name);
    }
    return out;
  }

  function transparent(color) {
    return color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
  }

  // An outline that can show: drawn, at least 1 px wide, not transparent.
  function showsOutline(look) {
    return look['outline-style'] !== 'none' && look['outline-style'] !== 'hidden' &&
      parseFloat(look['outline-width']) >= 1 && !transparent(look['outline-color']);
  }

  const OUTLINE = ['outline-style', 'outline-width', 'outline-color', 'outline-offset'];

  function indicator(before, after, forced) {
    // an outline shows focus only when focus changes it (oj04fd: some pixel differs); the
    // same outline drawn focused and unfocused shows nothing. (Forced colours: any outline
    // the focused element draws, as before.)
    const outlined = (was, now) => now && showsOutline(now) && (forced || !was ||
      !showsOutline(was) || OUTLINE.some((name) => was[name] !== now[name]));
    if (outlined(before, after)) return 'outline';
    for (const pseudo of PSEUDOS) {
      if (outlined(before[pseudo], after[pseudo])) return `an outline on its ${pseudo}`;
    }
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

  // Every computed property of an element, by name, and whether it draws an outline.
  function fullStyle(el) {
    const s = getComputedStyle(el);
    const values = new Map();
    for (let k = 0; k < s.length; k++) values.set(s[k], s.getPropertyValue(s[k]));
    return { drawn: s.outlineStyle !== 'none' && s.outlineStyle !== 'hidden', values };
  }

  // Properties that change how an element is painted, never where anything is laid out.
  const PAINT_ONLY = /^(outline-(color|style|width|offset)|box-shadow|text-shadow|color|caret-color|accent-color|background-(color|image)|border-(top|right|bottom|left|block-start|block-end|inline-start|inline-end)-color|text-decoration-(line|color|style|thickness)|text-underline-offset|text-emphasis-color|-webkit-text-(fill|stroke)-color|column-rule-color|fill|stroke|opacity|cursor)$/;

  // How two full styles differ: 'same' (the outline's width, colour and offset count only
  // where an outline is drawn: Chromium computes them for an outline of style none),
  // 'paint' (only PAINT_ONLY properties) or 'layout'.
  function styleChange(a, b) {
    let change = a.drawn === b.drawn ? 'same' : 'paint';
    for (const [name, value] of a.values) {
      if (b.values.get(name) === value) continue;
      if (!PAINT_ONLY.test(name)) return 'layout';
      if (a.drawn || b.drawn || !name.startsWith('outline')) change = 'paint';
    }
    return change;
  }

  // How far, in CSS pixels, an element's outline and shadows may paint outside its box
  // (every length of its shadows added up: more than any one shadow reaches).
  function paintReach(style) {
    const lengths = (text) => (text.match(/-?[\d.]+px/g) || [])
      .reduce((sum, n) => sum + Math.abs(parseFloat(n)), 0);
    const outline = style.drawn ? (parseFloat(style.values.get('outline-width')) || 0) +
      Math.max(0, parseFloat(style.values.get('outline-offset')) || 0) : 0;
    return outline + lengths(style.values.get('box-shadow') || '') +
      lengths(style.values.get('text-shadow') || '');
  }

  // How far, in CSS pixels, what an element paints may lie outside its own box: its
  // content (text that overflows, descendants placed anywhere) and its outline and shadows
  // (``styles``: its full styles); null when it cannot be told (an ancestor scales it, or a
  // ::before or ::after is taken out of the flow).
  function paintOutside(el, styles) {
    for (let node = el; node; node = parentOf(node)) {
      const s = getComputedStyle(node);
      if (s.transform !== 'none' || s.scale !== 'none' || s.zoom !== '1') return null;
    }
    for (const pseudo of ['::before', '::after']) {
      const s = getComputedStyle(el, pseudo);
      if (s.content !== 'none' && s.content !== 'normal' && s.position !== 'static' &&
          s.position !== 'relative') return null;
    }
    const r = el.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(el);
    const c = range.getBoundingClientRect();
    const content = c.width || c.height
      ? Math.max(0, r.left - c.left, r.top - c.top, c.right - r.right, c.bottom - r.bottom) : 0;
    return content + Math.max(...styles.map(paintReach));
  }

  function sheetCounts() {
    return Array.from(document.styleSheets, (sheet) => {
      try { return sheet.cssRules.length; } catch (e) { return -1; }
    }).join();
  }

  // What focusing an element provably changes, without a screenshot. Nothing changes
  // elsewhere when no style rule that mentions focus matches any other element (or the
  // element's pseudo-elements) than it did with nothing focused, the element starts no
  // animation and no transition but of its own paint (PAINT_ONLY), and its focus and blur
  // change no node, attribute, style sheet or scroll position (what the page's scripts
  // could do). Then ``settled``: focus changes no pixel at all, when moreover it starts no
  // transition, its own computed style is the same as unfocused and it draws no native
  // control or caret; and ``reach``: focus changes pixels only within this many CSS pixels
  // of the element's box, when its own computed style changes only how it is painted (no
  // layout; see paintOutside, else null). Blurs the element.
  function quietFocus(el, quiet) {
    if (!quiet) {
      el.blur();
      return { settled: false, reach: null };
    }
    const { rules, baseline, observer } = quiet;
    const x = scrollX, y = scrollY, sheets = sheetCounts();
    // (a rule for the element itself shows in its computed style, but one for its
    // pseudo-elements does not)
    const animations = el.getAnimations({ subtree: true });
    const paintOnly = animations.every((a) => a instanceof CSSTransition && a.effect &&
      a.effect.target === el && PAINT_ONLY.test(a.transitionProperty));
    const same = paintOnly && rules.every((rule, k) => {
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
    if (!same || moved) return { settled: false, reach: null };
    const unfocused = fullStyle(el);
    const change = styleChange(focused, unfocused);
    const native = el.matches('input, select, textarea, button, area, [contenteditable]');
    return { settled: !animations.length && change === 'same' && !native,
      reach: change === 'layout' ? null : paintOutside(el, [focused, unfocused]) };
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
  // Judges the first `limit` elements (a budget in work, so a slow machine judges as many as
  // a fast one), and none after `ceilingMs`, a safety net far above what `limit` elements
  // take: the elements left are one cant_tell result on the page.
  function focusIndicators(forced, limit, ceilingMs) {
    dropStart();
    const started = performance.now();
    const elements = tabbables();
    const active = deepActive();
    if (active && active !== document.body) active.blur();
    const before = elements.map(visual);
    const quiet = quietStart(forced);
    const results = [];
    focusList = elements;
    reachOf = new Map();
    let left = 0;
    let late = false;
    elements.forEach((el, i) => {
      late = late || (i < limit && performance.now() - started > ceilingMs);
      if (left || i >= limit || late) {
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
      if (deepActive() !== el) {
        results.push({ ...base, status: 'cant_tell', detail: 'the element did not take focus' });
        return;
      }
      const look = visual(el);
      const how = indicator(before[i], look, forced);
      const r = el.getBoundingClientRect();
      const hidden = how && (r.width < 1 || r.height < 1 || visuallyHidden(el));
      // (what focus changes, for an element the pixels may judge failed)
      const what = !how || hidden ? quietFocus(el, quiet) : null;
      if (what && what.reach !== null) reachOf.set(i, what.reach);
      if (!how && what.settled) {
        results.push({ ...base, status: 'failed', settled: true, detail: 'nothing shows focus: ' +
          'its own look does not change, no style rule for focus applies anywhere else, and ' +
          'the page changes nothing when it is focused' });
        return;
      }
      if (!how) {
        results.push({ ...base, status: 'failed', detail: forced
          ? 'no outline when focused in forced-colours mode (shadows and backgrounds are removed there)'
          : 'looks the same focused and unfocused: no outline, shadow, border or colour change' });
      } else if (hidden) {
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
        detail: `${left} of ${elements.length} elements in the tab order not judged: the check ` +
          (late ? `stopped after ${ceilingMs / 1000} s` : `judges the first ${limit}`) });
    }
    return results;
  }

  // For the pixel comparison: unfocus (or focus) one element of the last focusIndicators()
  // pass, scrolled to the centre of the viewport if it is not all in view (as the browser
  // scrolls to an element it focuses; when focusing, only if `place`: the element was
  // unfocused there before, or the caller keeps a screenshot of the viewport unfocused
  // wherever it lands), and wait for the next frame; returns the part of the viewport around
  // it (x, y, width, height) and where the viewport is in the document (pageX, pageY), or
  // null when the element is gone or does not take focus.
  // Focus that the page's own scripts move (a timer focusing a search box a second after
  // load, say) counted: a pixel comparison it happened during compared two different pages
  // (the caller judges the element again). Focus that focusShot moves is not counted.
  let foreign = 0, ours = false;
  document.addEventListener('focusin', () => { if (!ours) foreign++; }, true);
  const foreignFocus = () => foreign;
  let focusList = [];
  let reachOf = new Map();
  // Whether a box scrolling inside the window (a panel with its own scroll bar) hides part
  // of the element: in the window's rect, yet out of sight until that box scrolls to it, as
  // focus would scroll it (the pixels are compared with focus not scrolling).
  function clippedInside(el, r) {
    for (let up = el.parentElement; up && up !== document.documentElement; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const c = up.getBoundingClientRect();
      if (r.top < c.top - 1 || r.bottom > c.bottom + 1 || r.left < c.left - 1 || r.right > c.right + 1) return true;
    }
    return false;
  }
  function focusShot(index, focus, place = !focus) {
    const el = focusList[index];
    if (!el || !el.isConnected) return null;
    if (place) {
      const active = deepActive();
      if (active && active !== document.body) active.blur();
      const r = el.getBoundingClientRect();
      if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight || clippedInside(el, r)) {
        el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      }
    }
    if (focus) {
      ours = true;
      try { el.focus({ preventScroll: true, focusVisible: true }); } finally { ours = false; }
      if (deepActive() !== el) return null;
    }
    const moved = foreign;
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
        // whether all focus can change is in the viewport (see quietFocus)
        const reach = reachOf.get(index);
        const inView = reach !== undefined && r.left - reach >= 0 && r.top - reach >= 0 &&
          r.right + reach <= Math.min(innerWidth, document.documentElement.clientWidth) &&
          r.bottom + reach <= Math.min(innerHeight, document.documentElement.clientHeight);
        resolve({ ...clip, pageX: visualViewport.pageLeft, pageY: visualViewport.pageTop, inView,
          foreign: moved });
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
      info.targetId = href.slice(1);
      const target = indicated(info.targetId);
      info.targetExists = !!target;
      info.claimsSkip = SKIP_WORDS.test(skipName(el)) || leadsToMain(target);
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

  // Whether the first link is a skip link at all (issue 13): on pages not Broadsheet's, a
  // table of contents ("Where is the mailing list?" in gettext's FAQ, a groff man page's
  // "NAME") came first and failed as a skip link. A skip link says so in its name, in the
  // page's language (Broadsheet's locales and other common ones), or leads to the start of
  // the main landmark.
  const SKIP_WORDS = new RegExp(['skip', 'jump to', 'main content', 'to content',
    'zum inhalt', 'hauptinhalt', 'überspringen', 'aller au contenu', 'contenu principal',
    'passer au', 'ir al contenido', 'contenido principal', 'saltar', 'ir para o conteúdo',
    'conteúdo principal', 'pular', 'vai al contenuto', 'contenuto principale', 'salta al',
    'naar de inhoud', 'naar inhoud', 'hoofdinhoud', 'المحتوى الرئيسي', 'إلى المحتوى', 'تخط',
    'محتوای اصلی', 'به محتوا', 'پرش', '本文へ', 'メインコンテンツ', 'スキップ', '跳到', '跳至',
    '跳过', '主要内容', 'перейти к содерж', 'основному содерж', 'пропустить'].join('|'), 'i');
  // What the link says: its aria-label, rendered text and rendered images' alt. CNN's
  // pages (bench/pages/arabic_article.html) open with a 0×0 link to a #ContentArea that
  // does not exist, around a display:none image: it says nothing, as no link at all.
  function skipName(el) {
    const alts = Array.from(el.querySelectorAll('img[alt]'))
      .filter((img) => img.getClientRects().length > 0).map((img) => img.alt);
    return [el.getAttribute('aria-label') || '', el.innerText, ...alts].join(' ');
  }

  // Whether the target is the main landmark, holds it, opens it (nothing perceivable in it
  // before the target: a heading at its top) or comes just before it.
  function leadsToMain(target) {
    const main = document.querySelector('main:not([hidden]), [role="main"]');
    if (!target || !main) return false;
    if (target === main || target.contains(main)) return true;
    const range = document.createRange();
    if (main.contains(target)) {
      range.setStart(main, 0);
      range.setEndBefore(target);
    } else if (target.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING) {
      range.setStartBefore(target);
      range.setEndBefore(main);
    } else {
      return false;
    }
    return !range.toString().trim();
  }

  // HTML's indicated part of the document, as the static engine finds it (bypass.py): the
  // fragment as written, then its percent-decoding, each an id, else the first a element
  // with that name. decodeURIComponent threw on a lone '%' ('#100%') and skipped the
  // fragment as written (id="a%20b").
  function indicated(fragment) {
    const find = (f) => document.getElementById(f) || Array.from(document.getElementsByName(f))
      .find((el) => el.localName === 'a' && el.namespaceURI === 'http://www.w3.org/1999/xhtml') || null;
    const found = find(fragment);
    if (found) return found;
    const decoded = percentDecode(fragment);
    return decoded === fragment ? null : find(decoded);
  }

  // URL's percent-decode, then UTF-8 decode without BOM: an invalid sequence becomes U+FFFD.
  function percentDecode(text) {
    const bytes = new TextEncoder().encode(text);
    const out = [];
    const hex = (b) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x25 && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2])) {
        out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
        i += 2;
      } else {
        out.push(bytes[i]);
      }
    }
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(out));
  }

  // Whether focus is in the skip link's target after Enter: waited for (until it is, or two
  // animation frames were drawn, within budgetMs), not for a fixed time.
  async function skipArrived(fragment, budgetMs = 500) {
    const target = indicated(fragment);
    const inside = () => {
      const active = document.activeElement;
      return !!target && !!active && (active === target || target.contains(active));
    };
    const deadline = performance.now() + budgetMs;
    for (let frames = 0; !inside() && frames < 2 && performance.now() < deadline; frames++) {
      await new Promise((resolve) => {
        requestAnimationFrame(() => resolve());
        setTimeout(resolve, Math.max(0, deadline - performance.now()));
      });
    }
    const active = document.activeElement;
    return { arrived: inside(), active: active && active !== document.body ? selector(active) : 'body' };
  }

  // Where the Tab after a skip link's Enter lands (issue 13, GOV.UK Frontend without its
  // script): HTML's "scroll to the fragment" moves the sequential focus navigation starting
  // point to the target even when the target cannot take focus, so the next Tab focuses the
  // first focusable element in or after it.
  function followsTarget(fragment) {
    const target = indicated(fragment);
    const active = document.activeElement;
    if (!target || !active || active === document.body) return { follows: false, active: 'body' };
    const inside = active === target || target.contains(active);
    const after = !!(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { follows: inside || after, active: selector(active) };
  }

  function reflow() {
    const root = document.documentElement;
    const width = root.clientWidth;
    const offenders = [];
    // The viewport scrolls towards the end of the inline axis only (CSS Overflow: overflow
    // at the start edge is unreachable), so a box off the start edge (an off-canvas menu at
    // left: -300px in a left-to-right page) makes no horizontal scrolling; the direction is
    // the root element's, which the viewport takes.
    const rtl = getComputedStyle(root).direction === 'rtl';
    if (root.scrollWidth > width + 1) {
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if ((rtl ? r.left < -1 : r.right > width + 1) && rendered(el) && !visuallyHidden(el)) {
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

  const hides = (value) => value === 'hidden' || value === 'clip';

  // The first text of `el` drawn past its padding box on an axis it hides (x, y), whose
  // overflow no box nearer the text handles (a scroller scrolls it; a box that hides it is
  // judged itself); fixed text escapes it. Overflow that is no text (a menu bar's padding
  // 15 px past mdBook's body container) loses nothing: WCAG 1.4.12's "loss of content".
  function clippedTextOf(el, x, y) {
    const b = el.getBoundingClientRect();
    const left = b.left + el.clientLeft, top = b.top + el.clientTop;
    const right = left + el.clientWidth, bottom = top + el.clientHeight;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/\S/.test(node.data)) continue;
      let own = true;
      for (let p = node.parentElement; p && p !== el; p = p.parentElement) {
        const s = getComputedStyle(p);
        if ((x && s.overflowX !== 'visible') || (y && s.overflowY !== 'visible') ||
            s.position === 'fixed') { own = false; break; }
      }
      if (!own || !node.parentElement.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width <= 0 || r.height <= 0) continue;
        if ((x && (r.right > right + 1 || r.left < left - 1)) || (y && (r.bottom > bottom + 1 || r.top < top - 1))) {
          return node.data.trim().slice(0, 40);
        }
      }
    }
    return null;
  }

  // Whether none of `el`'s own text (as clippedTextOf counts it) shows inside its padding
  // box: text put out of sight on purpose, such as image replacement (AOL's `a.more`:
  // text-indent -1386px in a 179 px box that hides overflow, the words in a background
  // image). Spacing cannot lose what was not shown before it.
  function noTextShown(el) {
    const b = el.getBoundingClientRect();
    const left = b.left + el.clientLeft, top = b.top + el.clientTop;
    const right = left + el.clientWidth, bottom = top + el.clientHeight;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/\S/.test(node.data)) continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && r.height > 0 && r.right > left && r.left < right &&
            r.bottom > top && r.top < bottom) return false;
      }
    }
    return true;
  }

  // The boxes that hide overflow and already show none of their text before the spacing.
  function hiddenBeforeSpacing() {
    const hidden = new Set();
    for (const el of document.body.querySelectorAll('*')) {
      const s = getComputedStyle(el);
      if (!(hides(s.overflowX) || hides(s.overflowY))) continue;
      if (el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1) continue;
      if (hasText(el) && noTextShown(el)) hidden.add(el);
    }
    return hidden;
  }

  function clippedText(skip = new Set()) {
    const found = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (skip.has(el)) continue;
      const s = getComputedStyle(el);
      const hidesX = hides(s.overflowX), hidesY = hides(s.overflowY);
      if (!(hidesX || hidesY) || !rendered(el) || visuallyHidden(el) || !hasText(el)) continue;
      const x = hidesX && el.scrollWidth > el.clientWidth + 1;
      const y = hidesY && el.scrollHeight > el.clientHeight + 1;
      const text = (x || y) && clippedTextOf(el, x, y);
      if (text) {
        found.push({ el,
          detail: `text ("${text}") cut: content ${el.scrollWidth}×${el.scrollHeight}px in a ${el.clientWidth}×${el.clientHeight}px box that hides overflow` });
      }
    }
    return found;
  }

  // WCAG 1.4.12's spacing (spacing.js, defined before this script as
  // window.__broadsheetSpaceText): text clipped while it applies; the page put back after.
  function textSpacing() {
    const hidden = hiddenBeforeSpacing();
    const unspace = window.__broadsheetSpaceText();
    let found = [];
    try {
      found = clippedText(hidden);
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

  window.__broadsheet = { configure, tabbables, focusIndicators, focusShot, foreignFocus, resetFocus, skipLink,
    skipArrived, followsTarget, reflow, textSpacing, bordered, bordersLost };
})();
