/** The JSON a printer packed (gzipped, in base64), back as text, with the browser's own decompressor. */
export async function unpackDocument(gzipBase64: string): Promise<unknown> {
  const bytes = Uint8Array.from(atob(gzipBase64), (character) => character.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text());
}
