// Privacy-friendly video: the player from the video host loads only after the visitor chooses to play.
export default function enhanceVideos(videos) {
  for (const video of videos) {
    const button = video.querySelector("[data-video-play]");
    const player = video.querySelector("[data-video-player]");
    if (!button || !player || !button.dataset.embedSrc) continue;
    button.hidden = false;
    button.addEventListener("click", () => {
      const frame = document.createElement("iframe");
      frame.className = "vp-video__frame";
      frame.src = button.dataset.embedSrc;
      frame.title = `Video: ${button.dataset.videoTitle}`;
      frame.allow = "autoplay; fullscreen; picture-in-picture";
      frame.setAttribute("allowfullscreen", "");
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      player.replaceChildren(frame);
      frame.focus();
    });
  }
}
