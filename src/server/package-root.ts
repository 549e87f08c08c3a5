/** The deck2video package folder, found by walking up from this file (works from src/ via tsx and from dist/). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'deck2video') return dir;
      } catch {
        // not ours: keep walking up
      }
    }
    dir = dirname(dir);
  }
  return undefined;
}

/** Where `npm run addin:build` puts the task pane's static files. */
export function defaultAddinDir(): string | undefined {
  const root = packageRoot();
  return root ? join(root, 'addin', 'powerpoint', 'dist') : undefined;
}
