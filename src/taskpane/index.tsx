import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";

// App has its own boundary inside its theme; this one catches a failure of App's frame itself.
const container = document.getElementById("root");
if (container)
  createRoot(container).render(
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  );
