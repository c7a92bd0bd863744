import sharp from 'sharp';
import type { ImageProcessor } from '../../domain/file-store.js';

/**
 * Image work with sharp (libvips). WebP at quality 80 keeps figures sharp at
 * a fraction of the JPEG/PNG size; animated GIFs stay animated. The pixel
 * limit refuses decompression bombs before they are decoded.
 */
export const sharpImageProcessor: ImageProcessor = {
  async inspect(bytes) {
    const meta = await sharp(bytes, { limitInputPixels: 100_000_000 }).metadata();
    if (!meta.width || !meta.height) throw new Error('the image has no dimensions');
    const pages = meta.pages ?? 1;
    // For an animated image, height is that of all frames stacked unless pageHeight is given.
    const height = meta.pageHeight ?? meta.height;
    // EXIF orientations 5-8 turn the picture a quarter: it shows (and is resized) the other way round.
    const isTurned = (meta.orientation ?? 1) >= 5;
    return { width: isTurned ? height : meta.width, height: isTurned ? meta.width : height, isAnimated: pages > 1 };
  },
  async toWebp(bytes, width) {
    const { data, info } = await sharp(bytes, { animated: true, limitInputPixels: 100_000_000 })
      .rotate()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), width: info.width, height: info.pageHeight ?? info.height };
  },
};
