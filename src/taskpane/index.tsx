import { createRoot } from "react-dom/client";
import { setActiveLang } from "../i18n/active";
import { detectLang } from "../i18n/detect";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";

// The active language's catalogue (a small chunk) first, so the first screen is already in the
// user's language; English needs nothing and never fails (a dropped chunk leaves English).
const container = document.getElementById("root");
if (container)
  void setActiveLang(detectLang()).finally(() =>
    // App has its own boundary inside its theme; this one catches a failure of App's frame itself.
    createRoot(container).render(
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    )
  );
