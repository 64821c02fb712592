/**
 * Terraform diagnostics as GitHub annotations on the repository's files (tfc-api-addendum.md §4.3, §4.4). Pure:
 * which file and lines each diagnostic points at, and which ones fit in the runner's limits.
 */
import { posix } from 'node:path'
import type { Diagnostic, Severity } from '../plan/diagnostics.js'

/** Where the code Terraform ran lives in the checkout. */
export interface SourceLayout {
  /**
   * The archive root relative to the repository root, in posix form ('' for the repository root itself), or
   * undefined when the code did not come from this checkout in a known place.
   */
  root: string | undefined
  /** The workspace's working directory inside the archive. */
  workingDirectory: string
  /** Whether a repository-relative path is a file in the checkout. */
  exists(repoPath: string): boolean
}

export interface Annotation {
  level: Severity
  /** The diagnostic's detail, or its summary when it has none. */
  message: string
  title: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** The runner shows at most 10 annotations of each type per step (addendum §4.4). */
export const ANNOTATIONS_PER_LEVEL = 10

/**
 * The repository path of a diagnostic's file: the archive root joined with the working directory and the file
 * (Terraform's filename is relative to where it ran). Undefined for a module installed during the run
 * (`.terraform/modules/…`), a path outside the repository, or a file not in the checkout.
 */
export function repoPathOf(filename: string, layout: SourceLayout): string | undefined {
  if (layout.root === undefined || posix.isAbsolute(filename) || /^[A-Za-z]:[\\/]/.test(filename)) return undefined
  const relativeToRun = posix.normalize(filename.replace(/\\/g, '/'))
  if (relativeToRun === '.terraform' || relativeToRun.startsWith('.terraform/')) return undefined
  const path = posix.normalize(posix.join(layout.root || '.', layout.workingDirectory.replace(/^\/+/, '') || '.', relativeToRun))
  if (path === '..' || path.startsWith('../') || posix.isAbsolute(path)) return undefined
  if (path.split('/').includes('.terraform')) return undefined
  return layout.exists(path) ? path : undefined
}

function annotationOf(diagnostic: Diagnostic, layout: SourceLayout): Annotation {
  const where = diagnostic.address ? ` (${diagnostic.address})` : ''
  const annotation: Annotation = {
    level: diagnostic.severity,
    title: `Terraform ${diagnostic.phase}: ${diagnostic.summary}${where}`,
    message: diagnostic.detail || diagnostic.summary
  }
  const range = diagnostic.range
  const file = range && repoPathOf(range.filename, layout)
  if (!range || !file) {
    // Annotated without a file: say where it was, so the reader can still find it.
    if (range) annotation.message += `\n(${range.filename} line ${range.start.line})`
    return annotation
  }
  annotation.file = file
  annotation.startLine = range.start.line
  annotation.endLine = Math.max(range.start.line, range.end?.line ?? range.start.line)
  // Columns only on one line (the runner ignores them otherwise); Terraform's end column is exclusive.
  if (annotation.endLine === annotation.startLine && range.start.column !== undefined) {
    annotation.startColumn = range.start.column
    annotation.endColumn = Math.max(range.start.column, (range.end?.column ?? range.start.column + 1) - 1)
  }
  return annotation
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

/**
 * The annotations to emit: errors first, then warnings, then notices; a repeated (file, line, summary) once;
 * at most ANNOTATIONS_PER_LEVEL of each level. The report lists every diagnostic.
 */
export function annotationsOf(diagnostics: readonly Diagnostic[], layout: SourceLayout): Annotation[] {
  const seen = new Set<string>()
  const perLevel: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const out: Annotation[] = []
  const sorted = [...diagnostics].sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
  for (const diagnostic of sorted) {
    const annotation = annotationOf(diagnostic, layout)
    const key = `${annotation.level}\0${annotation.file ?? ''}\0${annotation.startLine ?? ''}\0${annotation.title}`
    if (seen.has(key)) continue
    seen.add(key)
    if (perLevel[annotation.level] >= ANNOTATIONS_PER_LEVEL) continue
    perLevel[annotation.level]++
    out.push(annotation)
  }
  return out
}
