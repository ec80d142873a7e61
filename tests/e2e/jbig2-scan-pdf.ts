/**
 * A one-page PDF as a black-and-white scanner writes it, its picture of the page compressed with
 * JBIG2, plus a filled band drawn by the page itself. The app draws PDFs without WebAssembly, and
 * pdf.js has no JBIG2 decoder without it, so the picture cannot be shown: this file is what the
 * dialog's warning about such scans is tested with. The picture's bytes do not matter, since
 * decoding stops before reading them; what matters is a real PDF that names the filter.
 */
export function jbig2ScanPdf(): Buffer {
  const picture = Buffer.alloc(256, 0x5a);
  const content = Buffer.from('0.15 0.3 0.45 rg 24 24 372 60 re f q 300 0 0 180 60 100 cm /Scan Do Q');
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 300] /Resources << /XObject << /Scan 5 0 R >> >> /Contents 4 0 R >>',
    ),
    stream(`<< /Length ${content.length} >>`, content),
    stream(
      `<< /Type /XObject /Subtype /Image /Width 600 /Height 360 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode /Length ${picture.length} >>`,
      picture,
    ),
  ];
  const header = Buffer.from('%PDF-1.7\n');
  const parts: Buffer[] = [header];
  const offsets: number[] = [];
  let length = header.length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    length += object.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(length),
    '%%EOF',
  ].join('\n');
  return Buffer.concat([...parts, Buffer.from(`${xref}\n`)]);
}

function stream(dictionary: string, bytes: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${dictionary}\nstream\n`), bytes, Buffer.from('\nendstream')]);
}
