package org.jcrm.shell.configure;

/**
 * Thrown by an edit that could not be made its fast way and may have left the copy it was given half
 * changed: {@link WorkingCib#edit(java.util.function.Consumer, java.util.function.Consumer)} then makes
 * the edit again the plain way, on a fresh copy.
 */
final class EditAgain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EditAgain(String why) {
        super(why, null, false, false);
    }
}
