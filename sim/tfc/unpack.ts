/**
 * What HCP Terraform's unpacker (go-slug's Unpack) accepts, applied to an uploaded archive: only directories,
 * regular files and symlinks (PAX headers are read by the tar parser); no `..`, no absolute names, no symlink whose
 * target leaves the root, nothing written through a symlinked directory. ../shared/tfc-api-addendum.md §1.3.
 */
import { posix } from 'node:path'
import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { extract } from 'tar-stream'

export type Unpacked = Map<string, { type: 'file' | 'directory' | 'symlink'; content?: string; linkname?: string; mode: number }>

export class IllegalSlugError extends Error {}

export async function unpack(archive: Buffer): Promise<Unpacked> {
  const files: Unpacked = new Map()
  const reader = extract()
  Readable.from([archive])
    .pipe(createGunzip())
    .on('error', error => reader.destroy(error))
    .pipe(reader)
  for await (const entry of reader) {
    const { header } = entry
    const chunks: Buffer[] = []
    for await (const chunk of entry) chunks.push(chunk as Buffer)
    const name = header.name.replace(/\/$/, '')
    if (!name) continue
    if (posix.isAbsolute(name) || name.split('/').includes('..'))
      throw new IllegalSlugError(`invalid filename, traversal with "..": ${header.name}`)
    // Go's unpacker skips macOS AppleDouble files.
    if (posix.basename(name).startsWith('._')) continue
    for (let parent = posix.dirname(name); parent !== '.'; parent = posix.dirname(parent)) {
      if (files.get(parent)?.type === 'symlink') throw new IllegalSlugError(`cannot extract "${header.name}" through symlink`)
    }
    switch (header.type) {
      case 'directory':
        files.set(name, { type: 'directory', mode: header.mode ?? 0 })
        break
      case 'file':
        files.set(name, { type: 'file', content: Buffer.concat(chunks).toString('utf8'), mode: header.mode ?? 0 })
        break
      case 'symlink': {
        const target = header.linkname ?? ''
        const resolved = posix.normalize(posix.join(posix.dirname(name), target))
        if (posix.isAbsolute(target) || resolved === '..' || resolved.startsWith('../')) {
          throw new IllegalSlugError(`invalid symlink (${header.name} -> ${target}) has external target`)
        }
        files.set(name, { type: 'symlink', linkname: target, mode: header.mode ?? 0 })
        break
      }
      default:
        throw new IllegalSlugError(`failed creating "${header.name}": unsupported type "${header.type}"`)
    }
  }
  return files
}
