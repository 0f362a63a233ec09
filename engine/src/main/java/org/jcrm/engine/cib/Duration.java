package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A {@code <duration>} added to a date expression's start. */
@XmlRootElement(name = "duration")
public class Duration extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public Duration setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The years attribute as written, or null when absent. */
    public String getYears() {
        return attribute("years");
    }

    /** Sets the years attribute; null removes it. */
    public Duration setYears(String years) {
        putAttribute("years", years);
        return this;
    }

    /** The months attribute as written, or null when absent. */
    public String getMonths() {
        return attribute("months");
    }

    /** Sets the months attribute; null removes it. */
    public Duration setMonths(String months) {
        putAttribute("months", months);
        return this;
    }

    /** The weeks attribute as written, or null when absent. */
    public String getWeeks() {
        return attribute("weeks");
    }

    /** Sets the weeks attribute; null removes it. */
    public Duration setWeeks(String weeks) {
        putAttribute("weeks", weeks);
        return this;
    }

    /** The days attribute as written, or null when absent. */
    public String getDays() {
        return attribute("days");
    }

    /** Sets the days attribute; null removes it. */
    public Duration setDays(String days) {
        putAttribute("days", days);
        return this;
    }

    /** The hours attribute as written, or null when absent. */
    public String getHours() {
        return attribute("hours");
    }

    /** Sets the hours attribute; null removes it. */
    public Duration setHours(String hours) {
        putAttribute("hours", hours);
        return this;
    }

    /** The minutes attribute as written, or null when absent. */
    public String getMinutes() {
        return attribute("minutes");
    }

    /** Sets the minutes attribute; null removes it. */
    public Duration setMinutes(String minutes) {
        putAttribute("minutes", minutes);
        return this;
    }

    /** The seconds attribute as written, or null when absent. */
    public String getSeconds() {
        return attribute("seconds");
    }

    /** Sets the seconds attribute; null removes it. */
    public Duration setSeconds(String seconds) {
        putAttribute("seconds", seconds);
        return this;
    }
}
