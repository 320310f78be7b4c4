import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { useT } from "./i18n";

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Starts the pane again; reloads the page in the add-in. */
  reload?: () => void;
}

interface ErrorBoundaryState {
  error?: Error;
}

function reloadPage(): void {
  window.location.reload();
}

/**
 * Catches an error thrown while the pane renders, so the user sees what happened and a way to
 * start again instead of a blank pane (React unmounts the whole tree on an uncaught error).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = {};

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    globalThis.console?.error("KZUZ: the pane failed", error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <Failure error={error} reload={this.props.reload ?? reloadPage} />;
  }
}

/** What the boundary shows, in the reader's language (a class component cannot use the hook). */
function Failure({ error, reload }: { error: Error; reload: () => void }) {
  const t = useT();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.t("shell.error.title")}</MessageBarTitle>
        {t.t("shell.error.body", { details: error.message || error.name })}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={reload}>
          {t.t("shell.error.reload")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
