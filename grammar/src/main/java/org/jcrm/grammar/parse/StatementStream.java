package org.jcrm.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import org.jcrm.grammar.ast.ObjectDef;

/**
 * The statements of a crm text, parsed on a thread of their own ({@link CrmText#parseEach}) and read
 * here in order while the rest is still being parsed: a reader that maps each statement as it comes
 * keeps no whole AST and works beside the parser. Once {@link #next()} returns null,
 * {@link #parsedWhole()} tells whether the statements read were the whole script; if not, the text
 * has an error (or needs full-LL prediction) and {@link CrmText#parse} gives the script or the error.
 * Closing the stream stops the parser.
 */
public final class StatementStream implements AutoCloseable {
    /** Statements go over in batches: one hand-over per statement cost more than parsing it. */
    private static final int BATCH = 256;
    private static final List<ObjectDef> END = List.of();

    private final BlockingQueue<List<ObjectDef>> batches = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    private volatile boolean whole;
    private volatile RuntimeException failure;
    private List<ObjectDef> current = List.of();
    private int position;
    private boolean ended;

    private StatementStream() {
    }

    /** Starts parsing {@code text} on a new daemon thread; {@code sourceName} names it in positions. */
    public static StatementStream start(CrmText parser, String text, String sourceName) {
        StatementStream stream = new StatementStream();
        Thread thread = new Thread(() -> stream.parse(parser, text, sourceName), "jcrm-parse");
        thread.setDaemon(true);
        thread.start();
        return stream;
    }

    private void parse(CrmText parser, String text, String sourceName) {
        List<ObjectDef> batch = new ArrayList<>(BATCH);
        try {
            whole = parser.parseEach(text, sourceName, statement -> {
                if (closed) {
                    throw new CancellationException("the reader stopped");
                }
                batch.add(statement);
                if (batch.size() == BATCH) {
                    batches.add(List.copyOf(batch));
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                batches.add(List.copyOf(batch));
            }
        } catch (CancellationException e) {
            whole = false;
        } catch (RuntimeException | StackOverflowError e) {
            failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } finally {
            batches.add(END);
        }
    }

    /** The next statement, waiting for the parser; null after the last one it parsed. */
    public ObjectDef next() {
        while (position == current.size()) {
            if (ended) {
                return null;
            }
            try {
                current = batches.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for the parser");
            }
            position = 0;
            if (current == END) {
                ended = true;
                if (failure != null) {
                    throw failure;
                }
            }
        }
        return current.get(position++);
    }

    /** After {@link #next()} returned null: true when the text parsed whole and every statement was read. */
    public boolean parsedWhole() {
        return ended && whole;
    }

    /** Stops the parser at its next statement. */
    @Override
    public void close() {
        closed = true;
    }
}
