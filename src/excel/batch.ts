/** Calls context.sync and counts the calls, so each operation can report (and tests check) how many it made. */
export class Syncer {
  count = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async sync(): Promise<void> {
    this.count++;
    await this.context.sync();
  }
}
