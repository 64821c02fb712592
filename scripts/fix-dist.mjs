// ncc emits ES modules for an ESM package; Node needs a package.json beside them saying so.
import { writeFileSync } from 'node:fs'
for (const dir of ['dist', 'dist/post']) writeFileSync(`${dir}/package.json`, '{\n  "type": "module"\n}\n')
