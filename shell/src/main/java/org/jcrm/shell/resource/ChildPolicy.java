package org.jcrm.shell.resource;

import java.util.Locale;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/**
 * crmsh's {@code manage-children} option: what a meta attribute set on a group or clone does to the
 * same attribute set on the resources inside it. Pacemaker lets the child's own value win, so
 * {@link #ALWAYS} removes the children's values, {@link #NEVER} keeps them and {@link #ASK} asks.
 */
enum ChildPolicy {
    ALWAYS, NEVER, ASK;

    /** The policy named by the option's value ({@code always}, {@code never}, {@code ask}). */
    static ChildPolicy of(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, "manage-children is always, never or ask, not '" + value + "'");
        }
    }
}
