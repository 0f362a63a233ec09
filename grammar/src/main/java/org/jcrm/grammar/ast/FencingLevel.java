package org.jcrm.grammar.ast;

/** One level of a fencing topology: its target and its comma-separated devices. */
public record FencingLevel(FencingTarget target, String devices, SourcePos pos) {
}
