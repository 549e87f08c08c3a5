/**
 * The Google access tokens of Google Slides jobs, in this process's memory only. A token is kept from
 * the request that created the job until the job has read its deck from Google (or ended), then
 * forgotten: it is never written to the data dir, so a restarted service has none, and a job whose
 * deck was not read yet cannot silently fall back to the server's own Google credentials.
 */
export class GoogleTokens {
  private readonly tokens = new Map<string, string>();

  set(jobId: string, token: string): void {
    this.tokens.set(jobId, token);
  }

  get(jobId: string): string | undefined {
    return this.tokens.get(jobId);
  }

  forget(jobId: string): void {
    this.tokens.delete(jobId);
  }

  clear(): void {
    this.tokens.clear();
  }

  /** Every token held now (for scrubbing log lines and error messages). */
  values(): string[] {
    return [...this.tokens.values()];
  }
}
