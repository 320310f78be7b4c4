/**
 * Workbook.linkedEntityDataDomains (ExcelApi 1.19, not on the web) as Microsoft documents it:
 * "Create linked entity data types in Excel add-ins"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values)
 * and the reference pages of Excel.LinkedEntityDataDomainCollection, LinkedEntityDataDomain and
 * LinkedEntityDataDomainCreateOptions (https://learn.microsoft.com/javascript/api/excel/).
 *
 * The rules kept here:
 * - add(options) registers a domain; its id and its name "must be unique across all linked entity
 *   data domains defined by this Office Add-in"; no "!" in an id ("Don't use exclamation marks in
 *   the entityID or domainId values"); "periodicRefreshInterval … is required if the
 *   supportedRefreshModes array contains the value Periodic" and its "minimum valid value is 300".
 *   The reference names no error code for a broken rule: InvalidArgument here (Excel's code for a
 *   bad argument).
 * - "Manual refresh mode is always supported, even if unspecified"; "If the refresh mode was not
 *   saved in the workbook, the first value in the array is set as the default refresh mode".
 * - "onLoad: Refreshes data when the data domain is registered".
 * - A refresh is asynchronous ("The refresh methods request a refresh which occurs
 *   asynchronously"): Excel calls the domain's load service with one batch,
 *   LinkedEntityLoadServiceRequest as JSON text, and takes the result's entities in the request's
 *   order. Excel "uses a cache to allow different cells to reference the same linked entity cell
 *   value": each (entityId, culture) is asked once per batch.
 * - A new linked entity cell value "only contain[s] an initial text string"; "Excel calls your
 *   linked entity load service function … every time you create a new linked entity cell value, or
 *   if a data refresh occurs". The cells created in one go (one sync) are asked for in one batch
 *   per domain ("If Excel needs multiple linked entity cell values, the linked entity IDs are
 *   passed as a batch"); only those cells, not the domain's others.
 * - Range.values reads a linked cell as its basic value #VALUE!
 *   (https://learn.microsoft.com/javascript/api/excel/excel.linkedentitycellvalue); what it shows
 *   (CellModel.shows) is its text until loaded, then the loaded text, or #CONNECT!.
 * - "If Excel can't connect to your add-in at all, such as when the add-in isn't loaded, Excel
 *   displays the #CONNECT! error"; a load service that throws also gives #CONNECT!.
 * - getItemOrNullObject gives a null object for an id not registered; getItem fails with
 *   ItemNotFound; refreshAll refreshes every domain; LinkedEntityDataDomain.refresh one.
 *
 * The load service is the add-in's function, given to the model by the test (`loadService`), as
 * Excel would find it through functions.json; without one, the add-in is "not loaded".
 */
import type { CellModel, SheetModel, WorkbookModel } from "./model";
import type { Session } from "./session";

/** The service id of add-in domains ("You must specify a serviceId of 268436224"). */
const ADDIN_SERVICE_ID = 268436224;

export interface DomainModel {
  readonly id: string;
  readonly name: string;
  readonly dataProvider: string;
  readonly loadFunctionId: string;
  readonly supportedRefreshModes: string[];
  readonly periodicRefreshInterval?: number;
  refreshMode: string;
  lastRefreshed?: Date;
}

/** What the add-in's load service is to Excel: a function of the request's JSON text. */
export type LoadService = (request: string) => unknown;

type Located = {
  sheet: SheetModel;
  key: string;
  cell: CellModel & { linked: Excel.LinkedEntityCellValue };
};

export class LinkedDomainsModel {
  readonly domains: DomainModel[] = [];
  /** The add-in's load service, by function id (as functions.json names it); none: not loaded. */
  readonly services = new Map<string, LoadService>();
  /** Every request Excel sent a load service, as JSON text. */
  readonly requests: string[] = [];
  private pending: Promise<void>[] = [];

  add(workbook: WorkbookModel, options: Excel.LinkedEntityDataDomainCreateOptions): void {
    const invalid = (why: string) => new Error(`InvalidArgument: ${why}`);
    if (!options.id || options.id.includes("!"))
      throw invalid(`the domain id "${options.id}" is empty or has "!"`);
    if (!options.name || !options.dataProvider || !options.loadFunctionId)
      throw invalid("a domain needs a name, a data provider and a load function id");
    if (this.domains.some((d) => d.id === options.id))
      throw invalid(`a domain with the id ${options.id} exists`);
    if (this.domains.some((d) => d.name === options.name))
      throw invalid(`a domain named ${options.name} exists`);
    const modes = options.supportedRefreshModes?.map(String) ?? [];
    if (modes.includes("Periodic") && !((options.periodicRefreshInterval ?? 0) >= 300))
      throw invalid("a periodic domain needs a periodicRefreshInterval of at least 300 seconds");
    const supported = modes.includes("Manual") ? modes : [...modes, "Manual"];
    const domain: DomainModel = {
      id: options.id,
      name: options.name,
      dataProvider: options.dataProvider,
      loadFunctionId: options.loadFunctionId,
      supportedRefreshModes: supported,
      periodicRefreshInterval: options.periodicRefreshInterval,
      refreshMode: modes[0] ?? "Manual",
    };
    this.domains.push(domain);
    if (domain.refreshMode === "OnLoad" || domain.refreshMode === "Periodic")
      this.requestRefresh(workbook, domain.id);
  }

  find(id: string): DomainModel | undefined {
    return this.domains.find((d) => d.id === id);
  }

  remove(id: string): void {
    const at = this.domains.findIndex((d) => d.id === id);
    if (at >= 0) this.domains.splice(at, 1);
  }

  /**
   * A new linked entity cell value written into a cell (the add-in's step 3): the cell shows its
   * text, and Excel asks the domain's load service for the rest.
   */
  insert(
    workbook: WorkbookModel,
    sheet: SheetModel,
    row: number,
    col: number,
    value: Excel.LinkedEntityCellValue
  ): void {
    const cell = { value: "#VALUE!", linked: value, shows: value.text ?? "" };
    sheet.set(row, col, cell);
    this.created(workbook, cell);
  }

  /** Cells created and not yet asked for, by domain: asked for together (one batch per domain). */
  private fresh = new Map<string, Set<CellModel>>();

  /** A linked cell was written (Range.valuesAsJson, or `insert`): Excel asks for it soon. */
  created(workbook: WorkbookModel, cell: CellModel): void {
    const domainId = cell.linked?.id.domainId ?? "";
    const waiting = this.fresh.get(domainId);
    if (waiting) return void waiting.add(cell);
    const cells = new Set([cell]);
    this.fresh.set(domainId, cells);
    this.pending.push(
      Promise.resolve().then(() => {
        this.fresh.delete(domainId);
        return this.refresh(workbook, domainId, cells);
      })
    );
  }

  /** Queues a refresh of one domain's cells (asynchronous, as Excel's); `settled` waits for them. */
  requestRefresh(workbook: WorkbookModel, domainId: string): void {
    this.pending.push(Promise.resolve().then(() => this.refresh(workbook, domainId)));
  }

  refreshAll(workbook: WorkbookModel): void {
    for (const d of this.domains) this.requestRefresh(workbook, d.id);
  }

  /** Until every refresh asked so far has run. */
  async settled(): Promise<void> {
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
  }

  /** The cells holding a linked entity of `domainId`, on every sheet. */
  cellsOf(workbook: WorkbookModel, domainId: string): Located[] {
    return workbook.sheets.flatMap((sheet) =>
      [...sheet.cells]
        .filter(([, cell]) => cell.linked?.id.domainId === domainId)
        .map(([key, cell]) => ({ sheet, key, cell: cell as Located["cell"] }))
    );
  }

  private async refresh(
    workbook: WorkbookModel,
    domainId: string,
    only?: ReadonlySet<CellModel>
  ): Promise<void> {
    const cells = this.cellsOf(workbook, domainId).filter(({ cell }) => !only || only.has(cell));
    if (cells.length === 0) return;
    const connectError = () => {
      for (const { cell } of cells) cell.shows = "#CONNECT!";
    };
    const domain = this.find(domainId);
    const service = domain && this.services.get(domain.loadFunctionId);
    if (!domain || !service) return connectError();
    const keyOf = (id: Excel.LinkedEntityId) => JSON.stringify([id.entityId, id.culture]);
    const wanted = new Map<string, Excel.LinkedEntityIdCulture>();
    for (const { cell } of cells)
      wanted.set(keyOf(cell.linked.id), {
        entityId: cell.linked.id.entityId,
        culture: cell.linked.id.culture,
      });
    const request = JSON.stringify({ domainId, entities: [...wanted.values()] });
    this.requests.push(request);
    let result: Excel.LinkedEntityLoadServiceResult;
    try {
      result = (await service(request)) as Excel.LinkedEntityLoadServiceResult;
    } catch {
      return connectError();
    }
    domain.lastRefreshed = new Date();
    if (!Array.isArray(result?.entities) || result.entities.length !== wanted.size)
      return connectError();
    const loaded = new Map([...wanted.keys()].map((key, i) => [key, result.entities[i]]));
    for (const { cell } of cells) {
      const entity = loaded.get(keyOf(cell.linked.id))!;
      const wrongKind =
        entity?.type !== "LinkedEntity" || entity.id?.serviceId !== ADDIN_SERVICE_ID;
      if (wrongKind) {
        cell.shows = "#CONNECT!";
        continue;
      }
      cell.linked = entity;
      cell.shows = entity.text ?? "";
    }
  }
}

type Scalars = Record<string, unknown>;

/** Workbook.linkedEntityDataDomains over the model, under the session's load/sync rules. */
export function linkedDomainsProxy(session: Session): Excel.LinkedEntityDataDomainCollection {
  const workbook = session.workbook;
  const model = workbook.linked;
  const item = (resolve: () => DomainModel | undefined, required: boolean) => {
    const domain = (): DomainModel => {
      const d = resolve();
      if (!d) throw new Error("ItemNotFound: no linked entity data domain has this id");
      return d;
    };
    const proxy = session.proxy<Excel.LinkedEntityDataDomain & { isNullObject: boolean }>(
      (): Scalars => {
        // A null object's properties read as empty, as a table's do (./tables).
        const d = resolve();
        return {
          id: d?.id ?? "",
          name: d?.name ?? "",
          dataProvider: d?.dataProvider ?? "",
          loadFunctionId: d?.loadFunctionId ?? "",
          periodicRefreshInterval: d?.periodicRefreshInterval ?? 0,
          refreshMode: d?.refreshMode ?? "Unknown",
          serviceId: ADDIN_SERVICE_ID,
          supportedRefreshModes: [...(d?.supportedRefreshModes ?? [])],
        };
      },
      {
        refresh: () =>
          session.op("linkedEntityDataDomain.refresh", () =>
            model.requestRefresh(workbook, domain().id)
          ),
        delete: () => session.op("linkedEntityDataDomain.delete", () => model.remove(domain().id)),
      },
      {
        // "If the refresh mode being set is not supported by this linked entity data domain, then
        // the current refresh mode is not changed."
        refreshMode: (mode: string) => {
          const d = domain();
          if (d.supportedRefreshModes.includes(mode)) d.refreshMode = mode;
        },
      }
    );
    Object.defineProperty(proxy, "isNullObject", {
      configurable: true,
      get: () => resolve() === undefined,
    });
    if (required) session.op("linkedEntityDataDomains.getItem", () => void domain());
    return proxy;
  };
  return {
    add: (options: Excel.LinkedEntityDataDomainCreateOptions) =>
      session.op("linkedEntityDataDomains.add", () => model.add(workbook, options), options),
    getItem: (id: string) => item(() => model.find(id), true),
    getItemOrNullObject: (id: string) => item(() => model.find(id), false),
    getCount: () => {
      const result = { value: undefined as number | undefined };
      session.op("linkedEntityDataDomains.getCount", () => (result.value = model.domains.length));
      return result;
    },
    refreshAll: () =>
      session.op("linkedEntityDataDomains.refreshAll", () => model.refreshAll(workbook)),
  } as unknown as Excel.LinkedEntityDataDomainCollection;
}
