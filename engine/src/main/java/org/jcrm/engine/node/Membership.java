package org.jcrm.engine.node;

import java.util.List;
import java.util.function.Consumer;

/** Who is in this node's partition right now, as the group communication layer agreed it. */
public interface Membership {

    /** This node's name. */
    String localName();

    /** The names of the members of the current view, in the view's order (the first coordinates). */
    List<String> members();

    /** Calls {@code listener} with the member names of every new view. */
    void addViewListener(Consumer<List<String>> listener);
}
