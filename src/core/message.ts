// Warnings with a place, a stage and a rule id, in the manner of vfile messages:
// `000_968e:12:5: quote opened here is never closed (quotes:unclosed-quote)`.

export type Severity = 'warning' | 'fatal';

export interface Message {
  /** Machine-readable code, e.g. `unclosed-quote`. */
  code: string;
  start: number;
  end: number;
  message: string;
  /** The stage that reported it. */
  stage: string;
  severity: Severity;
}

export interface Report {
  warn(code: string, start: number, end: number, message: string): void;
}

/** Collects the messages of one article; each stage gets a reporter stamped with its name. */
export class MessageLog {
  readonly messages: Message[] = [];

  reporter(stage: string): Report {
    return {
      warn: (code, start, end, message) => {
        this.messages.push({ code, start, end, message, stage, severity: 'warning' });
      },
    };
  }

  fatal(stage: string, code: string, message: string, start = 0, end = 0): void {
    this.messages.push({ code, start, end, message, stage, severity: 'fatal' });
  }
}

/** 1-based line and column of an offset, for messages printed as `article:line:col`. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, col: offset - last };
}

export function formatMessage(articleId: string, text: string, m: Message): string {
  const { line, col } = lineCol(text, m.start);
  return printable(`${articleId}:${line}:${col}: ${m.message} (${m.stage}:${m.code})`);
}

/**
 * A line safe to print on a terminal: control characters, from a file name or an id (`\x1b[2J` clears
 * the screen), are shown escaped instead of acted on.
 */
export function printable(line: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this escapes
  return line.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === '\t' ? ' ' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
