/** A bad input: the message names the input and says how to fix it. Nothing has been created when it is thrown. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(message)
    this.name = 'InputError'
  }
}

export type InputGetter = (name: string) => string
