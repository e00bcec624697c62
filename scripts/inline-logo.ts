/**
 * The static frame's logo as inline SVG (index.html, vite.config.ts). An `<img>` of an SVG file
 * makes Chromium build a separate SVG document for it on the page's main thread (8–11 ms under
 * ×4 CPU throttling in a traced returning visit), and that task could land before the frame's
 * first paint; inline SVG is plain DOM, drawn with the frame. The markup comes from our own
 * public/favicon.svg, checked here to hold shapes only (no script, event handler, link, style
 * or foreign content), so the page gains nothing a Content-Security-Policy would have to allow.
 */
const SHAPES_ONLY =
  /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>(\s*<(rect|circle|path)\b[^<>]*\/>)*\s*<\/svg>\s*$/
const FORBIDDEN = /\son[a-z]+\s*=|href|style|<script|<foreignObject|javascript:/i

/** Replaces the one `<img src="./favicon.svg" …>` of `html` with the SVG inline, keeping its class. */
export function inlineLogo(html: string, svg: string): string {
  if (!SHAPES_ONLY.test(svg) || FORBIDDEN.test(svg))
    throw new Error('inline-logo: favicon.svg holds more than <rect>, <circle> and <path> shapes')
  const img = /<img src="\.\/favicon\.svg" alt="" class="([^"]+)" \/>/g
  const found = [...html.matchAll(img)]
  if (found.length !== 1)
    throw new Error(
      `inline-logo: expected one <img src="./favicon.svg"> in index.html, found ${found.length}`,
    )
  return html.replace(img, (_m, cls: string) =>
    svg
      .trim()
      .replace(/^<svg /, `<svg class="${cls}" aria-hidden="true" focusable="false" `)
      .replace(/>\s+</g, '><'),
  )
}
