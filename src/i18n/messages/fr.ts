/** French. Loaded on demand (its own chunk), only when French is the active language. */
import type { Messages } from "../translator";

const fr: Messages = {
  "language.label": "Langue",
  "language.followOffice": "Comme dans Office ({language})",
  "projects.count":
    "{count, plural, one {# projet commun} many {# de projets communs} other {# projets communs}}",
  "value.notDisclosed": "non communiqué",
};

export default fr;
