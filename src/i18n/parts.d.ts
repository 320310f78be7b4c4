/**
 * A catalogue's part (src/i18n/translator.ts): `messages/<lang>/index?part=start` the first
 * screen's messages, `?part=rest` the others. webpack compiles the part (scripts/lib/catalogue.js);
 * Jest maps both to the whole catalogue (jest.config.js).
 */
declare module "*?part=start" {
  const messages: Readonly<Record<string, unknown>>;
  export default messages;
}
declare module "*?part=rest" {
  const messages: Readonly<Record<string, unknown>>;
  export default messages;
}
