package org.jcrm.grammar.parse;

/** The text of name and value rules, with shell quoting removed. */
final class Words {
    private Words() {
    }

    static String name(CrmParser.NameContext ctx) {
        return ShellWords.unquote(ctx.getText());
    }

    static String member(CrmParser.MemberContext ctx) {
        return ShellWords.unquote(ctx.getText());
    }

    static String value(CrmParser.ValueContext ctx) {
        return ShellWords.unquote(ctx.getText());
    }

    static String nameOrCompound(CrmParser.NameOrCompoundContext ctx) {
        return ShellWords.unquote(ctx.getText());
    }
}
