/**
 * WordPress stores attachment metadata (`_wp_attachment_metadata`: width,
 * height, file, sizes) as PHP `serialize()` output. This reads the subset it
 * uses — integers, floats, booleans, null, strings and arrays — and returns
 * null for anything else rather than guessing. String lengths count bytes
 * (UTF-8), as PHP writes them.
 */
export type PhpValue = null | boolean | number | string | { [key: string]: PhpValue };

export function unserializePhp(text: string): PhpValue | undefined {
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  const readUntil = (char: string): string => {
    const end = bytes.indexOf(char, at);
    if (end < 0) throw new Error('truncated');
    const value = bytes.subarray(at, end).toString('utf8');
    at = end + 1;
    return value;
  };
  const expect = (char: string) => {
    if (String.fromCharCode(bytes[at] ?? 0) !== char) throw new Error(`expected ${char}`);
    at++;
  };
  const read = (): PhpValue => {
    const type = String.fromCharCode(bytes[at] ?? 0);
    at++;
    if (type === 'N') {
      expect(';');
      return null;
    }
    expect(':');
    switch (type) {
      case 'i':
      case 'd':
        return Number(readUntil(';'));
      case 'b':
        return readUntil(';') === '1';
      case 's': {
        const length = Number(readUntil(':'));
        expect('"');
        const value = bytes.subarray(at, at + length).toString('utf8');
        at += length;
        expect('"');
        expect(';');
        return value;
      }
      case 'a': {
        const count = Number(readUntil(':'));
        expect('{');
        const out: Record<string, PhpValue> = {};
        for (let i = 0; i < count; i++) {
          const key = read();
          out[String(key)] = read();
        }
        expect('}');
        return out;
      }
      default:
        throw new Error(`unsupported type ${type}`);
    }
  };
  try {
    const value = read();
    return at === bytes.length ? value : undefined;
  } catch {
    return undefined;
  }
}
