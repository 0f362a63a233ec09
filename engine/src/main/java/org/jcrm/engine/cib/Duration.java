package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A {@code <duration>} added to a date expression's start. */
@XmlRootElement(name = "duration")
public class Duration extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "years")
    private String years;

    @XmlAttribute(name = "months")
    private String months;

    @XmlAttribute(name = "weeks")
    private String weeks;

    @XmlAttribute(name = "days")
    private String days;

    @XmlAttribute(name = "hours")
    private String hours;

    @XmlAttribute(name = "minutes")
    private String minutes;

    @XmlAttribute(name = "seconds")
    private String seconds;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public Duration setId(String id) {
        this.id = id;
        return this;
    }

    /** The years attribute as written, or null when absent. */
    public String getYears() {
        return years;
    }

    /** Sets the years attribute; null removes it. */
    public Duration setYears(String years) {
        this.years = years;
        return this;
    }

    /** The months attribute as written, or null when absent. */
    public String getMonths() {
        return months;
    }

    /** Sets the months attribute; null removes it. */
    public Duration setMonths(String months) {
        this.months = months;
        return this;
    }

    /** The weeks attribute as written, or null when absent. */
    public String getWeeks() {
        return weeks;
    }

    /** Sets the weeks attribute; null removes it. */
    public Duration setWeeks(String weeks) {
        this.weeks = weeks;
        return this;
    }

    /** The days attribute as written, or null when absent. */
    public String getDays() {
        return days;
    }

    /** Sets the days attribute; null removes it. */
    public Duration setDays(String days) {
        this.days = days;
        return this;
    }

    /** The hours attribute as written, or null when absent. */
    public String getHours() {
        return hours;
    }

    /** Sets the hours attribute; null removes it. */
    public Duration setHours(String hours) {
        this.hours = hours;
        return this;
    }

    /** The minutes attribute as written, or null when absent. */
    public String getMinutes() {
        return minutes;
    }

    /** Sets the minutes attribute; null removes it. */
    public Duration setMinutes(String minutes) {
        this.minutes = minutes;
        return this;
    }

    /** The seconds attribute as written, or null when absent. */
    public String getSeconds() {
        return seconds;
    }

    /** Sets the seconds attribute; null removes it. */
    public Duration setSeconds(String seconds) {
        this.seconds = seconds;
        return this;
    }
}
