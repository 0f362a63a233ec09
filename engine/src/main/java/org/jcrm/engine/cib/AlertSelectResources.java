package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** Selects resource events for an alert. */
@XmlRootElement(name = "select_resources")
public class AlertSelectResources extends CibElement {
}
