/**
 * English, the source catalogue and the fallback: bundled with the page, so a string missing in
 * another language shows in English, never as its key. Keys are the MessageKey type: a key no
 * catalogue has does not compile. Messages are ICU (src/i18n/message.ts).
 */
const en = {
  "language.label": "Language",
  "language.followOffice": "As in Office ({language})",
  "projects.count": "{count, plural, one {# joint project} other {# joint projects}}",
  "value.notDisclosed": "not disclosed",
};

export default en;
