/**
 * An embed tells the page framing it how tall its content is, so that the snippet's resizer
 * (components/EmbedSnippet.astro) fits the iframe to the figure: once drawn, then whenever the height changes (the
 * frame's width picks the wide or the narrow drawing, the fonts arrive, the title wraps). The message is a number
 * sent to whichever page frames the embed (it is no secret); the receiver checks that it comes from this site's
 * origin and from one of its own iframes.
 */
import {EMBED_HEIGHT_MESSAGE} from "../lib/embedMessage.js";

// Only an embed reports its height: a site page that something frames has no resizer to talk to.
if (window.parent !== window && document.body.classList.contains("embed")) {
  let last = 0;
  const post = (): void => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({type: EMBED_HEIGHT_MESSAGE, height}, "*");
  };
  new ResizeObserver(post).observe(document.body);
}
