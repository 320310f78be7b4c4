/** Kazakh (Cyrillic). Loaded on demand (its own chunk), only when Kazakh is the active language. */
import type { Messages } from "../translator";

const kk: Messages = {
  "language.label": "Тіл",
  "language.followOffice": "Office-тегідей ({language})",
  "projects.count": "{count, plural, one {# бірлескен жоба} other {# бірлескен жоба}}",
  "value.notDisclosed": "жария етілмеген",
};

export default kk;
