package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A time test {@code <date_expression>} (in_range, gt, lt, date_spec). */
@XmlRootElement(name = "date_expression")
public class DateExpression extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public DateExpression setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The operation attribute as written, or null when absent. */
    public String getOperation() {
        return attribute("operation");
    }

    /** Sets the operation attribute; null removes it. */
    public DateExpression setOperation(String operation) {
        putAttribute("operation", operation);
        return this;
    }

    /** The start attribute as written, or null when absent. */
    public String getStart() {
        return attribute("start");
    }

    /** Sets the start attribute; null removes it. */
    public DateExpression setStart(String start) {
        putAttribute("start", start);
        return this;
    }

    /** The end attribute as written, or null when absent. */
    public String getEnd() {
        return attribute("end");
    }

    /** Sets the end attribute; null removes it. */
    public DateExpression setEnd(String end) {
        putAttribute("end", end);
        return this;
    }

    /** The first DateSpec child, or null when there is none. */
    public DateSpec getDateSpec() {
        return firstOf(DateSpec.class);
    }

    /** Replaces the DateSpec child in place, or appends it when there is none; null removes it. */
    public void setDateSpec(DateSpec value) {
        setSingle(DateSpec.class, value);
    }

    /** The first Duration child, or null when there is none. */
    public Duration getDuration() {
        return firstOf(Duration.class);
    }

    /** Replaces the Duration child in place, or appends it when there is none; null removes it. */
    public void setDuration(Duration value) {
        setSingle(Duration.class, value);
    }
}
