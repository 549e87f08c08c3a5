// Rasterises the drawings once per run and hands them to the deck builders as data URIs.
import { encodePng } from './png-encode.js';
import { rasterise } from './raster.js';
import { sceneToSvg, type Scene } from './scene.js';
import { rainOverMountains, waterCycleDiagram } from './water-cycle-art.js';

export interface ArtAssets {
  /** Raster PNG of the water-cycle overview (960 x 540 drawing at 1.5x). */
  diagramPng: string;
  /** SVG of the rain-over-mountains picture. */
  rainSvg: string;
  /** SVG text -> PNG bytes, for normalizePptx to fill in SVG fallbacks. */
  svgFallbacks: Map<string, Buffer>;
}

const dataUri = (mime: string, bytes: Buffer): string => `${mime};base64,${bytes.toString('base64')}`;

function png(scene: Scene, scale: number): Buffer {
  const { width, height, rgb } = rasterise(scene, scale);
  return encodePng(width, height, rgb);
}

export function makeArtAssets(): ArtAssets {
  const rain = rainOverMountains();
  const rainSvgText = sceneToSvg(rain);
  return {
    diagramPng: dataUri('image/png', png(waterCycleDiagram(), 1.5)),
    rainSvg: dataUri('image/svg+xml', Buffer.from(rainSvgText, 'utf8')),
    svgFallbacks: new Map([[rainSvgText, png(rain, 1.5)]]),
  };
}
