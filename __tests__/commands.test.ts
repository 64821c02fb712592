import { describe, expect, test } from '@jest/globals'
import { parseCommand } from '../src/commands/parse.js'

describe('a comment as a command', () => {
  test('the verbs, with -w repeated; only the first line is read', () => {
    expect(parseCommand('/tfe plan', '/tfe')).toEqual({ kind: 'command', verb: 'plan', workspaces: [] })
    expect(parseCommand('/tfe apply -w network -w app-*\nand /tfe discard below', '/tfe')).toEqual({
      kind: 'command',
      verb: 'apply',
      workspaces: ['network', 'app-*']
    })
    expect(parseCommand('  /tfe   discard  ', '/tfe')).toEqual({ kind: 'command', verb: 'discard', workspaces: [] })
    expect(parseCommand('/tfe help', '/tfe')).toEqual({ kind: 'command', verb: 'help', workspaces: [] })
  })
  test('not a command: another prefix, plain text, the prefix later in the line or on a later line', () => {
    for (const body of ['/atlantis plan', 'LGTM', 'please /tfe apply', 'thanks\n/tfe apply', '/tfeapply', ''])
      expect(parseCommand(body, '/tfe')).toEqual({ kind: 'none' })
    expect(parseCommand('!tf plan', '!tf')).toMatchObject({ kind: 'command', verb: 'plan' })
  })
  test('unknown commands and bad flags are invalid, and say which, without echoing markup', () => {
    expect(parseCommand('/tfe', '/tfe')).toEqual({ kind: 'invalid', problem: 'no command given' })
    expect(parseCommand('/tfe destroy', '/tfe')).toEqual({ kind: 'invalid', problem: 'unknown command "destroy"' })
    expect(parseCommand('/tfe plan --auto-approve', '/tfe')).toEqual({ kind: 'invalid', problem: 'unknown flag "--auto-approve"' })
    expect(parseCommand('/tfe plan -w', '/tfe')).toEqual({ kind: 'invalid', problem: '-w needs a workspace name or glob' })
    expect(parseCommand('/tfe plan -w $(curl)', '/tfe')).toEqual({ kind: 'invalid', problem: '"??curl?" is not a workspace name or glob' })
    expect(parseCommand('/tfe help -w x', '/tfe')).toEqual({ kind: 'invalid', problem: 'help takes no flags' })
  })
})
