"""When a fixture's gallery page has sized its live page: on a phone or a short window the
script sets the stage's height; in the fixed workspace (round 46: a window 64rem wide and
37.5rem tall or more) the workspace's grid sizes it and the bar between the live page and
the checks is shown."""

STAGE_SIZED = """(() => {
  const split = document.getElementById('workspace-split');
  return document.querySelector('.frame-stage').style.blockSize !== ''
    || (split !== null && !split.hidden); })()"""
