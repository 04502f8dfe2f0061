/**
 * Template files are bundled as strings: tsup's `text` loader at build time, a small vite plugin in
 * tests (see the root `vitest.config.ts`). Nothing reads the file system at run time.
 */
declare module "*.mustache" {
  const source: string;
  export default source;
}
