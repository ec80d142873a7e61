/**
 * The distinct code points of a great deal of text, in the order first seen. A flag per code point
 * of the Basic Multilingual Plane, and a set for the rest: a 300-note record is two million
 * characters, and adding each of them to a Set of strings took a third of a second of its print.
 */
export class CodePointSet implements Iterable<number> {
  private readonly basic = new Uint8Array(0x10000);
  private readonly astral = new Set<number>();
  private readonly order: number[] = [];

  addText(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.codePointAt(i)!;
      if (codePoint > 0xffff) {
        i++;
        if (this.astral.has(codePoint)) continue;
        this.astral.add(codePoint);
      } else {
        if (this.basic[codePoint]) continue;
        this.basic[codePoint] = 1;
      }
      this.order.push(codePoint);
    }
  }

  get size(): number {
    return this.order.length;
  }

  [Symbol.iterator](): Iterator<number> {
    return this.order[Symbol.iterator]();
  }
}
