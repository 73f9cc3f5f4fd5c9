/**
 * Every script's command line, read with Node's own parseArgs (strict: an option a script does not take
 * is an error, not ignored): on a mistake the script prints its usage line and exits with code 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function commandLine<const T extends NonNullable<ParseArgsConfig['options']>>(
  options: T,
  usage: string,
  { positionals = false } = {},
) {
  try {
    const parsed = parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
    if (!positionals && parsed.positionals.length > 0) throw new Error(`Unexpected argument '${parsed.positionals[0]}'`);
    return parsed;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
}
