package org.jcrm.engine.store.replicated;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jcrm.engine.node.GroupChannel;

/**
 * A group in one JVM for unit tests: messages are delivered synchronously under one lock, which
 * makes broadcasts totally ordered; members join and leave by calling {@link #join} and {@link #leave}.
 */
public final class InMemoryGroup {
    private final List<Member> view = new ArrayList<>();

    /** A channel for {@code name}, not yet in the view. */
    public Member member(String name) {
        return new Member(name);
    }

    public synchronized void join(Member m) {
        view.add(m);
        announceView();
    }

    public synchronized void leave(Member m) {
        view.remove(m);
        announceView();
        m.listeners.forEach(l -> l.accept(List.of(m.name)));
    }

    private void announceView() {
        List<String> names = view.stream().map(v -> v.name).toList();
        for (Member m : List.copyOf(view)) {
            m.listeners.forEach(l -> l.accept(names));
        }
    }

    public final class Member implements GroupChannel {
        private final String name;
        private final List<Consumer<List<String>>> listeners = new CopyOnWriteArrayList<>();
        private volatile BiConsumer<String, byte[]> handler = (f, p) -> { };

        private Member(String name) {
            this.name = name;
        }

        @Override
        public String localName() {
            return name;
        }

        @Override
        public List<String> members() {
            synchronized (InMemoryGroup.this) {
                return view.contains(this) ? view.stream().map(v -> v.name).toList() : List.of(name);
            }
        }

        @Override
        public void addViewListener(Consumer<List<String>> listener) {
            listeners.add(listener);
        }

        @Override
        public void broadcast(byte[] payload) {
            synchronized (InMemoryGroup.this) {
                if (!view.contains(this)) {
                    handler.accept(name, payload);
                    return;
                }
                for (Member m : List.copyOf(view)) {
                    m.handler.accept(name, payload);
                }
            }
        }

        @Override
        public void send(String member, byte[] payload) {
            synchronized (InMemoryGroup.this) {
                view.stream().filter(m -> m.name.equals(member)).findFirst().ifPresent(m -> m.handler.accept(name, payload));
            }
        }

        @Override
        public void onMessage(BiConsumer<String, byte[]> handler) {
            this.handler = handler;
        }

        @Override
        public void close() {
            leave(this);
        }
    }
}
