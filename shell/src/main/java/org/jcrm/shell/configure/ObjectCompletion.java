package org.jcrm.shell.configure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jcrm.shell.complete.AgentNames;
import org.jcrm.shell.complete.Vocabulary;

/**
 * Completion inside object definitions: agents after {@code primitive ID}, the agent's parameters
 * after {@code params}, meta attributes and their values after {@code meta}, operations after
 * {@code op}, resource ids in groups, clones and constraints, node names in locations, properties
 * and their values after {@code property}.
 */
final class ObjectCompletion {
    private static final List<String> PRIMITIVE_SECTIONS = List.of("params", "meta", "op", "utilization");
    private static final Set<String> SECTIONS = Set.of("params", "meta", "op", "utilization", "op_params", "op_meta",
            "operations");

    private final Supplier<WorkingCib> work;
    private final AgentNames agents;

    ObjectCompletion(Supplier<WorkingCib> work, AgentNames agents) {
        this.work = work;
        this.agents = agents;
    }

    List<String> candidates(String keyword, List<String> before, String word) {
        return switch (keyword) {
            case "primitive" -> primitive(before, word);
            case "group", "tag" -> before.isEmpty() ? List.of() : unused(before);
            case "clone", "ms", "master" -> before.size() == 1 ? resources() : afterMeta(before, word);
            case "location" -> location(before);
            case "colocation", "collocation", "order", "rsc_ticket" -> before.size() >= 2 ? resources() : List.of();
            case "property" -> Vocabulary.assignments(Vocabulary.PROPERTIES, word);
            case "rsc_defaults" -> Vocabulary.assignments(Vocabulary.META, word);
            case "op_defaults" -> Vocabulary.assignments(Vocabulary.OP_ATTRIBUTES, word);
            default -> List.of();
        };
    }

    private List<String> primitive(List<String> before, String word) {
        if (before.isEmpty()) {
            return List.of();
        }
        if (before.size() == 1) {
            return agents.candidates(word);
        }
        String last = before.get(before.size() - 1);
        if (last.equals("op")) {
            return Vocabulary.OPERATIONS;
        }
        String section = lastSection(before);
        List<String> out = new ArrayList<>();
        if (section == null) {
            return PRIMITIVE_SECTIONS;
        }
        switch (section) {
            case "params" -> {
                if (!word.contains("=")) {
                    out.addAll(agents.parameters(before.get(1)));
                }
            }
            case "meta" -> out.addAll(Vocabulary.assignments(Vocabulary.META, word));
            case "op" -> out.addAll(Vocabulary.assignments(Vocabulary.OP_ATTRIBUTES, word));
            default -> {
                return List.of();
            }
        }
        if (!word.contains("=")) {
            out.addAll(PRIMITIVE_SECTIONS);
        }
        return out;
    }

    private List<String> afterMeta(List<String> before, String word) {
        if ("meta".equals(lastSection(before))) {
            return Vocabulary.assignments(Vocabulary.META, word);
        }
        return word.contains("=") ? List.of() : List.of("meta", "params");
    }

    private List<String> location(List<String> before) {
        if (before.size() == 1) {
            return resources();
        }
        String last = before.get(before.size() - 1);
        return last.endsWith(":") ? ObjectIds.nodes(work.get().cib()) : List.of();
    }

    private List<String> resources() {
        return ObjectIds.resources(work.get().cib());
    }

    private List<String> unused(List<String> before) {
        List<String> ids = new ArrayList<>(resources());
        ids.removeAll(before);
        return ids;
    }

    private static String lastSection(List<String> before) {
        for (int i = before.size() - 1; i >= 1; i--) {
            if (SECTIONS.contains(before.get(i))) {
                return before.get(i);
            }
        }
        return null;
    }
}
