import { createRoot } from "react-dom/client";
import { whenSharedStore } from "../data/shared";
import { setActiveLang } from "../i18n/active";
import { detectLang } from "../i18n/detect";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";

// The active language's catalogue (a small chunk) and the dataset (fetched while the scripts
// loaded; the functions entry started it) first, so the first screen is complete and in the
// user's language; until then the page shows its boot markup. English needs nothing and never
// fails (a dropped chunk leaves English); a dataset that did not load is said by App.
const container = document.getElementById("root");
if (container)
  void Promise.all([setActiveLang(detectLang()), whenSharedStore()]).finally(() =>
    // App has its own boundary inside its theme; this one catches a failure of App's frame itself.
    createRoot(container).render(
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    )
  );
