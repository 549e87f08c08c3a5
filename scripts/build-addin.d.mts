/** Types of build-addin.mjs for the tests that build the task pane. */
export function buildAddin(options?: { outDir?: string; minify?: boolean }): Promise<string>;
