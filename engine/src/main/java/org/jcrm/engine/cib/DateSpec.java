package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A recurring time pattern {@code <date_spec>}. */
@XmlRootElement(name = "date_spec")
public class DateSpec extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public DateSpec setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The hours attribute as written, or null when absent. */
    public String getHours() {
        return attribute("hours");
    }

    /** Sets the hours attribute; null removes it. */
    public DateSpec setHours(String hours) {
        putAttribute("hours", hours);
        return this;
    }

    /** The monthdays attribute as written, or null when absent. */
    public String getMonthdays() {
        return attribute("monthdays");
    }

    /** Sets the monthdays attribute; null removes it. */
    public DateSpec setMonthdays(String monthdays) {
        putAttribute("monthdays", monthdays);
        return this;
    }

    /** The weekdays attribute as written, or null when absent. */
    public String getWeekdays() {
        return attribute("weekdays");
    }

    /** Sets the weekdays attribute; null removes it. */
    public DateSpec setWeekdays(String weekdays) {
        putAttribute("weekdays", weekdays);
        return this;
    }

    /** The yeardays attribute as written, or null when absent. */
    public String getYeardays() {
        return attribute("yeardays");
    }

    /** Sets the yeardays attribute; null removes it. */
    public DateSpec setYeardays(String yeardays) {
        putAttribute("yeardays", yeardays);
        return this;
    }

    /** The months attribute as written, or null when absent. */
    public String getMonths() {
        return attribute("months");
    }

    /** Sets the months attribute; null removes it. */
    public DateSpec setMonths(String months) {
        putAttribute("months", months);
        return this;
    }

    /** The weeks attribute as written, or null when absent. */
    public String getWeeks() {
        return attribute("weeks");
    }

    /** Sets the weeks attribute; null removes it. */
    public DateSpec setWeeks(String weeks) {
        putAttribute("weeks", weeks);
        return this;
    }

    /** The years attribute as written, or null when absent. */
    public String getYears() {
        return attribute("years");
    }

    /** Sets the years attribute; null removes it. */
    public DateSpec setYears(String years) {
        putAttribute("years", years);
        return this;
    }

    /** The weekyears attribute as written, or null when absent. */
    public String getWeekyears() {
        return attribute("weekyears");
    }

    /** Sets the weekyears attribute; null removes it. */
    public DateSpec setWeekyears(String weekyears) {
        putAttribute("weekyears", weekyears);
        return this;
    }

    /** The moon attribute as written, or null when absent. */
    public String getMoon() {
        return attribute("moon");
    }

    /** Sets the moon attribute; null removes it. */
    public DateSpec setMoon(String moon) {
        putAttribute("moon", moon);
        return this;
    }

    /** The seconds attribute as written, or null when absent. */
    public String getSeconds() {
        return attribute("seconds");
    }

    /** Sets the seconds attribute; null removes it. */
    public DateSpec setSeconds(String seconds) {
        putAttribute("seconds", seconds);
        return this;
    }

    /** The minutes attribute as written, or null when absent. */
    public String getMinutes() {
        return attribute("minutes");
    }

    /** Sets the minutes attribute; null removes it. */
    public DateSpec setMinutes(String minutes) {
        putAttribute("minutes", minutes);
        return this;
    }
}
