// Broadsheet's media script: the play button over a video's still. Shown only by this
// script (without it the still keeps the player's own controls alone), it starts the clip
// and then gets out of the way: hidden, focus on the player, whose controls take over.
// Until then the player's own controls are put away (round 49's review: the disc, the
// controls' own play button and the "Video" tag were three play marks on one still); they
// come back as soon as the clip plays, however it was started.
for (const button of document.querySelectorAll('.media__play')) {
  const video = button.parentElement.querySelector('video');
  if (!video) continue;
  const away = () => { button.hidden = true; video.controls = true; };
  button.addEventListener('click', () => {
    away();
    video.focus();
    const playing = video.play();
    if (playing) playing.catch(() => {});
  });
  video.addEventListener('play', away);
  video.controls = false;
  button.hidden = false;
}
