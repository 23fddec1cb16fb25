// In-page half of the keyboard trap check (ACT a1b64e, 80af7b): which elements are focusable
// and where focus is after each real key press. Evaluated once per page; defines
// window.__broadsheetKeys. The key presses themselves come from Playwright.
(() => {
  if (window.__broadsheetKeys) return;
  const { elements, selector, describe } = window.__broadsheetDom;
  let targets = [];

  // ACT focusable: in the sequential focus order, or with a tabindex value that is not null
  // (the attribute parsed as HTML's rules for parsing integers parse it), and rendered.
  const INTEGER = /^[\t\n\f\r ]*[-+]?[0-9]/;
  function focusableByTabindex(el) {
    const value = el.getAttribute('tabindex');
    if (value === null || !INTEGER.test(value)) return false;
    if (el.disabled || el.closest('[inert]') || !el.checkVisibility()) return false;
    return getComputedStyle(el).visibility === 'visible';
  }

  // ---- waiting for the page's answer to a key press, not for a fixed time ----
  // The timers (setTimeout of at most REACTION_MS) and animation frames the page starts while
  // it handles a key press or a script's focus, and those these start in turn (GENERATIONS
  // deep), are its answer: settle() waits until they have run, however long a loaded
  // machine takes to run them, up to a ceiling in milliseconds that is only a safety net.
  // Between calls the page is ``armed``: the next key press comes then. A page with none of
  // these settles after one task, where a fixed wait slept every time.
  const REACTION_MS = 250, GENERATIONS = 2;
  const pageTimeout = window.setTimeout.bind(window), pageClear = window.clearTimeout.bind(window);
  const pageFrame = window.requestAnimationFrame.bind(window);
  const pageCancelFrame = window.cancelAnimationFrame.bind(window);
  const pending = new Set();
  let armed = false, generation = 0;
  // ``schedule(callback)`` traced: the callback counts as pending until it has run.
  function traced(schedule, fn, kind) {
    const gen = armed ? 1 : generation ? generation + 1 : 0;
    if (!gen || gen > GENERATIONS || typeof fn !== 'function') return schedule(fn);
    let id = null;
    const key = {};
    id = schedule((...args) => {
      pending.delete(key);
      const outer = generation;
      generation = gen;
      try { return fn.apply(window, args); } finally { generation = outer; }
    });
    key.kind = kind;
    key.id = id;
    pending.add(key);
    return id;
  }
  const untrace = (kind, id) => {
    for (const key of pending) if (key.kind === kind && key.id === id) pending.delete(key);
  };
  window.setTimeout = function setTimeout(fn, delay = 0, ...args) {
    if ((Number(delay) || 0) > REACTION_MS) return pageTimeout(fn, delay, ...args);
    return traced((cb) => pageTimeout(cb, delay, ...args), fn, 'timer');
  };
  window.clearTimeout = function clearTimeout(id) { untrace('timer', id); return pageClear(id); };
  window.requestAnimationFrame = function requestAnimationFrame(fn) {
    return traced((cb) => pageFrame(cb), fn, 'frame');
  };
  window.cancelAnimationFrame = function cancelAnimationFrame(id) {
    untrace('frame', id);
    return pageCancelFrame(id);
  };
  const task = () => new Promise((resolve) => pageTimeout(resolve, 0));
  // Wait until the page's answer to what happened since it was armed has run (at least one
  // task), or ``ceilingMs`` passed; then it is no longer armed. How many of its timers and
  // frames had still not run (with ``ceilingMs`` 0: those a fast read did not wait for).
  async function settle(ceilingMs) {
    armed = false;
    const deadline = performance.now() + ceilingMs;
    await task();
    while (pending.size && performance.now() < deadline) {
      await new Promise((resolve) => pageTimeout(resolve, 2));
    }
    return pending.size;
  }

  // Tab may move inside the element without a focus event in this document: through the
  // browser's own controls of an audio or video, or the document of a frame or plug-in.
  function ownStops(el) {
    if (!el) return false;
    const name = el.localName;
    if (name === 'audio' || name === 'video') return el.controls;
    return name === 'iframe' || name === 'frame' || name === 'object' || name === 'embed';
  }

  // The elements focus moved to since the last ``where`` (the first tells a browser's wrap
  // from a script's move), and the element a wrap reached.
  let moves = [];
  // The same moves for ``movesSince``, with LEFT where the window lost focus (focus went to
  // the browser UI): a batch of presses that went out and back in from the top shows where.
  const LEFT = -2;
  let trail = [];
  let wrapTo = null;
  let order = [];
  let numbers = new Map();

  // Every focusable element, numbered; [{target, html}] in tree order.
  function init() {
    const tabbables = window.__broadsheet.tabbables();
    const tabbable = new Set(tabbables);
    targets = [];
    for (const el of elements(document)) {
      if (tabbable.has(el) || focusableByTabindex(el)) targets.push(el);
    }
    numbers = new Map(targets.map((el, i) => [el, i]));
    // the sequential focus order: positive tabindex values first, in order, then the rest
    const rank = (el) => (el.tabIndex > 0 ? el.tabIndex : Number.MAX_SAFE_INTEGER);
    order = tabbables.map((el, i) => [el, i]).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1])
      .map(([el]) => numbers.get(el));
    document.addEventListener('focusin', (event) => {
      moves.push(event.composedPath()[0]);
      trail.push(event.composedPath()[0]);
    }, true);
    window.addEventListener('blur', (event) => {
      // not when focus went into a frame (the document keeps focus then)
      if (event.target === window && !document.hasFocus()) trail.push(LEFT);
    }, true);
    return targets.map(describe);
  }

  // The element that has focus, through open shadow roots and same-origin frames.
  function deepActive() {
    let el = document.activeElement;
    for (;;) {
      if (el && el.shadowRoot && el.shadowRoot.activeElement) {
        el = el.shadowRoot.activeElement;
      } else if (el && (el.localName === 'iframe' || el.localName === 'frame')) {
        let inner = null;
        try { inner = el.contentDocument && el.contentDocument.activeElement; } catch (e) { inner = null; }
        if (!inner || inner === el.contentDocument.body) return { el, opaque: true };
        el = inner;
      } else {
        break;
      }
    }
    // a plug-in hides where focus is inside it
    return { el, opaque: !!el && (el.localName === 'object' || el.localName === 'embed') };
  }

  // Whether the focus moves since the last call are the browser's own wrap from the last
  // element of the focus order to the first (``forward``), or the reverse: Chromium may
  // pass through its UI straight back into the page. A script's move after it is no wrap,
  // even one that ends where the wrap did (scripts fighting over focus, each taking it back
  // when it leaves: ACT a1b64e).
  function wrapped(from, forward, el) {
    return moves.length === 1 && wrapBegan(from, forward) && el === moves[0];
  }
  // Whether the first focus move since the last call was the browser's wrap, whatever
  // moved focus after it.
  function wrapBegan(from, forward) {
    if (from === null || !order.length || !moves.length) return false;
    const [first, last] = forward ? [order[0], order[order.length - 1]]
      : [order[order.length - 1], order[0]];
    return from === last && moves[0] === targets[first];
  }

  // Where focus is once the page's scripts have answered (settle: ``settleMs`` its ceiling;
  // ``pending``: its timers and frames not run by then), after a key press
  // from target ``from`` (``forward``: Tab): out of the page (the browser UI: nothing
  // focused and the document without focus, or wrapped round by the browser), else the
  // element. With ``from`` null, whether focus stayed where the last wrap put it.
  async function where(settleMs, from = null, forward = true) {
    try {
      return await whereNow(settleMs, from, forward);
    } finally {
      armed = true;  // a key press comes next
    }
  }
  async function whereNow(settleMs, from, forward) {
    const unanswered = await settle(settleMs);
    const { el, opaque } = deepActive();
    let out = (!el || el === document.body || el === document.documentElement) &&
      !document.hasFocus();
    // focus left the page on this press, whatever a script did after (80af7b)
    const reached = from !== null && (trail.includes(LEFT) || wrapBegan(from, forward));
    let wrap = false;
    if (!out && from !== null) {
      wrapTo = wrapped(from, forward, el) ? el : null;
      out = wrap = wrapTo !== null;
    } else if (!out) {
      out = wrapTo !== null && !moves.length && el === wrapTo;
    }
    // how many times focus moved since the last call: one per key press that moves it,
    // unless a script moved it too
    const moved = moves.length;
    moves = [];
    trail = [];
    const index = el && numbers.has(el) ? numbers.get(el) : -1;
    let key = 'out';
    if (!out) key = index >= 0 ? String(index) : (el ? selector(el) : 'none');
    const media = !out && ownStops(el);
    return { out, wrap, reached, moved, index, key, opaque: !out && opaque, media,
      pending: unanswered };
  }

  // Focus target ``index`` as a script would: 'kept' when it still has focus once the
  // page answered (``settleMs`` the ceiling) (ACT: an element that loses focus by itself
  // within a second is not focusable), 'lost' when not, 'late' when the page had not
  // answered by the ceiling, 'outside' when the browser UI has focus (keys would go there).
  async function focusTarget(index, settleMs) {
    const el = targets[index];
    if (!el || !el.isConnected) return 'lost';
    // a selection (an arrow key may move a caret) would be Tab's starting point instead
    getSelection().removeAllRanges();
    wrapTo = null;
    armed = true;  // what the page's focus and blur handlers start is their answer
    el.focus({ preventScroll: true });
    const state = await where(settleMs);
    moves = [];
    if (!document.hasFocus()) return 'outside';
    if (state.pending) return 'late';
    return state.index === index ? 'kept' : 'lost';
  }

  // ACT ebe86a's first expectation, the part a machine can see: is there anything that
  // could be help on how to leave a trap? Asked with the trapped element ``index`` focused
  // (help a focus handler shows counts). Help may be visible text or a picture outside the
  // page's focusable elements, a description or title anywhere (help reached from within the
  // trap), a frame or plug-in (unseen content), or a focusable element's own words when they
  // name a key, or in a page not in English (whose key names this list lacks). ``may``
  // false only when the page has none of these: then no help can say how to leave.
  // ``text``: the words that could be help (visible text, descriptions, titles), in which
  // the caller looks for the keys they name.
  const KEY_WORDS = /\b(esc|escape|tab|ctrl|control|alt|shift|enter|return|arrow|keys?|press|f\d{1,2})\b/i;
  const PICTURES = new Set(['img', 'svg', 'canvas', 'picture', 'object', 'embed', 'video',
    'iframe', 'frame', 'input']);
  async function help(index) {
    const el = targets[index];
    if (el && el.isConnected) {
      armed = true;
      el.focus({ preventScroll: true });
      await settle(REACTION_MS * 4);
    }
    const lang = (document.documentElement.getAttribute('lang') || '').trim().toLowerCase();
    const english = lang === '' || lang === 'en' || lang.startsWith('en-');
    // (up its ancestors against the set of targets: not every target asked of every node)
    const owners = new Set(targets);
    const inTarget = (node) => {
      for (let el = node.nodeType === 1 ? node : node.parentElement; el; el = el.parentElement) {
        if (owners.has(el)) return true;
      }
      return false;
    };
    let may = false;
    const words = [];
    for (const node of elements(document)) {
      for (const name of ['aria-description', 'title']) {
        if (node.hasAttribute(name) && node.localName !== 'html') {
          may = true;
          words.push(node.getAttribute(name));
        }
      }
      if (node.hasAttribute('aria-describedby') || node.hasAttribute('aria-details')) may = true;
      if (PICTURES.has(node.localName) && !(node.localName === 'input' && node.type !== 'image')
          && node.checkVisibility() && !inTarget(node)) may = true;
    }
    const walker = document.createTreeWalker(document.body || document.documentElement,
      NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!text.data.trim() || !parent || ['script', 'style', 'template', 'noscript']
        .includes(parent.localName)) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      const box = range.getBoundingClientRect();
      if (box.width <= 0 || box.height <= 0) continue;
      if (!inTarget(text) || !english || KEY_WORDS.test(text.data)) {
        may = true;
        words.push(text.data);
      }
    }
    return { may, text: words.join(' ').replace(/\s+/g, ' ').slice(0, 20000) };
  }

  // Whether activating the element with Enter could leave the page (a link, a submit).
  function enterLeaves(index) {
    const el = targets[index];
    if (!el) return true;
    if (el.closest('a[href], area[href]')) return true;
    return !!el.closest('form');
  }

  // The sequential focus order (target numbers), and the elements focus moved to since the
  // last call (-1: not a target; LEFT, -2: the window lost focus), clearing them: a walk
  // pressing Tab without reading focus after each press checks its path at once.
  function tabOrder() {
    const media = order.filter((i) => ownStops(targets[i])).length;
    return { order, media };
  }
  function movesSince() {
    const found = trail.map((el) => (el === LEFT ? LEFT : numbers.has(el) ? numbers.get(el) : -1));
    moves = [];
    trail = [];
    return found;
  }

  // Sequential focus navigation from the top of the document, as after a fresh load: a
  // focused placeholder first in the body, removed once Tab has left it.
  function fromTop() {
    getSelection().removeAllRanges();
    wrapTo = null;
    window.__broadsheet.resetFocus();
    armed = true;
  }
  function dropStart() {
    document.querySelectorAll('[data-broadsheet-start]').forEach((n) => n.remove());
  }

  window.__broadsheetKeys = { init, where, focusTarget, enterLeaves, fromTop, dropStart,
    tabOrder, movesSince, help };
})();
