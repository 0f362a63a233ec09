package org.jcrm.shell.cli;

/**
 * The exit codes of every jcrm command, the same numbers Pacemaker's tools use, so that scripts written
 * for crm_verify or crm_simulate read jcrm's results the same way.
 */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /** A generic failure: the message on stderr says what went wrong. */
    ERROR(1),
    /** The command line itself is wrong (unknown command, missing or bad option). */
    USAGE(64),
    /** The input could be read but is not valid (a parse error, an XML document that is not a CIB). */
    DATA_ERROR(65),
    /** An input file does not exist or cannot be read. */
    NO_INPUT(66),
    /** A bug in jcrm: an unexpected exception. */
    SOFTWARE(70),
    /** The configuration has errors (as crm_verify reports them). */
    CONFIG(78);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The numeric process exit status. */
    public int code() {
        return code;
    }
}
