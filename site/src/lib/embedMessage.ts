/**
 * The embeds' height message, shared by the sender (site/src/scripts/embedHeight.ts, in the embed) and the resizer
 * of the snippet (components/EmbedSnippet.astro, in the page that frames it): `{type, height}` posted to the parent.
 */
export const EMBED_HEIGHT_MESSAGE = "btk:embed-height";

/** Heights a resizer accepts, pixels: a message outside them is ignored rather than collapsing or stretching the frame. */
export const EMBED_HEIGHT_RANGE = {min: 80, max: 4000} as const;

/**
 * The snippet's resizer: a classic inline script for the framing page (any browser, no module, no dependency). It
 * listens for the height message and applies it to the iframe that sent it, only when the message comes from
 * `origin` (the site's) and the height is a number in range.
 */
export function resizerScript(origin: string): string {
  const {min, max} = EMBED_HEIGHT_RANGE;
  return (
    `<script>addEventListener("message",function(e){var d=e.data,f,i;` +
    `if(e.origin!==${JSON.stringify(origin)}||!d||d.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)}` +
    `||!(d.height>=${min}&&d.height<=${max}))return;` +
    `f=document.getElementsByTagName("iframe");for(i=0;i<f.length;i++)` +
    `if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+"px"})</script>`
  );
}
