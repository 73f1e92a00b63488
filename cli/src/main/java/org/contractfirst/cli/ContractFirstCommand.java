package org.contractfirst.cli;

import org.contractfirst.conformance.cli.ConformanceCommand;
import org.contractfirst.mock.MockCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code contract-first}: the toolchain's one command line. Each subcommand exits 0 when all is well, 1 when what it
 * judges fails, and 2 when it could not judge (a usage error, a spec that cannot be read, a server that cannot be
 * reached).
 */
@Command(name = "contract-first", mixinStandardHelpOptions = true, version = "contract-first 0.1.0",
        description = "Contract-first OpenAPI toolchain: check a server against its spec, mock a spec, judge a spec"
                + " change, lint and format specs.",
        subcommands = {CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:all is well", "1:what was judged fails", "2:nothing could be judged (see the message)"})
public final class ContractFirstCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec command;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command with its subcommands: {@code check}, {@code mock}, {@code breaking}, {@code lint}, {@code format}. */
    public static CommandLine commandLine() {
        return new CommandLine(new ContractFirstCommand())
                .setExecutionExceptionHandler(ContractFirstCommand::couldNotJudge)
                .addSubcommand("check", new ConformanceCommand())
                .addSubcommand("mock", new MockCommand())
                .addSubcommand("breaking", new BreakingCommand())
                .addSubcommand("lint", new LintCommand())
                .addSubcommand("format", new FormatCommand());
    }

    /** A command that fails to run judged nothing: one line, not a stack trace, and exit 2. */
    private static int couldNotJudge(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        command.getErr().println(command.getCommandName() + ": " + e.getMessage());
        return 2;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(command.commandLine(), "name a command: check, mock, breaking, lint"
                + " or format");
    }
}
