/** The dataset's text in the reader's language, English where the dataset has none. */
import { localName, placeName } from "../../src/data/localName";

test("a name in the reader's language where the dataset has it, else English", () => {
  const name = { en: "Joint statement", fr: "Déclaration conjointe", ru: "Совместное заявление" };
  expect(localName(name, "ru")).toBe("Совместное заявление");
  expect(localName(name, "fr")).toBe("Déclaration conjointe");
  expect(localName(name, "kk")).toBe("Joint statement");
  expect(localName(name, "en")).toBe("Joint statement");
  expect(localName({ en: "Tashkent", uz: "  " }, "uz")).toBe("Tashkent");
  expect(localName("Kazakhstan", "ru")).toBe("Kazakhstan");
});

test("a place's name in the reader's language, English without a localized name", () => {
  const kashkadarya = {
    name: "Kashkadarya region",
    localizedName: { en: "Kashkadarya region", uz: "Qashqadaryo viloyati" },
  };
  expect(placeName(kashkadarya, "uz")).toBe("Qashqadaryo viloyati");
  expect(placeName(kashkadarya, "fr")).toBe("Kashkadarya region");
  expect(placeName({ name: "Tashkent" }, "ru")).toBe("Tashkent");
});
