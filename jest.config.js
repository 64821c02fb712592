import { availableParallelism } from 'node:os'

/** ESM + ts-jest: see ../shared/TOOLCHAIN.md. Type checking is `tsc --noEmit`, not jest. */
export default {
  testEnvironment: 'node',
  // Inside the project, not the system's temporary folder: the suite leaves nothing there (scripts/temp-check.mjs).
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/cleanup.ts', '<rootDir>/__tests__/support/github-contract-setup.ts'],
  testTimeout: 30000,
  // Twice the cores, plus one: the suites are independent (each starts its own loopback servers on port 0) and
  // spend most of their time waiting on those servers and on the bundle's child processes, not computing (with
  // three workers on this 2-core machine the suite used 19.5 s of CPU in 21.6 s of wall time). Measured here:
  // 21.3 s with 3 workers, 17.0 s with 4, 14.9 s with 5.
  maxWorkers: availableParallelism() * 2 + 1,
  reporters: ['default', '<rootDir>/scripts/closing-line-reporter.mjs']
}
