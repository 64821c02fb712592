/** The archive writer refuses a file whose bytes read differ from the size the walk saw (a pseudo-file, a file being written). */
import { describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FileSizeError, writeArchive } from '../src/upload/archive.js'
import type { ArchiveEntry } from '../src/upload/collect.js'
import { tempDir } from './support/temp.js'

const entry = (source: string, size: number): ArchiveEntry => ({
  type: 'file',
  name: 'env.txt',
  mode: 0o644,
  mtime: new Date(0),
  size,
  source
})

describe('a file that reads other than its size', () => {
  test('read whole (small): refused, naming it, as /proc files stat as 0 bytes and read whole', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'env.txt'), 'INPUT_TOKEN=x')
    await expect(writeArchive([entry(join(dir, 'env.txt'), 0)], join(dir, 'a.tar.gz'))).rejects.toThrow(
      new FileSizeError(
        'env.txt read as 13 bytes where its size is 0: it changed while it was packed, or is not a regular file; it is not uploaded'
      )
    )
  })

  test('streamed (large): refused when it grew or shrank', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'big'), Buffer.alloc(2 * 1024 * 1024))
    await expect(writeArchive([entry(join(dir, 'big'), 3 * 1024 * 1024)], join(dir, 'a.tar.gz'))).rejects.toBeInstanceOf(FileSizeError)
    await expect(writeArchive([entry(join(dir, 'big'), 1024 * 1024 + 1)], join(dir, 'b.tar.gz'))).rejects.toBeInstanceOf(FileSizeError)
  })

  test('the same size: written', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'main.tf'), 'x')
    await expect(writeArchive([entry(join(dir, 'main.tf'), 1)], join(dir, 'a.tar.gz'))).resolves.toMatchObject({ uncompressed: 1 })
  })
})
