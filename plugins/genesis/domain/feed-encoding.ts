import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { FeedRefusedError } from './feed-refused.error';

/** `latin1` is what users call it; the bytes are decoded as Windows-1252, its superset. */
export type FeedEncoding = 'utf8' | 'latin1';
export type FeedEncodingOption = FeedEncoding | 'auto';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

const startsWithBom = (bytes: Uint8Array): boolean =>
  bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];

const decoderFor = (encoding: FeedEncoding): TextDecoder =>
  // ignoreBOM: the BOM is cut by hand so that it is also dropped in latin1 mode.
  new TextDecoder(encoding === 'utf8' ? 'utf-8' : 'windows-1252', { fatal: true, ignoreBOM: true });

// Checked by code, not `instanceof TypeError`: the error may come from another realm (jest's vm).
const isDecodingError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ERR_ENCODING_INVALID_ENCODED_DATA';

const binaryContent = (): FeedRefusedError =>
  new FeedRefusedError('not-csv', "Le fichier n'est pas un fichier CSV : il contient des données binaires");

/**
 * True when the whole file is valid UTF-8. Reads it once in chunks (bounded memory) and stops at
 * the first invalid byte, so a Windows-1252 export is usually told apart within its first rows.
 */
export const isValidUtf8File = async (path: string): Promise<boolean> => {
  const decoder = decoderFor('utf8');
  const stream = createReadStream(path);
  try {
    for await (const chunk of stream) {
      decoder.decode(chunk as Buffer, { stream: true });
    }
    decoder.decode();
    return true;
  } catch (error) {
    if (isDecodingError(error)) return false;
    throw error;
  } finally {
    stream.destroy();
  }
};

/**
 * Turns the file's bytes into text: drops a UTF-8 BOM, refuses binary content (NUL bytes never
 * occur in a text export) and bytes that are not valid in the chosen encoding.
 */
export async function* decodeFeedBytes(source: AsyncIterable<Buffer>, encoding: FeedEncoding): AsyncGenerator<string> {
  const decoder = decoderFor(encoding);
  let first = true;
  for await (const chunk of source) {
    let bytes: Uint8Array = chunk;
    if (first) {
      first = false;
      if (startsWithBom(bytes)) bytes = bytes.subarray(3);
    }
    if (bytes.includes(0)) throw binaryContent();
    yield decodeOrRefuse(() => decoder.decode(bytes, { stream: true }));
  }
  yield decodeOrRefuse(() => decoder.decode());
}

const decodeOrRefuse = (decode: () => string): string => {
  try {
    return decode();
  } catch (error) {
    if (!isDecodingError(error)) throw error;
    throw new FeedRefusedError(
      'undecodable',
      "Encodage invalide : le fichier n'est pas en UTF-8 (essayez l'encodage latin1)",
    );
  }
};
