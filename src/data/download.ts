/**
 * The dataset download and validator (./load, ./validate and zod) as a chunk of their own, loaded
 * only when a dataset is refreshed or restored from storage, never at start-up.
 */
type Downloader = typeof import("./load") & typeof import("./validate");

/** Loads the download and validation code (once; later calls reuse it). */
export async function loadDownloader(): Promise<Downloader> {
  const [load, validate] = await Promise.all([
    import(/* webpackChunkName: "download" */ "./load"),
    import(/* webpackChunkName: "download" */ "./validate"),
  ]);
  return { ...load, ...validate };
}
