package org.jcrm.shell.cli;

/**
 * A failure to report to the user as one line on stderr, with the exit code the process ends with.
 * Commands throw it instead of printing and exiting themselves, so there is one way to fail.
 */
public class CliException extends RuntimeException {
    private final ExitCode exitCode;

    public CliException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The exit code the process should end with. */
    public ExitCode exitCode() {
        return exitCode;
    }
}
