import { availableParallelism } from 'node:os'

/** ESM + ts-jest: see ../shared/TOOLCHAIN.md. Type checking is `tsc --noEmit`, not jest. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/cleanup.ts'],
  testTimeout: 30000,
  // Every core the machine has, plus one: the suites are independent (each starts its own loopback servers on port
  // 0), and the bundle's timeout tests leave their worker idle for seconds while a child process waits out its
  // real `timeout` (2 cores here: 19.7 s cold with 3 workers against 23.5 s with 2).
  maxWorkers: availableParallelism() + 1,
  reporters: ['default', '<rootDir>/scripts/closing-line-reporter.mjs']
}
