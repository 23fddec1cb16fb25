"""When a fixture's gallery page has sized its live page: the script sets the stage's
height (the tests wait for it in one place, so a layout that sizes it otherwise changes one
line)."""

STAGE_SIZED = "document.querySelector('.frame-stage').style.blockSize !== ''"
