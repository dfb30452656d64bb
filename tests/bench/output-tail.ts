/** The last lines of a child process's output, kept to explain a failure without flooding the console. */
export class OutputTail {
  private readonly lines: string[] = []
  private partial = ""

  constructor(private readonly limit: number) {}

  /** Adds a chunk of output; a line split across chunks is joined before it counts. */
  push(chunk: string): void {
    const parts = (this.partial + chunk).split(/\r?\n/)
    this.partial = parts.pop() ?? ""
    for (const line of parts) this.keep(line)
  }

  /** The kept lines, oldest first, including an unfinished last line. */
  text(): string {
    return [...this.lines, ...(this.partial ? [this.partial] : [])].join("\n")
  }

  private keep(line: string): void {
    this.lines.push(line)
    if (this.lines.length > this.limit) this.lines.shift()
  }
}
