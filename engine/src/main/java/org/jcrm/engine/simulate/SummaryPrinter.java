package org.jcrm.engine.simulate;

import java.util.List;
import org.jcrm.engine.scheduler.actions.SummaryItem;

/** Formats the Transition Summary lines with crm_simulate's column widths. */
public final class SummaryPrinter {
    private SummaryPrinter() {
    }

    public static void print(List<SummaryItem> items, StringBuilder out) {
        int rscWidth = 0;
        int detailWidth = 0;
        for (SummaryItem i : items) {
            if (i.detail() != null) {
                rscWidth = Math.max(rscWidth, i.subject().length());
                detailWidth = Math.max(detailWidth, i.detail().length());
            }
        }
        for (SummaryItem i : items) {
            if (i.detail() == null) {
                out.append("  * ").append(i.verb()).append(' ').append(i.subject());
                if (i.reason() != null) {
                    out.append(" '").append(i.reason()).append('\'');
                }
                out.append('\n');
                continue;
            }
            out.append(String.format("  * %-10s %-" + (rscWidth + 4) + "s ( %" + detailWidth + "s )", i.verb(), i.subject(), i.detail()));
            if ("blocked".equals(i.reason())) {
                out.append("  blocked"); // an action that cannot run, for no reason worth naming
            } else if (i.reason() != null) {
                out.append("  due to ").append(i.reason());
            }
            out.append('\n');
        }
    }
}
