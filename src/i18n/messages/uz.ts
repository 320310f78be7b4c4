/** Uzbek (Latin). Loaded on demand (its own chunk), only when Uzbek is the active language. */
import type { Messages } from "../translator";

const uz: Messages = {
  "language.label": "Til",
  "language.followOffice": "Officedagidek ({language})",
  "projects.count": "{count, plural, one {# ta qoʻshma loyiha} other {# ta qoʻshma loyiha}}",
  "value.notDisclosed": "oshkor qilinmagan",
};

export default uz;
