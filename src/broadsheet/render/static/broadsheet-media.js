// Broadsheet's media script: the play button over a video's still. Shown only by this
// script (without it the still keeps the player's own controls alone), it starts the clip
// and then gets out of the way: hidden, focus on the player, whose controls take over.
for (const button of document.querySelectorAll('.media__play')) {
  const video = button.parentElement.querySelector('video');
  if (!video) continue;
  const away = () => { button.hidden = true; };
  button.addEventListener('click', () => {
    away();
    video.focus();
    const playing = video.play();
    if (playing) playing.catch(() => {});
  });
  video.addEventListener('play', away);
  button.hidden = false;
}
