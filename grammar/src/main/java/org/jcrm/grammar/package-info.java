/** jcrm grammar module. */
package org.jcrm.grammar;
