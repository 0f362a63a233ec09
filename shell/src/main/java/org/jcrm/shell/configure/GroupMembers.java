package org.jcrm.shell.configure;

import java.util.List;
import org.jcrm.shell.cibedit.Dom;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.w3c.dom.Element;

/**
 * {@code modgroup GROUP add RSC [after|before ID]} and {@code modgroup GROUP remove RSC}: moves a
 * primitive into a group (last, or next to a member) or out of it, where it stays as a resource of
 * its own. A group keeps at least one member.
 */
final class GroupMembers {
    private GroupMembers() {
    }

    static void modify(Element configuration, List<String> args) {
        if (args.size() != 3 && args.size() != 5) {
            throw usage();
        }
        Element resources = Dom.child(configuration, "resources").orElseThrow(() -> noGroup(args.get(0)));
        Element group = Dom.find(resources, args.get(0), List.of("group")).orElseThrow(() -> noGroup(args.get(0)));
        String rsc = args.get(2);
        switch (args.get(1)) {
            case "add" -> add(resources, group, rsc, args.size() == 5 ? args.get(3) : null, args.size() == 5 ? args.get(4) : null);
            case "remove" -> {
                if (args.size() != 3) {
                    throw usage();
                }
                Element member = member(group, rsc).orElseThrow(() -> new CliException(ExitCode.DATA_ERROR,
                        "configure.modgroup: " + rsc + " is not member of " + args.get(0)));
                if (Dom.children(group, "primitive").size() == 1) {
                    throw new CliException(ExitCode.DATA_ERROR, "configure.modgroup: " + rsc + " is the last member of "
                            + args.get(0) + ": delete the group instead");
                }
                group.removeChild(member);
                resources.appendChild(member);
            }
            default -> throw usage();
        }
    }

    private static void add(Element resources, Element group, String rsc, String where, String anchor) {
        String groupId = group.getAttribute("id");
        if (member(group, rsc).isPresent()) {
            throw new CliException(ExitCode.DATA_ERROR, "configure.modgroup: " + rsc + " is already a member of " + groupId);
        }
        Element primitive = Dom.children(resources, "primitive").stream().filter(p -> rsc.equals(p.getAttribute("id")))
                .findFirst().orElseThrow(() -> new CliException(ExitCode.DATA_ERROR, "configure.modgroup: " + rsc
                        + " is not a primitive outside any group or clone"));
        Element next = null;
        if (where != null) {
            if (!where.equals("after") && !where.equals("before")) {
                throw usage();
            }
            Element at = member(group, anchor).orElseThrow(() -> new CliException(ExitCode.DATA_ERROR,
                    "configure.modgroup: " + anchor + " is not member of " + groupId));
            next = where.equals("before") ? at : nextElement(at);
        }
        resources.removeChild(primitive);
        group.insertBefore(primitive, next);
    }

    private static Element nextElement(Element e) {
        for (org.w3c.dom.Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element next) {
                return next;
            }
        }
        return null;
    }

    private static java.util.Optional<Element> member(Element group, String id) {
        return Dom.children(group, "primitive").stream().filter(p -> id.equals(p.getAttribute("id"))).findFirst();
    }

    private static CliException noGroup(String id) {
        return new CliException(ExitCode.DATA_ERROR, "configure.modgroup: group " + id + " does not exist");
    }

    private static CliException usage() {
        return new CliException(ExitCode.USAGE, "usage: modgroup GROUP add RSC [after|before ID] | modgroup GROUP remove RSC");
    }
}
