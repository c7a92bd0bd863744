/**
 * Where uploaded files live: the site's files directory, served at
 * `/files/...`. Paths are relative and use `/`. The composition root injects
 * the implementation (a directory on disk, or a shared volume for several
 * app nodes).
 */
export interface FileStore {
  write(path: string, bytes: Uint8Array): Promise<void>;
  read(path: string): Promise<Uint8Array>;
  /** Removing a missing file is not an error. */
  delete(path: string): Promise<void>;
  exists(path: string): Promise<boolean>;
}

export interface ImageInfo {
  width: number;
  height: number;
  isAnimated: boolean;
}

/** Image work the media library needs; the implementation (sharp) lives in `render/`. */
export interface ImageProcessor {
  /** Dimensions of an image; throws when the bytes do not decode as an image. */
  inspect(bytes: Uint8Array): Promise<ImageInfo>;
  /** A WebP copy `width` pixels wide, height in proportion. */
  toWebp(bytes: Uint8Array, width: number): Promise<{ bytes: Uint8Array; width: number; height: number }>;
}
