package org.jcrm.grammar.ast;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A stable, indented text form of an AST for golden tests and debugging: one record per line with
 * its position, then its non-empty components; null components and empty lists are left out.
 */
public final class AstDump {
    private AstDump() {
    }

    /** The dump of a whole script. */
    public static String of(ConfigScript script) {
        StringBuilder out = new StringBuilder();
        for (ObjectDef object : script.objects()) {
            write(out, (Record) object, 0);
        }
        return out.toString();
    }

    private static void write(StringBuilder out, Record record, int depth) {
        out.append(record.getClass().getSimpleName());
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getType() == SourcePos.class) {
                SourcePos pos = (SourcePos) value(component, record);
                out.append(" @").append(pos.line()).append(':').append(pos.column());
            }
        }
        out.append('\n');
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = value(component, record);
            if (value == null || value instanceof SourcePos || value instanceof List<?> l && l.isEmpty()) {
                continue;
            }
            indent(out, depth + 1).append(component.getName()).append(':');
            writeValue(out, value, depth + 1);
        }
    }

    private static void writeValue(StringBuilder out, Object value, int depth) {
        if (value instanceof Record record) {
            out.append(' ');
            write(out, record, depth);
        } else if (value instanceof List<?> list) {
            out.append('\n');
            for (Object element : list) {
                indent(out, depth + 1).append('-');
                writeValue(out, element, depth + 1);
            }
        } else {
            out.append(' ').append(value instanceof String s ? quote(s) : value).append('\n');
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static StringBuilder indent(StringBuilder out, int depth) {
        return out.append("  ".repeat(depth));
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
