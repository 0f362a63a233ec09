/** jcrm agents module. */
package org.jcrm.agents;
