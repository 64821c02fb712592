/** Log text as archive storage serves it: STX/ETX framing (tfc-api.md §5.4) and terminal colour codes. */

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*(\x07|\x1b\\)/g

export function stripFraming(log: string): string {
  return log
    .replace(/^\x02/, '')
    .replace(/\x03$/, '')
    .replace(/[\x02\x03]/g, '')
}

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '')
}
