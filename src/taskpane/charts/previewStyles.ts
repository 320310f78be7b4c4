/**
 * The previews' colours: Fluent theme tokens, each at 4.5:1 or more against the pane's background
 * in the light and the dark theme (brand 5.4/5.2, light teal 6.7/10.7, dark orange 5.4/5.5,
 * neutral foreground 15.5/14.6; WCAG 1.4.11 asks 3:1 for parts of a graphic). In forced colours
 * (Windows high contrast) they take the system's colours, which the browser would otherwise
 * leave as they are on an SVG.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePreviewStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  svg: {
    display: "block",
    width: "100%",
    height: "auto",
    maxWidth: "360px",
    "@media (forced-colors: active)": { forcedColorAdjust: "none" },
  },
  axis: {
    stroke: tokens.colorNeutralStrokeAccessible,
    "@media (forced-colors: active)": { stroke: "CanvasText" },
  },
  label: {
    fill: tokens.colorNeutralForeground3,
    fontSize: "9px",
    fontFamily: tokens.fontFamilyBase,
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
  reported: {
    fill: tokens.colorBrandForeground1,
    "@media (forced-colors: active)": { fill: "Highlight" },
  },
  kz: {
    fill: tokens.colorPaletteLightTealForeground2,
    "@media (forced-colors: active)": { fill: "LinkText" },
  },
  uz: {
    fill: tokens.colorPaletteDarkOrangeForeground1,
    "@media (forced-colors: active)": { fill: "GrayText" },
  },
  path: {
    fill: "none",
    stroke: tokens.colorNeutralForeground1,
    strokeWidth: 1.5,
    strokeDasharray: "4 3",
    "@media (forced-colors: active)": { stroke: "CanvasText" },
  },
  goal: {
    fill: tokens.colorNeutralForeground1,
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: `0 ${tokens.spacingHorizontalM}`,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { flexShrink: 0 },
});
