package org.jcrm.shell.configure;

import java.util.function.Supplier;
import org.jcrm.shell.cli.Command;
import org.jcrm.shell.complete.AgentNames;
import org.jcrm.shell.verify.VerifyCommand;

/**
 * What the configure level borrows from the rest of jcrm: the {@code verify} and {@code simulate}
 * commands, the editor to run for {@code edit}, and the installed agents for completion.
 *
 * @param editor the editor command line (run through {@code sh -c} with the file appended)
 */
public record ConfigureTools(VerifyCommand verify, Command simulate, Supplier<String> editor, AgentNames agents) {
}
