/** The static server's running log of what it sent, with marks to measure between. */
export class ServedLog {
  private entries: Array<{ path: string; bytes: number }> = [];

  record = (path: string, bytes: number): void => {
    this.entries.push({ path, bytes });
  };

  mark(): number {
    return this.entries.length;
  }

  since(mark: number): { bytes: number; paths: string[] } {
    const slice = this.entries.slice(mark);
    return { bytes: slice.reduce((n, e) => n + e.bytes, 0), paths: slice.map((e) => e.path) };
  }
}
