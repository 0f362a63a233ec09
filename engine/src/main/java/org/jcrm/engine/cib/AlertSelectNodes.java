package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** Selects node events for an alert. */
@XmlRootElement(name = "select_nodes")
public class AlertSelectNodes extends CibElement {
}
