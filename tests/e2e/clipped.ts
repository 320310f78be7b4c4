import type { Page } from "playwright-core";

/** Elements whose text is cut off: wider than their box where overflow hides it, or past the pane's edge. */
export function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      if (!el.offsetParent && getComputedStyle(el).position !== "fixed") continue;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      const text = (el.textContent ?? "").trim().slice(0, 40);
      if (rect.width > 0 && rect.right > window.innerWidth + 0.5)
        out.push(`${el.tagName} past the edge: ${text}`);
      const hides = /hidden|clip/.test(style.overflowX) || style.textOverflow === "ellipsis";
      // A 1 px box is the screen-reader-only announcer, hidden on purpose.
      if (hides && el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1 && text)
        out.push(`${el.tagName} cut off: ${text}`);
    }
    return out;
  });
}
