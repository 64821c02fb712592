import { coreIO } from './core-io.js'
import { cleanup } from './cleanup.js'

await cleanup(coreIO())
