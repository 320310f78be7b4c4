import { useEffect, useState } from "react";
import type { FunctionInfo } from "../../functions/catalogue";
import { loadCatalogue } from "./catalogueLoader";

export type CatalogueState =
  | { kind: "loading" }
  | { kind: "ready"; functions: readonly FunctionInfo[] }
  | { kind: "failed"; message: string };

/** The KZUZ functions, from functions.json beside the page at `baseUrl`. */
export function useCatalogue(baseUrl: string): CatalogueState {
  const [state, setState] = useState<CatalogueState>({ kind: "loading" });
  useEffect(() => {
    let live = true;
    void loadCatalogue(baseUrl).then((result) => {
      if (!live) return;
      setState(
        result.ok
          ? { kind: "ready", functions: result.value }
          : { kind: "failed", message: result.error.message }
      );
    });
    return () => {
      live = false;
    };
  }, [baseUrl]);
  return state;
}
