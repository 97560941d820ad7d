// The command line: declares commands and flags, hands each command a typed options object,
// and turns the outcome into output and an exit code. Each command's modules load only when
// that command runs, so `score` never pays for the prompt library or the report renderers.
import { Command, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { exitCodeFor, quietOnClosedPipe } from './cli/edge.js';

const NAME = 'salesmarketing-align';

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${NAME} ${l}`).join('\n')}\n`;
}

const questionnaireOption = () =>
  new Option(
    '-q, --questionnaire <file>',
    'statement bank and scoring key (default: the bundled one)',
  );

export function buildProgram(): Command {
  const program = new Command(NAME)
    .description('Score and report the Sales-Marketing alignment diagnostic.')
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .showHelpAfterError(`(add --help for usage)`)
    .configureHelp({ sortSubcommands: false, helpWidth: 100 });

  program
    .command('run')
    .description('answer the questionnaire in the terminal, one statement per screen')
    .addOption(questionnaireOption())
    .option(
      '-o, --out <dir>',
      'folder to write responses in (default: responses, or the folder of --resume)',
    )
    .option('--organization <name>', 'the organization (default: the last one used in --out)')
    .option('--department <id>', "the respondent's department, a department id of the bank")
    .option('--role <id>', "the respondent's role, a role id of the bank")
    .option('--respondent <id>', 'the respondent id (default: a new random one)')
    .option('--name <name>', 'store this name with the answers (otherwise only heads are asked)')
    .option('--anonymous', 'do not ask a head of department for a name')
    .option('--repeat', 'after each respondent, start the next one on a cleared screen')
    .option('--resume <file>', 'carry on with an interrupted session from its .partial.json file')
    .option(
      '--answers <list>',
      'answer without prompts: every rating in statement order, e.g. 4,5,3,...',
    )
    .option('--answers-file <file>', 'answer without prompts, reading the ratings from a file')
    .addHelpText(
      'after',
      examples(
        'run',
        "run --out responses/acme --organization 'Acme Tools' --repeat",
        'run --resume responses/2026-12-03T091500Z-sales-r-1a2b3c4d.partial.json',
        'run --answers 4,4,3,2,5,3,4,4,3,2,3,4,3,3,2,4,1,2,3,3 --organization Acme --department sales --role staff',
      ),
    )
    .action(async (flags) => {
      const { runCommand } = await import('./cli/run-command.js');
      process.exitCode = await runCommand(flags);
    });

  program
    .command('score')
    .description('score response files: a total and a stage for each')
    .argument('<paths...>', 'response files, folders of *.json, or quoted glob patterns')
    .addOption(questionnaireOption())
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['table', 'json', 'ndjson', 'csv'])
        .default('table'),
    )
    .option('-r, --recursive', 'also read the *.json files of sub-folders')
    .option(
      '--fail-under <total|stage>',
      'exit 3 when the mean total is below a total or a stage id',
    )
    .option('--each', 'apply --fail-under to every file instead of to the mean')
    .addHelpText(
      'after',
      examples(
        'score responses/*.json',
        "score 'responses/**/*.json' --format csv",
        'score responses --fail-under aligned',
      ),
    )
    .action(async (paths: string[], flags) => {
      const { scoreCommand } = await import('./cli/score-command.js');
      process.exitCode = await scoreCommand(paths, flags);
    });

  program
    .command('aggregate')
    .description('report per department: stages, the perception gap and where to act')
    .argument('<paths...>', 'response files, folders of *.json, or quoted glob patterns')
    .addOption(questionnaireOption())
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['table', 'markdown', 'json', 'csv', 'html'])
        .default('table'),
    )
    .option('-o, --out <file>', 'write the report to a file (atomically) instead of stdout')
    .option('-r, --recursive', 'also read the *.json files of sub-folders')
    .option('--strict', 'write no report when any file is invalid')
    .option('--title <text>', 'the title of the report')
    .option('--prepared-by <text>', 'who prepared the report')
    .option('--bom', 'start CSV with a byte-order mark, so that Excel reads it as UTF-8')
    .option(
      '--min-group <k>',
      'withhold figures about fewer than k respondents (default: 3; 1: off)',
    )
    .option('--seed <n>', 'seed of the bootstrap of stage certainty (default: 1)')
    .option('--resamples <n>', 'bootstrap resamples per department (default: 1000)')
    .option('--no-stats', 'no intervals, stage certainty, agreement, reliability or tests')
    .addHelpText(
      'after',
      examples(
        'aggregate responses/',
        "aggregate 'responses/**/*.json' --format markdown --out report.md --title 'Acme, Q4'",
        "aggregate responses --format html --out report.html --prepared-by 'Dana Reyes'",
        'aggregate responses --format csv --bom --out report.csv',
        'aggregate responses --format json --strict',
        'aggregate responses --min-group 5 --seed 7 --resamples 10000',
      ),
    )
    .action(async (paths: string[], flags) => {
      const { aggregateCommand } = await import('./cli/aggregate-command.js');
      process.exitCode = await aggregateCommand(paths, flags);
    });

  program
    .command('validate')
    .description('check banks, responses and other files of ours, and list every problem')
    .argument('<paths...>', 'files, folders or quoted glob patterns')
    .addOption(questionnaireOption())
    .option('-r, --recursive', 'also read the *.json files of sub-folders')
    .addHelpText(
      'after',
      examples('validate questionnaires/my-bank.yaml', 'validate responses/*.json'),
    )
    .action(async (paths: string[], flags) => {
      const { validateCommand } = await import('./cli/validate-command.js');
      process.exitCode = await validateCommand(paths, flags);
    });

  program
    .command('context')
    .description('answer the context questions for one organization: should it move up at all?')
    .addOption(questionnaireOption())
    .option('--organization <name>', 'the organization the answers are for (asked when not given)')
    .option('-o, --out <dir>', 'folder to write the context file in (default: responses)')
    .option('--answers <list>', 'answer without prompts: yes or no for every question, in order')
    .option('--note <text>', 'a note to keep with the answers')
    .addHelpText(
      'after',
      examples(
        "context --organization 'Acme Tools'",
        "context --organization 'Acme Tools' --out responses/acme",
        'context --organization Acme --answers no,no,yes,yes,no,yes,yes,yes,no,yes',
      ),
    )
    .action(async (flags) => {
      const { contextCommand } = await import('./cli/context-command.js');
      process.exitCode = await contextCommand(flags);
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  quietOnClosedPipe();
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.exitCode = exitCodeFor(error, NAME);
  }
}

await main(process.argv);
