import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";

export interface ErrorBoundaryProps {
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
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Something went wrong in the KZUZ pane.</MessageBarTitle>
          Reload the pane to start it again; reloading does not change your workbook. If this
          happens again, close the pane and reopen it. (Details: {error.message || error.name})
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={this.props.reload ?? reloadPage}>
            Reload the pane
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
