package dev.shapegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.testing.ChildJvm;
import dev.shapegen.testing.TestPaths;
import dev.shapegen.testing.Trees;
import dev.shapegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same spec, same bytes: output may depend on nothing but the spec and the request, so that regenerating in a build
 * never shows up as a change.
 */
class DeterminismTest {
  /** A bit of everything the emitters handle; no dates or times, so any found in the output came from elsewhere. */
  private static final String SPEC = """
      {
        "metadata": {"protocol": "json", "serviceId": "Demo"},
        "shapes": {
          "Thing": {"type": "structure", "required": ["Id"], "documentation": "<p>A <b>thing</b> &amp; more.</p>",
            "members": {
              "Id": {"shape": "Id"},
              "Default": {"shape": "Id", "locationName": "default"},
              "Created": {"shape": "When"},
              "Tags": {"shape": "TagMap"},
              "Parts": {"shape": "PartList"},
              "Secret": {"shape": "Secret"},
              "Data": {"shape": "Data"},
              "Status": {"shape": "Status"},
              "Choice": {"shape": "Choice"},
              "Ratio": {"shape": "Ratio", "deprecated": true}
            }},
          "Id": {"type": "string", "min": 1, "max": 64, "pattern": "^[a-z0-9-]+$"},
          "When": {"type": "timestamp", "timestampFormat": "iso8601"},
          "TagMap": {"type": "map", "key": {"shape": "Id"}, "value": {"shape": "PartList"}, "max": 50},
          "PartList": {"type": "list", "member": {"shape": "Thing"}},
          "Secret": {"type": "string", "sensitive": true},
          "Data": {"type": "blob"},
          "Ratio": {"type": "double", "min": 0, "max": 1},
          "Status": {"type": "string", "enum": ["on", "off", "a-b", "a.b", "UNRECOGNIZED"]},
          "Choice": {"type": "structure", "union": true, "members": {
            "Text": {"shape": "Id"},
            "Number": {"shape": "Ratio"},
            "Choice": {"shape": "Status"}
          }},
          "String": {"type": "structure", "members": {"Value": {"shape": "Id"}}}
        }
      }
      """;

  @TempDir Path dir;

  private static GenerationRequest request(Path spec, Path output) {
    return GenerationRequest.all(spec, output, "com.example.demo");
  }

  private Path writeSpec(String relative) throws IOException {
    Path spec = dir.resolve(relative);
    Files.createDirectories(spec.getParent());
    return Files.writeString(spec, SPEC);
  }

  /** Relative path -> content of every file under root. */
  private static Map<String, String> read(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      // The state file (.shapegen/) is run metadata, not generated source.
      for (Path p : paths.filter(Files::isRegularFile).filter(p -> !root.relativize(p).startsWith(".shapegen"))
          .toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static Map<String, String> asMap(List<GeneratedFile> files) {
    Map<String, String> map = new TreeMap<>();
    files.forEach(f -> map.put(f.path(), new String(f.content(), StandardCharsets.UTF_8)));
    return map;
  }

  private static List<String> flatten(List<GeneratedFile> files) {
    return files.stream().map(f -> f.path() + "\n" + new String(f.content(), StandardCharsets.UTF_8)).toList();
  }

  private static Generator.Emitted emit() {
    return Generator.emit("spec.json", SPEC.getBytes(StandardCharsets.UTF_8),
        request(Path.of("spec.json"), Path.of("out")));
  }

  @Test
  void generatingTwiceIntoTwoDirectoriesGivesIdenticalFiles() throws IOException {
    // The two specs also sit in different directories, which must not matter either.
    Generator.generate(request(writeSpec("a/spec.json"), dir.resolve("out-a")));
    Generator.generate(request(writeSpec("b/nested/spec.json"), dir.resolve("out-b")));
    Map<String, String> a = read(dir.resolve("out-a"));
    assertTrue(a.containsKey("com/example/demo/Thing.java"), a.keySet().toString());
    assertEquals(a, read(dir.resolve("out-b")));
  }

  @Test
  void emittingTwiceGivesTheSameFilesInTheSameOrder() {
    assertEquals(flatten(emit().files()), flatten(emit().files()));
    assertEquals(emit().warnings(), emit().warnings());
  }

  @Test
  void emitInMemoryMatchesWhatGenerateWrites() throws IOException {
    Generator.generate(request(writeSpec("spec.json"), dir.resolve("out")));
    assertEquals(asMap(emit().files()), read(dir.resolve("out")));
  }

  @Test
  void emittingFromSeveralThreadsAtOnceGivesTheSameFiles() throws Exception {
    List<String> expected = flatten(emit().files());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = pool.invokeAll(
          java.util.Collections.nCopies(8, () -> flatten(emit().files())), 60, TimeUnit.SECONDS);
      for (Future<List<String>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anotherJvmGeneratesTheSameBytes() throws Exception {
    // Iteration order of Set.of and Map.of changes from one JVM to the next; a fresh JVM would show reliance on it.
    Path spec = writeSpec("spec.json");
    Generator.generate(request(spec, dir.resolve("here")));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "dev.shapegen.cli.Main", "generate", "--spec", spec.toString(), "--output", dir.resolve("there").toString(),
        "--package", "com.example.demo")
        .redirectErrorStream(true).redirectOutput(dir.resolve("jvm.log").toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the other JVM did not finish");
    assertEquals(0, process.exitValue(), () -> readLog(dir.resolve("jvm.log")));
    assertEquals(read(dir.resolve("here")), read(dir.resolve("there")));
  }

  @Test
  void aJvmWithTurkishLocaleLatin1EncodingChathamTimeAndAnotherWorkingDirectoryGeneratesTheSameBytes()
      throws Exception {
    assertSameBytesInAnUnusualJvm(TestPaths.root().resolve("spec/training-plans-2025-01-16.json"));
  }

  @Test
  void sagemakerLatestInAnUnusualJvmGivesTheSameBytes() throws Exception {
    assertSameBytesInAnUnusualJvm(TestPaths.awsModel("sagemaker-latest.json"));
  }

  /**
   * Generates {@code spec} in a child JVM whose settings differ from this one's in every way that locale-, charset-
   * or time-zone-sensitive code would show (Turkish dotless i in case mapping, Latin-1 as the default charset, a
   * +12:45 zone), run from another directory with relative paths, and compares with this JVM's files byte for byte.
   */
  private void assertSameBytesInAnUnusualJvm(Path spec) throws Exception {
    Map<String, String> expected = Trees.contents(Generator.emit("spec.json", Files.readAllBytes(spec),
        request(spec, Path.of("out"))).files());
    Path work = Files.createDirectories(dir.resolve("elsewhere/deeper"));
    Path out = dir.resolve("unusual-out");
    ProcessBuilder builder = ChildJvm.builder(work, dir.resolve("unusual.log"),
        List.of("-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1",
            "-Duser.timezone=Pacific/Chatham", "-XshowSettings:properties"),
        List.of("generate", "--spec", work.relativize(spec.toAbsolutePath()).toString(), "--output",
            work.relativize(out).toString(), "--package", "com.example.demo"));
    builder.environment().put("TZ", "Pacific/Chatham");
    ChildJvm child = ChildJvm.start(builder);
    assertEquals(0, child.await(), child.output());
    for (String setting : List.of("user.language = tr", "file.encoding = ISO-8859-1",
        "user.timezone = Pacific/Chatham", "user.dir = " + work)) {
      assertTrue(child.output().contains(setting), "the child JVM runs with " + setting + ": " + child.output());
    }
    Trees.assertSame(expected, Trees.contents(out), spec.getFileName() + " generated in the unusual JVM");
  }

  private static String readLog(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void generatedFilesContainNoAbsolutePath() throws IOException {
    Path spec = writeSpec("spec.json");
    Generator.generate(request(spec, dir.resolve("out")));
    List<String> forbidden = List.of(dir.toAbsolutePath().toString(), dir.toRealPath().toString(),
        Path.of("").toAbsolutePath().toString(), System.getProperty("user.home"), System.getProperty("java.io.tmpdir"));
    read(dir.resolve("out")).forEach((path, content) -> {
      for (String s : forbidden) {
        assertFalse(content.contains(s), path + " contains " + s);
      }
    });
  }

  @Test
  void generatedFilesContainNoDateOrTime() {
    Pattern dateOrTime = Pattern.compile("\\b(19|20)\\d\\d-\\d\\d-\\d\\d|\\b\\d\\d:\\d\\d:\\d\\d\\b");
    String today = LocalDate.now().toString();
    String year = String.valueOf(LocalDate.now().getYear());
    for (GeneratedFile f : emit().files()) {
      String content = new String(f.content(), StandardCharsets.UTF_8);
      assertFalse(dateOrTime.matcher(content).find(), f.path());
      assertFalse(content.contains(today) || content.contains(year), f.path());
      // @Generated names the generator only: a date or version there would change every file on every release.
      assertFalse(content.contains("date ="), f.path());
    }
  }
}
