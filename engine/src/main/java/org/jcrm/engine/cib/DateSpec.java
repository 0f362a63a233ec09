package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A recurring time pattern {@code <date_spec>}. */
@XmlRootElement(name = "date_spec")
public class DateSpec extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "hours")
    private String hours;

    @XmlAttribute(name = "monthdays")
    private String monthdays;

    @XmlAttribute(name = "weekdays")
    private String weekdays;

    @XmlAttribute(name = "yeardays")
    private String yeardays;

    @XmlAttribute(name = "months")
    private String months;

    @XmlAttribute(name = "weeks")
    private String weeks;

    @XmlAttribute(name = "years")
    private String years;

    @XmlAttribute(name = "weekyears")
    private String weekyears;

    @XmlAttribute(name = "moon")
    private String moon;

    @XmlAttribute(name = "seconds")
    private String seconds;

    @XmlAttribute(name = "minutes")
    private String minutes;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public DateSpec setId(String id) {
        this.id = id;
        return this;
    }

    /** The hours attribute as written, or null when absent. */
    public String getHours() {
        return hours;
    }

    /** Sets the hours attribute; null removes it. */
    public DateSpec setHours(String hours) {
        this.hours = hours;
        return this;
    }

    /** The monthdays attribute as written, or null when absent. */
    public String getMonthdays() {
        return monthdays;
    }

    /** Sets the monthdays attribute; null removes it. */
    public DateSpec setMonthdays(String monthdays) {
        this.monthdays = monthdays;
        return this;
    }

    /** The weekdays attribute as written, or null when absent. */
    public String getWeekdays() {
        return weekdays;
    }

    /** Sets the weekdays attribute; null removes it. */
    public DateSpec setWeekdays(String weekdays) {
        this.weekdays = weekdays;
        return this;
    }

    /** The yeardays attribute as written, or null when absent. */
    public String getYeardays() {
        return yeardays;
    }

    /** Sets the yeardays attribute; null removes it. */
    public DateSpec setYeardays(String yeardays) {
        this.yeardays = yeardays;
        return this;
    }

    /** The months attribute as written, or null when absent. */
    public String getMonths() {
        return months;
    }

    /** Sets the months attribute; null removes it. */
    public DateSpec setMonths(String months) {
        this.months = months;
        return this;
    }

    /** The weeks attribute as written, or null when absent. */
    public String getWeeks() {
        return weeks;
    }

    /** Sets the weeks attribute; null removes it. */
    public DateSpec setWeeks(String weeks) {
        this.weeks = weeks;
        return this;
    }

    /** The years attribute as written, or null when absent. */
    public String getYears() {
        return years;
    }

    /** Sets the years attribute; null removes it. */
    public DateSpec setYears(String years) {
        this.years = years;
        return this;
    }

    /** The weekyears attribute as written, or null when absent. */
    public String getWeekyears() {
        return weekyears;
    }

    /** Sets the weekyears attribute; null removes it. */
    public DateSpec setWeekyears(String weekyears) {
        this.weekyears = weekyears;
        return this;
    }

    /** The moon attribute as written, or null when absent. */
    public String getMoon() {
        return moon;
    }

    /** Sets the moon attribute; null removes it. */
    public DateSpec setMoon(String moon) {
        this.moon = moon;
        return this;
    }

    /** The seconds attribute as written, or null when absent. */
    public String getSeconds() {
        return seconds;
    }

    /** Sets the seconds attribute; null removes it. */
    public DateSpec setSeconds(String seconds) {
        this.seconds = seconds;
        return this;
    }

    /** The minutes attribute as written, or null when absent. */
    public String getMinutes() {
        return minutes;
    }

    /** Sets the minutes attribute; null removes it. */
    public DateSpec setMinutes(String minutes) {
        this.minutes = minutes;
        return this;
    }
}
