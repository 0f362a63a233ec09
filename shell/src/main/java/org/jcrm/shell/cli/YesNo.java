package org.jcrm.shell.cli;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/** Asks a yes/no question on the terminal until it gets y, yes, n or no; end of input means no. */
final class YesNo {
    private final Terminal terminal;

    YesNo(Terminal terminal) {
        this.terminal = terminal;
    }

    boolean ask(String question) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
        while (true) {
            String answer;
            try {
                answer = reader.readLine(question).strip().toLowerCase(java.util.Locale.ROOT);
            } catch (UserInterruptException | EndOfFileException e) {
                return false;
            }
            if (answer.equals("y") || answer.equals("yes")) {
                return true;
            }
            if (answer.equals("n") || answer.equals("no")) {
                return false;
            }
        }
    }
}
