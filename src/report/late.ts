/**
 * What the main step needs once it has a run to report on: the report, the outputs, the annotations. Loaded apart
 * from the start-up code, like `run/after-start.ts`.
 */
export { annotationsOf } from './annotations.js'
export { renderWithinLimit } from './render.js'
export { diagnosticsOf, reportOf } from './report-input.js'
export { sourceLayout } from './source-layout.js'
