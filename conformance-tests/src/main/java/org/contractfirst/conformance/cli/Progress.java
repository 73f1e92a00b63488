package org.contractfirst.conformance.cli;

import org.contractfirst.conformance.Conformance;

import java.io.PrintWriter;

/**
 * A line on standard error per step of the run, so that a long run shows where it is: rewritten in place on a
 * terminal, one plain line each otherwise (a CI log), none when quiet.
 */
final class Progress {

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal;
    private final int steps;
    private int done;

    Progress(PrintWriter err, boolean quiet, int steps) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = terminal();
        this.steps = steps;
    }

    /**
     * Whether the run has a terminal to rewrite a line on. Before JDK 22 a console exists only for one; from 22 on it
     * may exist for redirected output too, and its {@code isTerminal()} says which (called by name: this code is
     * compiled for 17).
     */
    private static boolean terminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException before22) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    void ran(Conformance.Step step, Conformance.Outcome outcome) {
        done++;
        if (quiet) {
            return;
        }
        String verdict = outcome.skipped() != null ? "skipped" : outcome.failures().isEmpty() && outcome.errors().isEmpty()
                ? "ok" : outcome.failures().size() + " failing, " + outcome.errors().size() + " errors";
        String line = "[" + done + "/" + steps + "] " + step + ": " + verdict;
        if (terminal) {
            err.print("\r\033[2K" + line + (done == steps ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }
}
