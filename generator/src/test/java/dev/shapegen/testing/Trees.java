package dev.shapegen.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.shapegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Output trees as maps, for byte-exact comparisons that name the files that differ. */
public final class Trees {
    private Trees() {}

    /** Relative path -> content (bytes as ISO-8859-1, so equal strings mean equal bytes), without .shapegen/. */
    public static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path p : files(root)) {
            files.put(relative(root, p), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
        }
        return files;
    }

    /** Relative path -> modification time, without .shapegen/. */
    public static Map<String, FileTime> mtimes(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (Path p : files(root)) {
            times.put(relative(root, p), Files.getLastModifiedTime(p));
        }
        return times;
    }

    /** The same map for files made in memory. */
    public static Map<String, String> contents(List<GeneratedFile> files) {
        Map<String, String> map = new TreeMap<>();
        files.forEach(f -> map.put(f.path(), new String(f.content(), StandardCharsets.ISO_8859_1)));
        return map;
    }

    /** Fails naming the missing, extra and different files (the maps can be megabytes: not printed whole). */
    public static void assertSame(Map<String, String> expected, Map<String, String> actual, String what) {
        List<String> problems = new ArrayList<>();
        expected.keySet().stream().filter(k -> !actual.containsKey(k)).limit(10)
                .forEach(k -> problems.add("missing " + k));
        actual.keySet().stream().filter(k -> !expected.containsKey(k)).limit(10)
                .forEach(k -> problems.add("extra " + k));
        expected.keySet().stream().filter(k -> actual.containsKey(k) && !expected.get(k).equals(actual.get(k)))
                .limit(10).forEach(k -> problems.add("different " + k));
        if (!problems.isEmpty()) {
            fail(what + ": " + expected.size() + " files expected, " + actual.size() + " found; " + problems);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            // .shapegen/ holds run metadata (state, lock), not generated source.
            return paths.filter(Files::isRegularFile).filter(p -> !root.relativize(p).startsWith(".shapegen"))
                    .toList();
        }
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
