package dev.shapegen.diff;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code pprint} of a local {@code python3} on many values in one process. Values travel as JSON
 * with sets, tuples and dicts tagged ({@code {"s": [...]}}, {@code {"t": [...]}}, {@code {"d": [[k, v], ...]}})
 * because JSON has no sets or tuples and only string keys. All non-ASCII is escaped both ways, so lone
 * surrogates survive the trip.
 */
final class PythonPprint {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /**
     * Prints each value twice: with {@code pprint.pformat}, and with a {@code PrettyPrinter} subclass that shows
     * one-line sets sorted. {@code pprint} shows those in hash order, which changes with every process for
     * strings; the subclass changes nothing else, since a set's length does not depend on its order.
     */
    private static final String PFORMAT_SCRIPT = """
            import json, pprint, sys

            class SortedSets(pprint.PrettyPrinter):
                def format(self, obj, context, maxlevels, level):
                    if type(obj) is set and obj:
                        return '{' + ', '.join(map(repr, sorted(obj))) + '}', True, False
                    return super().format(obj, context, maxlevels, level)

            def decode(x):
                if isinstance(x, dict):
                    (tag, items), = x.items()
                    if tag == 'd':
                        return {decode(k): decode(v) for k, v in items}
                    return {'s': set, 't': tuple}[tag](decode(e) for e in items)
                if isinstance(x, list):
                    return [decode(e) for e in x]
                return x

            with open(sys.argv[1], encoding='ascii') as f:
                cases = json.load(f)
            out = []
            for case in cases:
                value, width = decode(case['v']), case['w']
                out.append([SortedSets(width=width).pformat(value), pprint.pformat(value, width=width)])
            json.dump(out, sys.stdout)
            """;

    /** What Python printed for one value. */
    record Output(String sortedSets, String pprint) {}

    private final Path python;
    private final Path workDir;

    private PythonPprint(Path python, Path workDir) {
        this.python = python;
        this.workDir = workDir;
    }

    /** A runner for the {@code python3} on the PATH, if there is one. */
    static Optional<PythonPprint> find(Path workDir) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "python3");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(new PythonPprint(candidate, workDir));
            }
        }
        return Optional.empty();
    }

    /** Python's output for every case, in order. */
    List<Output> pformatAll(List<RandomPyValues.Case> cases) throws IOException, InterruptedException {
        ArrayNode input = NODES.arrayNode();
        for (RandomPyValues.Case c : cases) {
            ObjectNode node = input.addObject();
            node.put("w", c.width());
            node.set("v", encode(c.value()));
        }
        Path inputFile = workDir.resolve("values.json");
        Files.writeString(inputFile, JSON.writeValueAsString(input), StandardCharsets.US_ASCII);
        JsonNode result = JSON.readTree(run(PFORMAT_SCRIPT, inputFile.toString()));
        List<Output> outputs = new ArrayList<>();
        for (JsonNode pair : result) {
            outputs.add(new Output(pair.get(0).textValue(), pair.get(1).textValue()));
        }
        return outputs;
    }

    /** Runs a script with arguments; returns its standard output, failing with its errors if it fails. */
    String run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python.toString(), "-c", script));
        command.addAll(List.of(args));
        Path stdout = workDir.resolve("stdout.txt");
        Path stderr = workDir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("python3 did not finish within 60 seconds");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("python3 failed:\n" + Files.readString(stderr));
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static JsonNode encode(PyValue value) {
        if (value instanceof PyValue.Str s) {
            return NODES.textNode(s.value());
        } else if (value instanceof PyValue.Int i) {
            return NODES.numberNode(i.value());
        } else if (value instanceof PyValue.ListValue l) {
            return encodeAll(l.elements());
        } else if (value instanceof PyValue.Set s) {
            return NODES.objectNode().set("s", encodeAll(s.elements()));
        } else if (value instanceof PyValue.Tuple t) {
            return NODES.objectNode().set("t", encodeAll(t.elements()));
        }
        ArrayNode entries = NODES.arrayNode();
        for (PyValue.Entry e : ((PyValue.Dict) value).entries()) {
            entries.addArray().add(encode(e.key())).add(encode(e.value()));
        }
        return NODES.objectNode().set("d", entries);
    }

    private static ArrayNode encodeAll(List<? extends PyValue> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(v -> array.add(encode(v)));
        return array;
    }
}
