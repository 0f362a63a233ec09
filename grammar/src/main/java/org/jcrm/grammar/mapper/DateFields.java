package org.jcrm.grammar.mapper;

import javax.xml.namespace.QName;
import org.jcrm.engine.cib.DateSpec;
import org.jcrm.engine.cib.Duration;

/** Sets date_spec and duration fields by their crm names; names the model lacks stay as plain XML attributes. */
final class DateFields {
    private DateFields() {
    }

    static void set(DateSpec spec, String name, String value) {
        switch (name) {
            case "hours" -> spec.setHours(value);
            case "monthdays" -> spec.setMonthdays(value);
            case "weekdays" -> spec.setWeekdays(value);
            case "months" -> spec.setMonths(value);
            case "weeks" -> spec.setWeeks(value);
            case "years" -> spec.setYears(value);
            case "weekyears" -> spec.setWeekyears(value);
            case "moon" -> spec.setMoon(value);
            default -> spec.getOtherAttributes().put(new QName(name), value);
        }
    }

    static void set(Duration duration, String name, String value) {
        switch (name) {
            case "hours" -> duration.setHours(value);
            case "months" -> duration.setMonths(value);
            case "weeks" -> duration.setWeeks(value);
            case "years" -> duration.setYears(value);
            default -> duration.getOtherAttributes().put(new QName(name), value);
        }
    }
}
