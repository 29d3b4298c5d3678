package dev.shapegen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The generator version, from the build. */
public final class Version implements CommandLine.IVersionProvider {
    /** The version of this build, such as {@code 0.1.0}; {@code unknown} when run from unpackaged classes. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/shapegen/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"shapegen " + current()};
    }
}
