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
        this.terminal = System.console() != null;
        this.steps = steps;
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
