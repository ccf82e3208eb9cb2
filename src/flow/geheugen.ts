/**
 * Storage that forgets everything when the page goes: at the counter nothing about a
 * client may stay on the device (balie-modus: "niets wordt bewaard").
 */
export class Geheugen implements Storage {
  private readonly data = new Map<string, string>();
  get length(): number {
    return this.data.size;
  }
  clear(): void {
    this.data.clear();
  }
  getItem(sleutel: string): string | null {
    return this.data.get(sleutel) ?? null;
  }
  key(i: number): string | null {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(sleutel: string): void {
    this.data.delete(sleutel);
  }
  setItem(sleutel: string, waarde: string): void {
    this.data.set(sleutel, String(waarde));
  }
}
