import { afterAll } from '@jest/globals'
import { removeTempDirs } from './temp.js'

// Every test file leaves nothing behind: runner folders, plan JSON files and event payloads go with it.
afterAll(removeTempDirs)
