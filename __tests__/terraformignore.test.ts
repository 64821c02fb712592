import { describe, expect, test } from '@jest/globals'
import { archiveMode, collectEntries } from '../src/upload/collect.js'
import { excludes, parseTerraformIgnore } from '../src/upload/terraformignore.js'
import { makeTree } from './support/tree.js'

// The vectors of go-slug's own tests (internal/ignorefiles/terraformignore_test.go, MPL-2.0): the same
// .terraformignore files and the same expectations, so this matcher agrees with what HCP Terraform's packer does.
const ARCHIVE_DIR = `# comments are ignored
 # extra spaces are irrelevant
# ignore a file
   baz.txt
# below is an empty line

# ignore a directory
terraform.d/
# negate ignoring a directory at the root
!/terraform.d/
# ignore a file at a subpath
**/foo/bar.tf
# ignore files with specific endings
foo/*.md
# character groups
bar/something-[a-z].txt
# ignore a file
boop.txt
# but not one at the current directory
!/boop.txt
`

const WITH_EXCLUSION = `src/**/*
# except at one directory
!src/foo/bar.txt
logs/
tmp/
`

describe("go-slug's TestTerraformIgnore", () => {
  test('a directory without .terraformignore gets the three default rules', () => {
    expect(parseTerraformIgnore(undefined)).toHaveLength(3)
  })

  const rules = parseTerraformIgnore(ARCHIVE_DIR)
  test.each([
    ['.terraform/', true],
    ['included.txt', false],
    ['.terraform/foo/bar', true],
    ['.terraform/foo/bar/more/directories/so/many', true],
    ['.terraform/foo/ignored-subdirectory/', true],
    ['baz.txt', true],
    ['parent/foo/baz.txt', true],
    ['parent/foo/bar.tf', true],
    ['parent/bar/bar.tf', false],
    ['something/with-baz.txt', false],
    ['something/baz.x', false],
    ['foo/ignored-doc.md', true],
    ['bar/something-a.txt', true],
    ['some-module/terraform.d/x', true],
    ['terraform.d/', false],
    ['terraform.d/foo', false],
    ['terraform.d', false],
    ['baz/boop.txt', true],
    ['boop.txt', false]
  ])('%s excluded: %s', (path, excluded) => {
    expect(excludes(rules, path).excluded).toBe(excluded)
  })
})

describe("go-slug's TestTerraformIgnoreNoExclusionOptimization", () => {
  const rules = parseTerraformIgnore(WITH_EXCLUSION)
  test('seven rules; negationsAfter is true exactly up to the last negation', () => {
    expect(rules).toHaveLength(7)
    let after = false
    for (let i = rules.length - 1; i >= 0; i--) {
      expect(rules[i].negationsAfter).toBe(after)
      if (rules[i].negated) after = true
    }
  })
  test.each(['logs/', 'tmp/'])('%s is excluded by a dominating rule', path => {
    expect(excludes(rules, path)).toMatchObject({ excluded: true, dominating: true })
  })
  test('src/baz/ignored is excluded', () => {
    expect(excludes(rules, 'src/baz/ignored').excluded).toBe(true)
  })
  test('src/foo/bar.txt is re-included, and src/ is not a dominating exclusion', () => {
    expect(excludes(rules, 'src/foo/bar.txt').excluded).toBe(false)
    expect(excludes(rules, 'src/foo/').dominating).toBe(false)
  })
})

describe('where .terraformignore is not .gitignore', () => {
  test('a pattern without a trailing slash drops only the directory entry, not what is inside', () => {
    const rules = parseTerraformIgnore('node_modules\n')
    expect(excludes(rules, 'node_modules').excluded).toBe(true)
    expect(excludes(rules, 'node_modules/').excluded).toBe(false)
    expect(excludes(rules, 'node_modules/pkg/index.js').excluded).toBe(false)
  })
  test('a pattern with a slash inside is unanchored', () => {
    const rules = parseTerraformIgnore('foo/*.md\n')
    expect(excludes(rules, 'foo/b.md').excluded).toBe(true)
    expect(excludes(rules, 'sub/foo/a.md').excluded).toBe(true)
    expect(excludes(rules, 'foo/sub/a.md').excluded).toBe(false)
  })
  test('a leading slash anchors to the root', () => {
    const rules = parseTerraformIgnore('/secrets.tfvars\n')
    expect(excludes(rules, 'secrets.tfvars').excluded).toBe(true)
    expect(excludes(rules, 'env/secrets.tfvars').excluded).toBe(false)
  })
  test('! re-includes a file under an excluded directory', () => {
    const rules = parseTerraformIgnore('docs/\n!docs/readme.md\n')
    expect(excludes(rules, 'docs/').excluded).toBe(true)
    expect(excludes(rules, 'docs/').dominating).toBe(false)
    expect(excludes(rules, 'docs/other.md').excluded).toBe(true)
    expect(excludes(rules, 'docs/readme.md').excluded).toBe(false)
  })
  test('the defaults apply even when the file exists: .git/ and .terraform/ except .terraform/modules/', () => {
    const rules = parseTerraformIgnore('*.tfvars\n')
    expect(excludes(rules, '.git/').excluded).toBe(true)
    expect(excludes(rules, 'sub/.git/config').excluded).toBe(true)
    expect(excludes(rules, '.terraform/providers/x').excluded).toBe(true)
    expect(excludes(rules, '.terraform/modules/vpc/main.tf').excluded).toBe(false)
    expect(excludes(rules, '.github/workflows/plan.yml').excluded).toBe(false)
    expect(excludes(rules, 'prod.tfvars').excluded).toBe(true)
  })
  test("go-slug's default order: .git inside .terraform/modules/ is left out, and .git/ dominates (never walked)", () => {
    const rules = parseTerraformIgnore(undefined)
    expect(rules.map(r => `${r.negated ? '!' : ''}${r.pattern}`)).toEqual(['**/.terraform/**', '!**/.terraform/modules/**', '**/.git/**'])
    expect(excludes(rules, '.terraform/modules/vpc/.git/config').excluded).toBe(true)
    expect(excludes(rules, '.terraform/modules/vpc/.git/').excluded).toBe(true)
    expect(excludes(rules, '.terraform/modules/vpc/main.tf').excluded).toBe(false)
    expect(excludes(rules, '.git/')).toMatchObject({ excluded: true, dominating: true })
    expect(excludes(rules, 'modules/x/.git/')).toMatchObject({ excluded: true, dominating: true })
    // A user's negation after the defaults makes them non-dominating, exactly as in go-slug's readRules.
    const withNegation = parseTerraformIgnore('docs/\n!docs/readme.md\n')
    expect(withNegation.slice(0, 3).map(r => r.negationsAfter)).toEqual([true, true, true])
    expect(excludes(withNegation, '.terraform/modules/vpc/.git/config').excluded).toBe(true)
  })
  test('? and * stop at a slash; ** crosses them; . is literal; \\ escapes', () => {
    const rules = parseTerraformIgnore('/a?c\n/x*z\n/deep/**/leaf\n/literal\\*star\n')
    expect(excludes(rules, 'abc').excluded).toBe(true)
    expect(excludes(rules, 'a/c').excluded).toBe(false)
    expect(excludes(rules, 'x/z').excluded).toBe(false)
    expect(excludes(rules, 'xyyz').excluded).toBe(true)
    expect(excludes(rules, 'deep/leaf').excluded).toBe(true)
    expect(excludes(rules, 'deep/a/b/leaf').excluded).toBe(true)
    expect(excludes(rules, 'literal*star').excluded).toBe(true)
    expect(excludes(rules, 'literalxstar').excluded).toBe(false)
    expect(excludes(parseTerraformIgnore('/a.b\n'), 'axb').excluded).toBe(false)
  })
})

describe('the walk, with the default rules', () => {
  test('.git/ is pruned once, never walked; only a user rule without a trailing slash is reported as dropping an entry', async () => {
    const root = makeTree({
      'main.tf': '',
      '.git/objects/ab/cdef': 'blob',
      '.terraform/modules/vpc/main.tf': '',
      '.terraform/modules/vpc/.git/config': 'token',
      'node_modules/pkg/index.js': ''
    })
    const walked = await collectEntries(root, parseTerraformIgnore('node_modules\n'))
    expect(walked.excluded).toEqual(['.git/', '.terraform/modules/vpc/.git/'])
    expect(walked.entries.map(e => e.name)).toEqual([
      '.terraform/modules/vpc/',
      '.terraform/modules/vpc/main.tf',
      'main.tf',
      'node_modules/pkg/',
      'node_modules/pkg/index.js'
    ])
    expect(walked.entryOnly).toEqual(['node_modules/'])
  })
})

describe('modes in the archive', () => {
  const dir = { isDirectory: () => true }
  const file = { isDirectory: () => false }
  test('as the file system says, on Linux and macOS', () => {
    expect(archiveMode({ ...dir, mode: 0o40755 }, 'linux')).toBe(0o755)
    expect(archiveMode({ ...file, mode: 0o100755 }, 'darwin')).toBe(0o755)
  })
  test("on Windows, Go's view (go-slug's archives): directories 0777, files 0666 or 0444 when read-only", () => {
    // Node on Windows reports a directory as 0o40666: kept as it is, the unpacked directory could not be entered.
    expect(archiveMode({ ...dir, mode: 0o40666 }, 'win32')).toBe(0o777)
    expect(archiveMode({ ...file, mode: 0o100666 }, 'win32')).toBe(0o666)
    expect(archiveMode({ ...file, mode: 0o100444 }, 'win32')).toBe(0o444)
  })
})
