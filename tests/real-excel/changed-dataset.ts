/**
 * The dataset the refresh scenarios load: the published dataset with known changes, served by the
 * test build beside it. It only rearranges the published records (one project removed, one copied
 * under a new id, one status edited, one trade observation copied under a new id); its version is
 * 0.0.0 and the added project's name says it is test data, and it is served to the test add-in only.
 */
import type { Dataset } from "./addin";

/** Where the test build serves it, relative to the add-in's address. */
export const CHANGED_DATASET_PATH = "assets/data/kzuz-excel-test-changed.json";

/** What differs from the published dataset. */
export const CHANGES = {
  removedProject: "astana-residential-quarter",
  addedProject: "excel-test-added-project",
  copiedProject: "hotel-tashkent-astana",
  editedProject: "tashkent-logistics-centre",
  editedStatus: "Status edited by the real-Excel tests",
  addedTrade: "trade-excel-test-added",
  version: "0.0.0",
  addedName: {
    en: "Project added by the real-Excel tests",
    fr: "Projet ajouté par les tests dans Excel",
  },
} as const;

function find<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((item) => item.id === id);
  if (!found)
    throw new Error(`The published dataset has no record "${id}" for the real-Excel tests.`);
  return found;
}

/** The published dataset with CHANGES applied; `published` itself is not modified. */
export function changedDataset(published: Dataset): Dataset {
  const data = structuredClone(published);
  find(data.projects, CHANGES.removedProject);
  const copied = find(data.projects, CHANGES.copiedProject);
  data.projects = data.projects
    .filter((p) => p.id !== CHANGES.removedProject)
    .map((p) => (p.id === CHANGES.editedProject ? { ...p, status: CHANGES.editedStatus } : p));
  const added = {
    ...structuredClone(copied),
    id: CHANGES.addedProject,
    name: { ...CHANGES.addedName },
    aliases: [],
  };
  // The copy's own translations are of names it no longer has.
  delete added.ourTranslations;
  data.projects.push(added);
  const observations = data.trade.observations;
  const plain = observations.find((o) => o.headline !== true);
  if (!plain) throw new Error("The published dataset has no trade observation to copy.");
  observations.push({ ...structuredClone(plain), id: CHANGES.addedTrade });
  return { ...data, version: CHANGES.version };
}
