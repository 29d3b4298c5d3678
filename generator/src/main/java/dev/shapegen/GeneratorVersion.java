package dev.shapegen;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this generator, from the build; part of every output fingerprint. */
public final class GeneratorVersion {
    private static final String VERSION = load();

    private GeneratorVersion() {}

    /** The version of this build, such as {@code 0.1.0}; {@code unknown} when run from unpackaged classes. */
    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = GeneratorVersion.class.getResourceAsStream("/dev/shapegen/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
