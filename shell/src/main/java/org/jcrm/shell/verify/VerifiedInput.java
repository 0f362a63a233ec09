package org.jcrm.shell.verify;

import org.jcrm.engine.verify.VerifyReport;

/** The findings for one input: its display name, whether it was crm text, and the report. */
record VerifiedInput(String name, boolean crmText, VerifyReport report) {
}
