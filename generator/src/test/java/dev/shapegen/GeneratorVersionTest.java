package dev.shapegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeneratorVersionTest {
    @Test
    void snapshotIdentityCarriesTheBuildTimeSoARebuiltGeneratorRegenerates() {
        String version = GeneratorVersion.current();
        assertFalse(version.equals("unknown") || version.contains("${"), version);
        String identity = GeneratorVersion.identity();
        if (version.endsWith("-SNAPSHOT")) {
            assertTrue(identity.startsWith(version + "@"), identity);
            String built = identity.substring(version.length() + 1);
            // Filtered by the build: a placeholder or nothing would make every snapshot build look the same.
            assertFalse(built.isEmpty() || built.contains("${"), identity);
        } else {
            assertEquals(version, identity);
        }
    }
}
