/** Russian. Loaded on demand (its own chunk), only when Russian is the active language. */
import type { Messages } from "../translator";

const ru: Messages = {
  "language.label": "Язык",
  "language.followOffice": "Как в Office ({language})",
  "projects.count":
    "{count, plural, one {# совместный проект} few {# совместных проекта} many {# совместных проектов} other {# совместного проекта}}",
  "value.notDisclosed": "не раскрыто",
};

export default ru;
