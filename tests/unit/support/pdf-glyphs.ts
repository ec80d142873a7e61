import { execFileSync } from 'node:child_process';

/**
 * Every glyph a PDF draws, read with the PDF's own fonts: qpdf decodes the file into JSON, the page
 * content streams say which font and which glyph ids are shown, the embedded font programs say
 * which glyphs exist and have outlines, and each font's ToUnicode map says which characters a glyph
 * stands for. A character drawn as a "missing glyph" box is glyph 0 (.notdef) of some font, or a
 * glyph with no outline standing for a visible character.
 */
export interface DrawnGlyph {
  page: number;
  font: string;
  gid: number;
  text: string;
}

export interface FontUse {
  font: string;
  subtype: string;
  /**
   * Characters the font's drawn glyphs stand for, from its ToUnicode map and the ActualText of the
   * spans they are drawn in, in compatibility form (NFKC takes Arabic presentation forms back to
   * letters).
   */
  text: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Dict = { [key: string]: Json };

interface QpdfObject {
  value?: Json;
  stream?: { dict: Dict; data?: string };
}

class PdfObjects {
  constructor(private readonly objects: Record<string, QpdfObject>) {}

  /** An indirect reference ("12 0 R") followed to its value; anything else as it is. */
  resolve(value: Json | undefined): Json | undefined {
    if (typeof value === 'string' && /^\d+ \d+ R$/.test(value)) {
      const object = this.objects[`obj:${value}`];
      return object?.value ?? (object?.stream?.dict as Json | undefined);
    }
    return value;
  }

  dict(value: Json | undefined): Dict {
    const resolved = this.resolve(value);
    return resolved && typeof resolved === 'object' && !Array.isArray(resolved) ? resolved : {};
  }

  streamData(ref: Json | undefined): Buffer {
    const object = typeof ref === 'string' ? this.objects[`obj:${ref}`] : undefined;
    if (!object?.stream?.data) throw new Error(`no decoded stream data for ${String(ref)}`);
    return Buffer.from(object.stream.data, 'base64');
  }
}

/** The glyph count and which glyphs have outlines, from an embedded TrueType program. */
function trueTypeOutlines(font: Buffer): { glyphs: number; hasOutline(gid: number): boolean } {
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    tables.set(font.toString('latin1', at, at + 4), font.readUInt32BE(at + 8));
  }
  const maxp = tables.get('maxp');
  const head = tables.get('head');
  const loca = tables.get('loca');
  if (maxp === undefined || head === undefined || loca === undefined) throw new Error('not a TrueType font');
  const glyphs = font.readUInt16BE(maxp + 4);
  const longOffsets = font.readInt16BE(head + 50) === 1;
  const offset = (gid: number) =>
    longOffsets ? font.readUInt32BE(loca + gid * 4) : font.readUInt16BE(loca + gid * 2) * 2;
  return { glyphs, hasOutline: (gid) => gid < glyphs && offset(gid + 1) > offset(gid) };
}

/** Glyph id → characters, from a ToUnicode CMap (bfchar and bfrange entries). */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(parseInt(code!, 16), utf16(text!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, start] of block[1]!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const first = parseInt(from!, 16);
      const base = Buffer.from(start!, 'hex').swap16();
      for (let code = first; code <= parseInt(to!, 16); code++) {
        const text = Buffer.from(base);
        text.writeUInt16LE(text.readUInt16LE(text.length - 2) + code - first, text.length - 2);
        map.set(code, text.toString('utf16le'));
      }
    }
  }
  return map;
}

/**
 * The strings a content stream shows, each with the font resource it is shown in and the text of
 * the marked-content span around it, if any: Chromium wraps a glyph cluster that is not one glyph
 * per character (joined Arabic, Indic conjuncts) in a span whose ActualText holds the characters.
 */
function shownStrings(content: string): { resource: string; bytes: Buffer; actualText: string | null }[] {
  const shown: { resource: string; bytes: Buffer; actualText: string | null }[] = [];
  const token =
    /\/([^\s/<>[\]()]+)|<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\)|(-?[\d.]+)|([A-Za-z'"*]+)|(\[|\])/g;
  let font = '';
  let operands: (string | Buffer)[] = [];
  const spans: (string | null)[] = [];
  for (const m of content.matchAll(token)) {
    const [, name, hex, literal, , operator] = m;
    if (name !== undefined) operands.push(name);
    else if (hex !== undefined) operands.push(Buffer.from(hex.replace(/\s/g, ''), 'hex'));
    else if (literal !== undefined) throw new Error('literal strings are not expected from Chromium');
    else if (operator !== undefined) {
      if (operator === 'Tf') font = String(operands.find((o) => typeof o === 'string') ?? '');
      if (operator === 'BMC') spans.push(null);
      if (operator === 'BDC') {
        const text = operands[operands.indexOf('ActualText') + 1];
        spans.push(Buffer.isBuffer(text) ? Buffer.from(text.subarray(2)).swap16().toString('utf16le') : null);
      }
      if (operator === 'EMC') spans.pop();
      if (['Tj', 'TJ', "'", '"'].includes(operator)) {
        const actualText = spans.findLast((span) => span !== null) ?? null;
        for (const o of operands)
          if (Buffer.isBuffer(o)) shown.push({ resource: font, bytes: o, actualText });
      }
      operands = [];
    }
  }
  return shown;
}

export interface PdfGlyphReport {
  drawn: DrawnGlyph[];
  /** Glyphs drawn as a missing glyph: .notdef, past the font's end, or blank for a visible character. */
  missing: DrawnGlyph[];
  fonts: FontUse[];
}

/** Reads every page of the file and every glyph it draws, with the font that draws it. */
export function readPdfGlyphs(file: string): PdfGlyphReport {
  const json = JSON.parse(
    execFileSync('qpdf', ['--json', '--json-stream-data=inline', '--decode-level=generalized', file], {
      maxBuffer: 512 * 1024 * 1024,
      encoding: 'utf8',
    }),
  ) as { pages: { object: string }[]; qpdf: [unknown, Record<string, QpdfObject>] };
  const pdf = new PdfObjects(json.qpdf[1]);
  const fonts = new Map<
    string,
    {
      font: string;
      subtype: string;
      unicode: Map<number, string>;
      outlines: ReturnType<typeof trueTypeOutlines> | null;
      used: Set<number>;
      spans: Set<string>;
    }
  >();
  const drawn: DrawnGlyph[] = [];

  function fontInfo(ref: Json) {
    const key = String(ref);
    const known = fonts.get(key);
    if (known) return known;
    const dict = pdf.dict(ref);
    const name = String(dict['/BaseFont'] ?? '').replace(/^\//, '');
    const subtype = String(dict['/Subtype'] ?? '');
    const descendant = pdf.dict((pdf.resolve(dict['/DescendantFonts']) as Json[] | undefined)?.[0] ?? null);
    if (subtype === '/Type0' && descendant['/CIDToGIDMap'] !== '/Identity') {
      throw new Error(`${name}: only an identity CID-to-glyph map is read`);
    }
    const program = pdf.dict(descendant['/FontDescriptor'])['/FontFile2'];
    const info = {
      font: name,
      subtype,
      unicode: dict['/ToUnicode']
        ? toUnicode(pdf.streamData(dict['/ToUnicode']).toString('latin1'))
        : new Map(),
      outlines: program ? trueTypeOutlines(pdf.streamData(program)) : null,
      used: new Set<number>(),
      spans: new Set<string>(),
    };
    fonts.set(key, info);
    return info;
  }

  function walk(resources: Dict, content: Buffer, page: number) {
    const fontRefs = pdf.dict(resources['/Font']);
    for (const { resource, bytes, actualText } of shownStrings(content.toString('latin1'))) {
      const info = fontInfo(fontRefs[`/${resource}`] ?? null);
      if (actualText !== null) info.spans.add(actualText);
      for (let i = 0; i + 1 < bytes.length; i += 2) {
        const gid = bytes.readUInt16BE(i);
        info.used.add(gid);
        drawn.push({ page, font: info.font, gid, text: info.unicode.get(gid) ?? '' });
      }
    }
    const xobjects = pdf.dict(resources['/XObject']);
    for (const ref of Object.values(xobjects)) {
      const dict = pdf.dict(ref);
      if (dict['/Subtype'] === '/Form') walk(pdf.dict(dict['/Resources']), pdf.streamData(ref), page);
    }
  }

  json.pages.forEach(({ object }, index) => {
    const page = pdf.dict(object);
    const contents = pdf.resolve(page['/Contents']);
    const refs = Array.isArray(contents) ? contents : [page['/Contents'] ?? null];
    const content = Buffer.concat(refs.map((ref) => pdf.streamData(ref)));
    walk(pdf.dict(page['/Resources']), content, index + 1);
  });

  const byName = new Map([...fonts.values()].map((f) => [f.font, f]));
  const missing = drawn.filter(({ font, gid, text }) => {
    const outlines = byName.get(font)?.outlines;
    if (gid === 0 || !outlines || gid >= outlines.glyphs) return true;
    // Glyphs that stand for no character (text "" or U+0000) are a font's own helpers, such as the
    // invisible dots and joins of Nastaliq: blank by design.
    return /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\0]/u.test(text) && !outlines.hasOutline(gid);
  });
  return {
    drawn,
    missing,
    fonts: [...fonts.values()].map((f) => ({
      font: f.font,
      subtype: f.subtype,
      text: [...[...f.used].map((gid) => f.unicode.get(gid) ?? ''), ...f.spans].join('').normalize('NFKC'),
    })),
  };
}
