package dev.shapegen.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The floor of one cold run of the standalone jar, for {@code scripts/bench-jar.sh}, which starts it as a JVM of its
 * own next to {@code java -jar shapegen.jar generate}: the least any generator run must do for the same input and
 * output. It reads the spec, parses every token with Jackson's streaming parser (reading every name and string, but
 * building no tree and no {@code ObjectMapper}), and writes files of the paths and sizes that a manifest lists,
 * the generator's output, into a folder that does not exist yet.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.shapegen.bench.ColdFloor SPEC MANIFEST OUTPUT}. The manifest has one
 * line per file, {@code SIZE<tab>RELATIVE-PATH}, as {@code find DIR -type f -printf '%s\t%P\n'} prints it.
 */
public final class ColdFloor {
    private ColdFloor() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ColdFloor SPEC MANIFEST OUTPUT");
            System.exit(2);
        }
        Path output = Path.of(args[2]);
        if (Files.exists(output)) {
            System.err.println("ColdFloor: " + output + " exists; the floor writes into a new folder, as the jar does");
            System.exit(2);
        }
        long tokens = 0;
        try (JsonParser p = new JsonFactory().createParser(Files.readAllBytes(Path.of(args[0])))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
                    p.getText();
                }
                tokens++;
            }
        }
        List<String> manifest = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        byte[] filler = new byte[0];
        long bytes = 0;
        Set<Path> madeDirs = new HashSet<>();
        for (String line : manifest) {
            int tab = line.indexOf('\t');
            int size = Integer.parseInt(line.substring(0, tab));
            Path target = output.resolve(line.substring(tab + 1));
            if (madeDirs.add(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
            if (filler.length < size) {
                filler = new byte[Math.max(size, 2 * filler.length)];
                Arrays.fill(filler, (byte) 'x');
            }
            try (var out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                out.write(filler, 0, size);
            }
            bytes += size;
        }
        System.out.println("floor: " + tokens + " tokens parsed, " + manifest.size() + " files and " + bytes
                + " bytes written to " + output);
    }
}
