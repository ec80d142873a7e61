import { readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/*
 * A JSON tokenizer that reads a file 64 KiB at a time, so an export of any size is read in
 * bounded memory: it never holds more than one chunk of the file and the value being read, and it
 * refuses a text value longer than its limit before building it. It accepts exactly what JSON.parse
 * accepts (RFC 8259), with the same escapes and the same numbers.
 */

/** Small enough that each chunk's text is collected young: a megabyte-long one outlived many rows. */
const CHUNK_BYTES = 1 << 16;
/** Longer than any number JSON.parse keeps exactly; a longer one is refused as not JSON. */
const MAX_NUMBER_CHARACTERS = 400;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const SINGLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

export type JsonToken =
  '{' | '}' | '[' | ']' | ':' | ',' | 'string' | 'number' | 'true' | 'false' | 'null' | 'end';

/** The file is not JSON; `line` is where it stops making sense. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(reason);
    this.name = 'JsonSyntaxError';
  }
}

/** A text value (or a key) longer than the limit: the reader names where it was. */
export class JsonValueTooLong extends Error {
  constructor() {
    super('A value is longer than the limit.');
    this.name = 'JsonValueTooLong';
  }
}

/** The file grew past the limit while it was read. */
export class JsonFileTooLarge extends Error {
  constructor() {
    super('The file is larger than the limit.');
    this.name = 'JsonFileTooLarge';
  }
}

export class JsonTokens {
  /** The text or number of the last 'string' or 'number' token. */
  value: string | number = '';
  line = 1;
  private text = '';
  private at = 0;
  private ended = false;
  private bytesRead = 0;
  private readonly decoder = new StringDecoder('utf8');
  private readonly chunk = Buffer.alloc(CHUNK_BYTES);

  constructor(
    private readonly fd: number,
    private readonly limits: { fileBytes: number; valueCharacters: number },
  ) {}

  next(): JsonToken {
    const c = this.skipSpace();
    if (c < 0) return 'end';
    switch (c) {
      case 0x7b:
      case 0x7d:
      case 0x5b:
      case 0x5d:
      case 0x3a:
      case 0x2c:
        this.at += 1;
        return String.fromCharCode(c) as JsonToken;
      case 0x22:
        this.at += 1;
        this.value = this.readString();
        return 'string';
      case 0x74:
      case 0x66:
      case 0x6e:
        return this.readLiteral();
      default:
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
          this.value = this.readNumber();
          return 'number';
        }
        throw this.syntax(`unexpected ${JSON.stringify(String.fromCharCode(c))}`);
    }
  }

  syntax(reason: string): JsonSyntaxError {
    return new JsonSyntaxError(this.line, reason);
  }

  /** The next chunk of text; false at the end of the file. */
  private more(): boolean {
    while (!this.ended) {
      const read = readSync(this.fd, this.chunk, 0, CHUNK_BYTES, null);
      this.at = 0;
      if (read === 0) {
        this.ended = true;
        this.text = this.decoder.end();
        return this.text.length > 0;
      }
      this.bytesRead += read;
      if (this.bytesRead > this.limits.fileBytes) throw new JsonFileTooLarge();
      this.text = this.decoder.write(this.chunk.subarray(0, read));
      if (this.text.length > 0) return true;
    }
    return false;
  }

  private peek(): number {
    if (this.at >= this.text.length && !this.more()) return -1;
    return this.text.charCodeAt(this.at);
  }

  private take(): number {
    const c = this.peek();
    if (c < 0) throw this.syntax('the file ends inside a value');
    this.at += 1;
    return c;
  }

  private skipSpace(): number {
    for (;;) {
      const c = this.peek();
      if (c === 0x20 || c === 0x09 || c === 0x0d) this.at += 1;
      else if (c === 0x0a) {
        this.at += 1;
        this.line += 1;
      } else return c;
    }
  }

  private readString(): string {
    let out = '';
    for (;;) {
      const text = this.text;
      let end = this.at;
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === 0x22 || c === 0x5c || c < 0x20) break;
        end += 1;
      }
      out += text.slice(this.at, end);
      if (out.length > this.limits.valueCharacters) throw new JsonValueTooLong();
      this.at = end;
      if (end === text.length) {
        if (!this.more()) throw this.syntax('a text value is not closed');
        continue;
      }
      const c = this.take();
      if (c === 0x22) return out;
      if (c < 0x20) throw this.syntax('a control character inside a text value');
      out += this.readEscape();
    }
  }

  private readEscape(): string {
    const c = String.fromCharCode(this.take());
    if (c !== 'u') {
      const single = SINGLE_ESCAPES[c];
      if (single === undefined) throw this.syntax(`"\\${c}" is not an escape`);
      return single;
    }
    let hex = '';
    for (let i = 0; i < 4; i++) hex += String.fromCharCode(this.take());
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw this.syntax(`"\\u${hex}" is not an escape`);
    return String.fromCharCode(parseInt(hex, 16));
  }

  private readNumber(): number {
    let lexeme = '';
    for (;;) {
      const c = this.peek();
      const numeric =
        (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45;
      if (!numeric) break;
      lexeme += String.fromCharCode(c);
      this.at += 1;
      if (lexeme.length > MAX_NUMBER_CHARACTERS) throw this.syntax('a number too long to be one');
    }
    if (!NUMBER.test(lexeme)) throw this.syntax(`"${lexeme}" is not a number`);
    return Number(lexeme);
  }

  private readLiteral(): JsonToken {
    let word = '';
    while (word.length < 5) {
      const c = this.peek();
      if (c < 0x61 || c > 0x7a) break;
      word += String.fromCharCode(c);
      this.at += 1;
    }
    if (word === 'true' || word === 'false' || word === 'null') return word;
    throw this.syntax(`"${word}" is not a value`);
  }
}
