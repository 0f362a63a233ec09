/** jcrm engine module. */
package org.jcrm.engine;
