import { createReadStream, createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { pack } from 'tar-stream'
import type { ArchiveEntry } from './collect.js'

export interface ArchiveSize {
  /** Bytes of file content in the archive. */
  uncompressed: number
  /** Bytes of the .tar.gz written. */
  compressed: number
}

/**
 * Writes the entries as a gzip'd tar (level 1, as go-slug) to `file`, streaming: memory does not grow with the
 * tree. Permission bits only, no owner; never a hard-link entry (the unpacker rejects them).
 */
export async function writeArchive(entries: readonly ArchiveEntry[], file: string): Promise<ArchiveSize> {
  const tar = pack()
  const gzip = createGzip({ level: 1 })
  const output = createWriteStream(file)
  let compressed = 0
  gzip.on('data', (chunk: Buffer) => (compressed += chunk.length))
  const written = pipeline(tar, gzip, output)
  let uncompressed = 0
  try {
    for (const entry of entries) {
      const base = { name: entry.name, mode: entry.mode, mtime: entry.mtime, uid: 0, gid: 0 }
      if (entry.type === 'directory') await add(tar, { ...base, type: 'directory' })
      else if (entry.type === 'symlink') await add(tar, { ...base, type: 'symlink', linkname: entry.linkname })
      else {
        await pipeline(createReadStream(entry.source), tar.entry({ ...base, type: 'file', size: entry.size }))
        uncompressed += entry.size
      }
    }
    tar.finalize()
  } catch (error) {
    tar.destroy(error as Error)
    await written.catch(() => undefined)
    throw error
  }
  await written
  return { uncompressed, compressed }
}

function add(tar: ReturnType<typeof pack>, header: Parameters<ReturnType<typeof pack>['entry']>[0]): Promise<void> {
  return new Promise((resolve, reject) => tar.entry(header, error => (error ? reject(error) : resolve())))
}
