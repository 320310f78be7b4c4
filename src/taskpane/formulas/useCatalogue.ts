import { useEffect, useState } from "react";
import type { FunctionInfo } from "../../formulas/catalogue";
import type { Message } from "../../i18n/message";
import { useT } from "../i18n";
import { loadCatalogue } from "./catalogueLoader";

type CatalogueState =
  | { kind: "loading" }
  | { kind: "ready"; functions: readonly FunctionInfo[] }
  | { kind: "failed"; message: string };

type Loaded =
  | { kind: "loading" }
  | { kind: "ready"; functions: readonly FunctionInfo[] }
  | { kind: "failed"; error: Message };

/**
 * The KZUZ functions, with their descriptions in the pane's language, from the metadata beside
 * the page at `baseUrl`. When the language changes, the list already shown stays until the new
 * language's arrives, so what the user typed in the builder is not lost.
 */
export function useCatalogue(baseUrl: string): CatalogueState {
  const t = useT();
  const [state, setState] = useState<Loaded>({ kind: "loading" });
  useEffect(() => {
    let live = true;
    void loadCatalogue(baseUrl, t.lang).then((result) => {
      if (!live) return;
      setState(
        result.ok
          ? { kind: "ready", functions: result.value }
          : { kind: "failed", error: result.error }
      );
    });
    return () => {
      live = false;
    };
  }, [baseUrl, t.lang]);
  return state.kind === "failed" ? { kind: "failed", message: t.text(state.error) } : state;
}
