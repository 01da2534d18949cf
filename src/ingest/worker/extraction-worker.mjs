/**
 * The extraction worker's entry when Marsad runs from its TypeScript sources
 * (tsx in development, vitest): compiles extraction-tasks.ts on load. The
 * compiled build (scripts/build.mjs) bundles extraction-tasks.ts as an entry
 * of its own and the pool loads that instead. Plain JavaScript so it loads
 * under any of them.
 */
import { tsImport } from 'tsx/esm/api';

const tasks = await tsImport('./extraction-tasks.ts', import.meta.url);
export default tasks.default;
