/**
 * The test page's script (test-taskpane.html, loaded after functions.js in the shared runtime).
 * Inside Excel, once the test server answers, it runs the scenarios and posts every result to
 * office-addin-test-server with office-addin-test-helpers, as Microsoft's add-in templates do.
 */
import { pingTestServer, sendTestResults } from "office-addin-test-helpers";
import { documentSettings, sharedStore, type Workbench } from "./addin";
import {
  addTestResult,
  fitForTestServer,
  type ResultsMessage,
  type ScenarioResult,
} from "./results";
import { runScenarios } from "./scenarios";

const TEST_SERVER_PORT = 4201;

function show(status: string, results: ScenarioResult[] = []): void {
  const p = document.getElementById("status");
  if (p) p.textContent = status;
  const list = document.getElementById("results");
  if (!list) return;
  list.replaceChildren(
    ...results.map((r) => {
      const li = document.createElement("li");
      li.className = r.pass ? "pass" : "fail";
      li.textContent = `${r.pass ? "PASS" : "FAIL"} ${r.name}${r.pass ? "" : `: expected ${r.expected}, actual ${r.actual}`}`;
      return li;
    })
  );
}

async function testServerAnswers(): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      if ((await pingTestServer(TEST_SERVER_PORT)).status === 200) return true;
    } catch {
      // Not up yet, or the certificate is not trusted: try again, then say so.
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

async function main(info: { host: Office.HostType | null }): Promise<void> {
  if (info.host !== Office.HostType.Excel) {
    show("This page runs only inside Excel (npm run test:excel).");
    return;
  }
  if (!(await testServerAnswers())) {
    show(
      `The test server at https://localhost:${TEST_SERVER_PORT} does not answer: run npm run test:excel.`
    );
    return;
  }
  show("Running the scenarios…");
  let results: ScenarioResult[] = [];
  const store = sharedStore();
  if (!store) {
    addTestResult(
      results,
      "setup: the functions bundle installed the dataset store",
      "a store",
      "none",
      false
    );
  } else {
    const bench: Workbench = {
      store,
      run: (batch) => Excel.run(batch),
      settings: documentSettings(),
      baseUrl: document.baseURI,
    };
    results = await runScenarios(bench);
  }
  const failed = results.filter((r) => !r.pass).length;
  show(`${results.length - failed} passed, ${failed} failed. Sending the results…`, results);
  const message: ResultsMessage = {
    host: `Excel ${Office.context.diagnostics.platform} ${Office.context.diagnostics.version}`,
    results,
  };
  const sent = await sendTestResults(fitForTestServer(message), TEST_SERVER_PORT);
  show(
    `${results.length - failed} passed, ${failed} failed. ${sent ? "Results sent." : "The results could not be sent to the test server."}`,
    results
  );
}

Office.onReady((info) => {
  void main(info).catch(async (error: unknown) => {
    // Report the stop too, so the runner fails with the reason instead of waiting for a timeout.
    const results: ScenarioResult[] = [];
    addTestResult(
      results,
      "test page",
      "the scenarios run to the end",
      `stopped: ${error instanceof Error ? error.message : String(error)}`,
      false
    );
    show("The scenarios stopped.", results);
    await sendTestResults({ host: "Excel", results }, TEST_SERVER_PORT);
  });
});
