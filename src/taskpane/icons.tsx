/**
 * The pane's few glyphs, drawn inline (Fluent's icon package would add to the start bundle for
 * a handful of shapes). Each is decoration: the control it sits in carries the words, for
 * screen readers and on hover. They draw in currentColor, so they follow the theme and Windows'
 * high-contrast colours.
 */
import type { ReactNode } from "react";

function Glyph({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      aria-hidden
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.3"
      strokeLinecap="round"
      strokeLinejoin="round"
      style={{ flexShrink: 0 }}
    >
      {children}
    </svg>
  );
}

/** A table: the Data tab. */
export const TableIcon = () => (
  <Glyph>
    <rect x="2" y="2.5" width="12" height="11" rx="1" />
    <path d="M2 6h12M2 9.5h12M6.5 6v7.5" />
  </Glyph>
);

/** fx: the Formulas tab. */
export const FormulaIcon = () => (
  <Glyph>
    <path d="M7 2.5c-1.6 0-2 1-2.2 2.4L3.6 13.5" />
    <path d="M3 6.5h4" />
    <path d="M9 7l4 5M13 7l-4 5" />
  </Glyph>
);

/** Bars: the Charts tab. */
export const ChartIcon = () => (
  <Glyph>
    <path d="M2 13.5h12" />
    <rect x="3" y="8" width="2.4" height="5.5" />
    <rect x="6.8" y="4" width="2.4" height="9.5" />
    <rect x="10.6" y="6.5" width="2.4" height="7" />
  </Glyph>
);

/** A magnifier over a line: the Explain tab. */
export const ExplainIcon = () => (
  <Glyph>
    <circle cx="6.8" cy="6.8" r="4.3" />
    <path d="M10 10l4 4M5 6h3.6M5 8h2.4" />
  </Glyph>
);

/** An "i" in a circle: the About tab. */
export const InfoIcon = () => (
  <Glyph>
    <circle cx="8" cy="8" r="6.4" />
    <path d="M8 7.2v4.2" />
    <circle cx="8" cy="4.9" r="0.5" fill="currentColor" />
  </Glyph>
);

/** A question mark in a circle: the help button that brings back "Getting started". */
export const HelpIcon = () => (
  <Glyph>
    <circle cx="8" cy="8" r="6.4" />
    <path d="M6.2 6.2a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.6" />
    <circle cx="8" cy="11.6" r="0.5" fill="currentColor" />
  </Glyph>
);

/** A globe, the sign for "language" that needs no reading. */
export const GlobeIcon = () => (
  <Glyph>
    <circle cx="8" cy="8" r="6.4" />
    <ellipse cx="8" cy="8" rx="2.8" ry="6.4" />
    <path d="M1.6 8h12.8M2.6 4.8h10.8M2.6 11.2h10.8" />
  </Glyph>
);
