// Prints the plain closing line CI reads ("N passed, N failed, N skipped"); jest's own summary is not one it knows.
// A suite that fails to run (a syntax error, a throw while collecting tests) has no failed test: it counts as one
// failure here, so the line never says "0 failed" while jest exits 1.
import { spawnSync } from 'node:child_process'

export default class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const brokenSuites = results.testResults.filter(
      suite => suite.testExecError || (suite.failureMessage && suite.numFailingTests === 0)
    ).length
    const failed = results.numFailedTests + brokenSuites
    if (spawnSync('terraform', ['version'], { stdio: 'ignore', timeout: 20_000 }).status !== 0) {
      process.stdout.write('\nNOTICE: terraform is not on PATH: the Terraform CLI contract test and the slug cross-check were skipped.\n')
    }
    if (brokenSuites) process.stdout.write(`\n${brokenSuites} test suite(s) failed to run; each counts as one failure below.\n`)
    process.stdout.write(`\n${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`)
  }
}
