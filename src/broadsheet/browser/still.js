// Holds the page's CSS animations and transitions still while Broadsheet compares screenshots
// (evaluated in the top document, with true to start, false to undo): what Playwright's
// screenshot option animations: "disabled" does around each of its shots, done once for a
// whole pass. Finite animations jump to their end, as do those that start later (a focus
// transition); infinite ones are cancelled and resume when undone. The text caret stops
// blinking (``caret-animation: manual``): a focused field shows it in every shot, where a
// blinking one was in a shot or not by the time the shot was taken.
// Frames are reached through the DOM from the top document, never evaluated in one by one: a
// frame with no document yet (a lazy iframe out of view) would never answer. Cross-origin
// frames cannot be reached; the pixel comparison tells a page that moves by itself.
(on) => {
  if (!on) {
    const undo = window.__broadsheetStill;
    delete window.__broadsheetStill;
    if (undo) undo();
    return null;
  }
  if (window.__broadsheetStill) return null;
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    const doc = roots[i].ownerDocument || roots[i];
    const walker = doc.createTreeWalker(roots[i], NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.shadowRoot) roots.push(node.shadowRoot);
      if (node.localName === 'iframe' || node.localName === 'frame') {
        let inner = null;
        try { inner = node.contentDocument; } catch (e) { /* cross-origin */ }
        if (inner && inner.documentElement) roots.push(inner);
      }
    }
  }
  const cancelled = new Set();
  const hold = (root) => {
    for (const animation of root.getAnimations()) {
      if (!animation.effect || animation.playbackRate === 0 || cancelled.has(animation)) continue;
      try {
        if (Number.isFinite(animation.effect.getComputedTiming().endTime)) {
          animation.finish();
        } else {
          animation.cancel();
          cancelled.add(animation);
        }
      } catch (e) {
        // an animation that cannot finish (no end) or is already gone: leave it
      }
    }
  };
  const steady = roots.map((root) => {
    const view = (root.ownerDocument || root).defaultView;
    if (!view || !('adoptedStyleSheets' in root)) return null;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync('* { caret-animation: manual !important }');
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return [root, sheet];
  }).filter(Boolean);
  const handlers = roots.map((root) => {
    const handler = () => hold(root);
    hold(root);
    root.addEventListener('transitionrun', handler);
    root.addEventListener('animationstart', handler);
    return [root, handler];
  });
  window.__broadsheetStill = () => {
    for (const [root, sheet] of steady) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    for (const [root, handler] of handlers) {
      root.removeEventListener('transitionrun', handler);
      root.removeEventListener('animationstart', handler);
    }
    for (const animation of cancelled) {
      try { animation.play(); } catch (e) { /* removed meanwhile */ }
    }
  };
  return null;
}
