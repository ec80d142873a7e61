import { readFileSync } from 'node:fs';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  PDFHexString,
} from '@cantoo/pdf-lib';

/** An element of a tagged PDF's structure tree: its type, its alternate text, and what it holds. */
export interface StructureElement {
  type: string;
  alt?: string;
  /** Pieces of the page's content marked as this element's own (marked-content ids and references). */
  content: number;
  children: StructureElement[];
}

function element(dict: PDFDict, lookup: (o: unknown) => unknown): StructureElement {
  const alt = lookup(dict.get(PDFName.of('Alt')));
  const node: StructureElement = {
    type: String(dict.get(PDFName.of('S'))).replace(/^\//, ''),
    ...(alt instanceof PDFString || alt instanceof PDFHexString ? { alt: alt.decodeText() } : {}),
    content: 0,
    children: [],
  };
  const kids = lookup(dict.get(PDFName.of('K')));
  for (const kid of kids instanceof PDFArray ? kids.asArray() : kids === undefined ? [] : [kids]) {
    const value = lookup(kid);
    if (value instanceof PDFNumber) node.content++;
    else if (value instanceof PDFDict && value.get(PDFName.of('S')))
      node.children.push(element(value, lookup));
    else if (value instanceof PDFDict) node.content++; // a marked-content or object reference
  }
  return node;
}

/** The structure tree under the document's StructTreeRoot, or null for an untagged PDF. */
export async function pdfStructure(file: string): Promise<StructureElement | null> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const lookup = (o: unknown) => (o instanceof PDFRef ? pdf.context.lookup(o) : o);
  const root = lookup(pdf.catalog.get(PDFName.of('StructTreeRoot')));
  if (!(root instanceof PDFDict)) return null;
  const top = lookup(root.get(PDFName.of('K')));
  const first = top instanceof PDFArray ? lookup(top.get(0)) : top;
  return first instanceof PDFDict ? element(first, lookup) : null;
}

/**
 * The tree as a reader of its meaning sees it: a NonStruct grouping means nothing, so its content
 * and children take its place.
 */
export function meaningful(node: StructureElement): StructureElement {
  let content = node.content;
  const children: StructureElement[] = [];
  for (const child of node.children.map(meaningful)) {
    if (child.type !== 'NonStruct') children.push(child);
    else {
      content += child.content;
      children.push(...child.children);
    }
  }
  return { ...node, content, children };
}

/** Every element under `node` (itself included), depth first in reading order. */
export function allElements(node: StructureElement): StructureElement[] {
  return [node, ...node.children.flatMap(allElements)];
}
