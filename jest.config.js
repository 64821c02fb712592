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
  // Every core the machine has: the suites are independent (each starts its own loopback servers on port 0).
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/scripts/closing-line-reporter.mjs']
}
