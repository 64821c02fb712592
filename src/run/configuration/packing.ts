import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileSizeError, writeArchive } from '../../upload/archive.js'
import { UnpackableError, collectEntries, type Collected, type WalkBounds } from '../../upload/collect.js'
import { parseTerraformIgnore } from '../../upload/terraformignore.js'
import { STEP_FOLDER } from '../../step-files.js'
import { StepFailure } from '../failures.js'

/** A directory packed as go-slug packs it, in a file under RUNNER_TEMP, ready to be uploaded as often as needed. */
export interface PackedArchive {
  file: string
  sizes: { uncompressed: number; compressed: number }
  collected: Collected
  hasIgnoreFile: boolean
}

/** Packs `root` (with its .terraformignore) into a new file under `tempDir`; links are followed only inside `bounds`. */
export async function packDirectory(root: string, tempDir: string | undefined, bounds: WalkBounds): Promise<PackedArchive> {
  const ignoreFile = await readFile(join(root, '.terraformignore'), 'utf8').catch(() => undefined)
  let collected: Collected
  try {
    collected = await collectEntries(root, parseTerraformIgnore(ignoreFile), bounds)
  } catch (error) {
    if (error instanceof UnpackableError)
      throw new StepFailure(
        `Input \`directory\`: ${error.message}. Fix or remove the link, or leave it out with .terraformignore. Nothing was created.`
      )
    throw error
  }
  const dir = join(tempDir || tmpdir(), STEP_FOLDER)
  await mkdir(dir, { recursive: true })
  const file = join(dir, `configuration-${randomBytes(6).toString('hex')}.tar.gz`)
  try {
    return { file, sizes: await writeArchive(collected.entries, file), collected, hasIgnoreFile: ignoreFile !== undefined }
  } catch (error) {
    await rm(file, { force: true })
    if (error instanceof FileSizeError) throw new StepFailure(`Input \`directory\`: ${error.message}. Nothing was created.`)
    throw error
  }
}

/**
 * Several workspaces of one step upload the same `directory`: it is packed once per archive root (workspaces whose
 * working directories lead to the same root share it), and each upload sends that one file. The files go when the
 * step is done with them.
 */
export class ArchiveCache {
  private readonly packed = new Map<string, Promise<PackedArchive>>()

  constructor(
    private readonly tempDir: string | undefined,
    private readonly bounds: WalkBounds
  ) {}

  /** The archive of `root`, and whether this call packed it (the first to ask, which describes it in the log). */
  async archiveOf(root: string): Promise<{ archive: PackedArchive; first: boolean }> {
    const known = this.packed.get(root)
    if (known) return { archive: await known, first: false }
    const packing = packDirectory(root, this.tempDir, this.bounds)
    this.packed.set(root, packing)
    return { archive: await packing, first: true }
  }

  async dispose(): Promise<void> {
    const settled = await Promise.allSettled(this.packed.values())
    for (const result of settled) if (result.status === 'fulfilled') await rm(result.value.file, { force: true })
    this.packed.clear()
  }
}
