/**
 * Writes a module at a 1,200-character path holding 60 check blocks that fail, and the call to it: the noise a
 * pull request can add to bury a destroy in the comment (issue 25, item 4).
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export default function prepare(dir) {
  const segments = Array.from({ length: 6 }, (_, i) => `${String.fromCharCode(97 + i)}${'x'.repeat(198)}`)
  const path = `modules/${segments.join('/')}`.slice(0, 1200)
  mkdirSync(join(dir, path), { recursive: true })
  const checks = Array.from(
    { length: 60 },
    (_, i) => `check "c${i}" {\n  assert {\n    condition     = var.ok\n    error_message = "Check ${i} failed."\n  }\n}\n`
  )
  writeFileSync(join(dir, path, 'main.tf'), `variable "ok" {\n  default = false\n}\n\n${checks.join('\n')}`)
  appendFileSync(join(dir, 'main.tf'), `\nmodule "noise" {\n  source = "./${path}"\n}\n`)
}
