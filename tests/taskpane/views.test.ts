/**
 * The view fetched while Office is asked where the page runs: Office opens an add-in's page with
 * _host_Info in its address (office.js reads the host from it: "Excel$Mac$16.00$en-US$$$$0",
 * ../shared/research/officejs-host-bridge.md); a plain browser's address has none.
 */
import { likelyView } from "../../src/taskpane/views";

test("an address Office opened for Excel is the Excel pane; any other is the preview", () => {
  expect(likelyView("?_host_Info=Excel$Mac$16.00$en-US$$$$0")).toBe("excel");
  expect(likelyView("?et=&_host_Info=Excel$Win32$16.01$en-US$telemetry$isDialog$$0")).toBe("excel");
  expect(likelyView("?_host_Info=Word$Win32$16.01$en-US$$$$0")).toBe("outside");
  expect(likelyView("")).toBe("outside");
  expect(likelyView("?q=_host_Info=Excel")).toBe("outside");
});
