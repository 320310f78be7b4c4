/** Types of localized-functions-plugin.js, for the tests and tooling. */
import type { Compiler } from "webpack";

export interface CatalogueEntry {
  description: string;
  parameters: Record<string, string>;
}
export type Catalogue = Record<string, CatalogueEntry>;
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters?: { name: string; description?: string; [key: string]: unknown }[];
  [key: string]: unknown;
}
export interface Metadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}
export interface LocaleInfo {
  lang: string;
  office: string;
  name: string;
}

export declare const LOCALES: LocaleInfo[];
export declare const TRANSLATED: LocaleInfo[];
export declare function metadataFile(office: string): string;
export declare const MAX_DESCRIPTION: number;
export declare function metadataProblems(metadata: Metadata): string[];
export declare function catalogueProblems(
  metadata: Metadata,
  catalogue: Catalogue,
  lang: string
): string[];
export declare function localizeMetadata(metadata: Metadata, catalogue: Catalogue): Metadata;
export declare function helpPage(lang: string): string;
export declare function localizeHelpUrls(metadata: Metadata, lang: string): Metadata;
export declare function readCatalogue(dir: string, lang: string): Catalogue;
export declare class LocalizedFunctionsPlugin {
  constructor(catalogueDir: string, options?: { helpDir?: string });
  apply(compiler: Compiler): void;
}
