/** Content-addressed artifact store shared by the stages (frames, renders, audio, segments). */
export { ArtifactCache, defaultCacheDir } from './artifact-cache.js';
export { cacheKey, canonicalJson, sha256Hex } from './cache-key.js';
