/**
 * The help page in a language: help.html in English, help.<lang>.html in the others (copied from
 * src/taskpane/), each with the same sections and anchors (#functions, #get-it, ...).
 */
import type { Lang } from "./locales";

export function helpHref(lang: Lang, anchor = ""): string {
  const page = lang === "en" ? "help.html" : `help.${lang}.html`;
  return anchor ? `${page}#${anchor.replace(/^#/, "")}` : page;
}
