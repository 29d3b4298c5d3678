package dev.shapegen.cli;

import dev.shapegen.GeneratorVersion;
import picocli.CommandLine;

/** Tells picocli the generator version, for {@code --version}. */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"shapegen " + GeneratorVersion.current()};
    }
}
