import { setActiveLang, activeTranslator } from "../../src/i18n/active";
import { percent1 } from "../../src/taskpane/figures";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

afterEach(async () => {
  await setActiveLang("en");
});

test("English sums read as they always did: billions and millions in words, never rounded into another claim", () => {
  const t = activeTranslator();
  expect(t.usd(4.97e9)).toBe("$4.97 billion");
  expect(t.usd(10e9)).toBe("$10 billion");
  expect(t.usd(4.974e9)).toBe("$4.974 billion");
  expect(t.usd(355.41e6)).toBe("$355.41 million");
  expect(t.usd(84e6)).toBe("$84 million");
  expect(t.usd(12_500)).toBe("$12,500");
  expect(t.usd(-4e9)).toBe("-$4 billion");
  expect(percent1(t, 0.15)).toBe("15.0%");
  expect(percent1(t, 4 / 4.4 - 1)).toBe("-9.1%");
});

test("Russian and French write the unit after the number, with their own separators", async () => {
  const ru = await setActiveLang("ru");
  expect(ru.usd(4.97e9)).toBe(`4,97${NBSP}млрд${NBSP}долл.${NBSP}США`);
  expect(ru.usd(355.41e6)).toBe(`355,41${NBSP}млн${NBSP}долл.${NBSP}США`);
  expect(ru.usd(12_500)).toBe(`12${NBSP}500${NBSP}$`);
  expect(percent1(ru, 0.497)).toBe(`49,7${NBSP}%`);
  const fr = await setActiveLang("fr");
  expect(fr.usd(4.97e9)).toBe(`4,97${NBSP}milliards de dollars`);
  expect(fr.usd(84e6)).toBe(`84${NBSP}millions de dollars`);
  expect(percent1(fr, 0.15)).toBe(`15,0${NBSP}%`);
  expect(fr.usd(12_500)).toBe(`12${NNBSP}500${NBSP}$US`);
  const uz = await setActiveLang("uz");
  expect(uz.usd(10e9)).toBe(`10${NBSP}mlrd${NBSP}AQSH dollari`);
});
