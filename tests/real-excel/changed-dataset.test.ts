import raw from "../../assets/data/kzuz-dataset.json";
import { parseDataset } from "../../src/data/validate";
import { CHANGES, changedDataset } from "./changed-dataset";
import { english } from "../support/english";

describe("the changed dataset the refresh scenarios load", () => {
  const published = parseDataset(raw);
  if (!published.ok) throw new Error(english(published.error));
  const changed = changedDataset(published.value);

  it("passes the add-in's own validation, so a refresh in Excel accepts it", () => {
    const result = parseDataset(JSON.parse(JSON.stringify(changed)));
    expect(result.ok ? "valid" : english(result.error)).toBe("valid");
  });

  it("differs from the published dataset exactly by CHANGES", () => {
    const before = published.value.projects.map((p) => p.id);
    const after = changed.projects.map((p) => p.id);
    expect(after).toEqual([
      ...before.filter((id) => id !== CHANGES.removedProject),
      CHANGES.addedProject,
    ]);
    expect(changed.projects.find((p) => p.id === CHANGES.editedProject)?.status).toBe(
      CHANGES.editedStatus
    );
    const trade = changed.trade.observations.map((o) => o.id);
    expect(trade).toEqual([
      ...published.value.trade.observations.map((o) => o.id),
      CHANGES.addedTrade,
    ]);
    expect(changed.version).toBe(CHANGES.version);
    expect(changed.agreements).toEqual(published.value.agreements);
  });

  it("leaves the published dataset unchanged", () => {
    expect(published.value.projects.map((p) => p.id)).toContain(CHANGES.removedProject);
    expect(published.value.version).not.toBe(CHANGES.version);
  });
});
