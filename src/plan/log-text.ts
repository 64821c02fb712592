/** Terminal colour codes in log text, which a report or an annotation must not carry. */

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*(\x07|\x1b\\)/g

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '')
}
