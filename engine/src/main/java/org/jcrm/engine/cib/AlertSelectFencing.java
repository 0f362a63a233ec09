package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** Selects fencing events for an alert. */
@XmlRootElement(name = "select_fencing")
public class AlertSelectFencing extends CibElement {
}
