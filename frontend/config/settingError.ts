/**
 * A setting from the environment that cannot work. Its message is one line naming the variable:
 * the server prints it and stops at start, instead of a stack trace or a guess.
 */
export class SettingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}
