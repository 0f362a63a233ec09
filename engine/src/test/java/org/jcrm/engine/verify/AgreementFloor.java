package org.jcrm.engine.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The agreement floors kept in the repository (test resource verify/agreement-floor.properties). */
final class AgreementFloor {
    private AgreementFloor() {
    }

    static int get(String key) {
        Properties p = new Properties();
        try (InputStream in = AgreementFloor.class.getResourceAsStream("/verify/agreement-floor.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Integer.parseInt(p.getProperty(key).trim());
    }
}
