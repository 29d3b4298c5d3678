package dev.shapegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code java -jar shapegen.jar generate} runs in a second JVM set up for a short batch job, unless told otherwise. */
class BatchJvmTest {
  private static final Path JAVA = Path.of("/jdk/bin/java");
  private static final String[] GENERATE = {"generate", "--spec", "s.json", "--output", "out", "--package", "pkg"};
  private static final String SPEC = """
      {"shapes": {"Thing": {"type": "structure", "members": {"Name": {"shape": "Name"}}},
                  "Name": {"type": "string", "min": 1}}}
      """;

  @TempDir Path dir;

  @Test
  void generateRunsInABatchJvmWithTheSameOptionsAndArguments() {
    List<String> options = List.of("-Xmx256m", "-Dx=y", "-Xss4m", "-XX:MaxRAMPercentage=50", "-ea",
        "--add-opens=java.base/java.lang=ALL-UNNAMED");
    List<String> command = BatchJvm.command(JAVA, options, "shapegen.jar", null, false, "madvise", GENERATE)
        .orElseThrow();
    List<String> expected = new ArrayList<>(List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-XX:+UseTransparentHugePages"));
    expected.addAll(options);
    expected.addAll(List.of("-cp", "shapegen.jar", "dev.shapegen.cli.Main"));
    expected.addAll(List.of(GENERATE));
    assertEquals(expected, command);
  }

  /**
   * Huge pages are asked for only where the system gives them on request: where it gives them to all, asking changes
   * nothing, and where it gives none (or is not Linux), the JVM would print a warning or not start.
   */
  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"always", "never"})
  void hugePagesAreAskedForOnlyWhereTheSystemGivesThemOnRequest(String mode) {
    List<String> command = BatchJvm.command(JAVA, List.of(), "shapegen.jar", null, false, mode, GENERATE)
        .orElseThrow();
    assertEquals(List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", "shapegen.jar",
        "dev.shapegen.cli.Main"), command.subList(0, 6));
  }

  /** The mode is the word in brackets of Linux's setting. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "always [madvise] never|madvise",
      "[always] madvise never\\n|always", // as the file ends, with a line break
      "always madvise [never]|never",
      "always madvise never|NONE",
      "|NONE",
      "[madvise|NONE",
  })
  void readsTheModeInBrackets(String setting, String mode) {
    assertEquals(mode, BatchJvm.mode(setting == null ? "" : setting.replace("\\n", "\n")));
  }

  /** This machine's mode, as the first JVM reads it: one of the three, or none off Linux. */
  @Test
  void readsTheSystemsMode() {
    String mode = BatchJvm.hugePages();
    if (System.getProperty("os.name").equals("Linux")
        && Files.isReadable(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"))) {
      assertTrue(List.of("always", "madvise", "never").contains(mode), String.valueOf(mode));
    } else {
      assertEquals(null, mode);
    }
  }

  @Test
  void otherCommandsRunInThisJvm() {
    for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"diff", "a", "b"},
        new String[] {"help", "generate"})) {
      assertEquals(Optional.empty(), BatchJvm.command(JAVA, List.of(), "shapegen.jar", null, false, "madvise", args));
    }
  }

  @Test
  void runsInThisJvmWhenToldToOnWindowsOrWithoutAClassPath() {
    for (String no : List.of("false", "FALSE")) {
      assertEquals(Optional.empty(), BatchJvm.command(JAVA, List.of(), "shapegen.jar", no, false, "madvise", GENERATE));
    }
    assertEquals(Optional.empty(), BatchJvm.command(JAVA, List.of(), "shapegen.jar", null, true, "madvise", GENERATE));
    assertEquals(Optional.empty(), BatchJvm.command(JAVA, List.of(), "", null, false, "madvise", GENERATE));
  }

  /** Options that choose how this JVM runs, or make it write files of its own, stay with the JVM they were given to. */
  @ParameterizedTest
  @ValueSource(strings = {"-XX:TieredStopAtLevel=4", "-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:-TieredCompilation",
      "-Xint", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:agent.jar",
      "-XX:StartFlightRecording=filename=rec.jfr", "-Xlog:gc:file=gc.log", "-XX:+HeapDumpOnOutOfMemoryError",
      "-XX:HeapDumpPath=/tmp", "-XX:ArchiveClassesAtExit=app.jsa", "-Xshare:off", "-verbose:gc"})
  void runsInThisJvmWhenItWasGivenAnyOtherOption(String option) {
    assertEquals(Optional.empty(), BatchJvm.command(JAVA, List.of("-Xmx1g", option), "shapegen.jar", null, false,
        "madvise", GENERATE));
  }

  /** A second JVM that exits without running shapegen (a rejected option, no memory) is not taken for an answer. */
  @ParameterizedTest
  @ValueSource(strings = {"/bin/false", "/bin/true"})
  void whenTheSecondJvmDoesNotStartTheCommandRunsInThisOne(String notJava) {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of(notJava)), notJava + " is needed");
    java.io.StringWriter err = new java.io.StringWriter();
    List<String> command = BatchJvm.command(Path.of(notJava), List.of(), "shapegen.jar", null, false, null, GENERATE)
        .orElseThrow();
    assertEquals(Optional.empty(), BatchJvm.run(Optional.of(command), new java.io.PrintWriter(err, true)));
    assertTrue(err.toString().startsWith("shapegen: a second JVM for the generation did not start (exit code "),
        err.toString());
  }

  /** A word the child would read back changed keeps the command in this JVM; one it reads back as it is does not. */
  @Test
  void aCommandLineThatWouldArriveChangedRunsHere() {
    var utf8 = java.nio.charset.StandardCharsets.UTF_8;
    var latin1 = java.nio.charset.StandardCharsets.ISO_8859_1;
    var ascii = java.nio.charset.StandardCharsets.US_ASCII;
    List<String> plain = List.of("/jdk/bin/java", "--output", "out");
    List<String> umlaut = List.of("/jdk/bin/java", "--output", "out\u00e4");
    List<String> emoji = List.of("/jdk/bin/java", "--output", "out\ud83d\ude00");
    assertTrue(BatchJvm.survives(plain, latin1, utf8));
    assertTrue(BatchJvm.survives(umlaut, utf8, utf8));
    assertTrue(BatchJvm.survives(emoji, utf8, utf8));
    assertTrue(BatchJvm.survives(umlaut, latin1, latin1));
    assertEquals(false, BatchJvm.survives(umlaut, latin1, utf8), "sent as one byte E4, read as U+FFFD");
    assertEquals(false, BatchJvm.survives(emoji, latin1, latin1), "sent as '?'");
    assertEquals(false, BatchJvm.survives(umlaut, utf8, ascii), "a name the platform charset cannot hold");
    assertEquals(false, BatchJvm.survives(plain, utf8, null), "a platform charset not known");
  }

  /**
   * The whole way, with a default charset that differs from the platform's: the output lands in the folder named,
   * not in one whose name the trip to a second JVM changed.
   */
  @Test
  void aNonAsciiOutputUnderAnotherDefaultCharsetLandsWhereNamed() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
        "needs a UTF-8 platform charset, this JVM has " + System.getProperty("sun.jnu.encoding"));
    Path spec = Files.writeString(dir.resolve("spec.json"), SPEC);
    Path log = dir.resolve("latin1.log");
    Path out = dir.resolve("out\u00e4");
    Process run = start(log, List.of("-Dfile.encoding=ISO-8859-1"), spec, out);
    assertTrue(run.waitFor(120, TimeUnit.SECONDS));
    String output = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertEquals(0, run.exitValue(), output);
    assertTrue(Files.exists(out.resolve("com/example/demo/Thing.java")), output);
    try (var listing = Files.list(dir)) {
      assertEquals(List.of("latin1.log", "out\u00e4", "spec.json"),
          listing.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  /** A name already taken, by a file or by a link, is passed over; the link is not followed. */
  @Test
  void aMarkerNeverReusesOrFollowsWhatIsThere() throws Exception {
    Path taken = Files.writeString(dir.resolve("shapegen-7-1.starting"), "someone else's");
    Path target = dir.resolve("elsewhere");
    Path link;
    try {
      link = Files.createSymbolicLink(dir.resolve("shapegen-7-2.starting"), target);
    } catch (UnsupportedOperationException | java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
      return;
    }
    long[] clock = {0};
    Path marker = BatchJvm.startedMarker(dir, 7, () -> ++clock[0]);
    assertEquals(dir.resolve("shapegen-7-3.starting"), marker);
    assertEquals(0, Files.size(marker));
    assertEquals("someone else's", Files.readString(taken));
    assertTrue(Files.isSymbolicLink(link) && !Files.exists(target), "the link was not followed");

    long[] stuck = {1};
    assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> BatchJvm.startedMarker(dir, 7, () -> stuck[0]));
  }

  /** The file the second JVM deletes to say it started: new each time, empty, in the temporary folder. */
  @Test
  void eachStartHasAMarkerOfItsOwn() throws Exception {
    Path first = BatchJvm.startedMarker(42);
    Path second = BatchJvm.startedMarker(42);
    try {
      assertNotEquals(first, second);
      for (Path p : List.of(first, second)) {
        assertEquals(0, Files.size(p));
        assertEquals(Path.of(System.getProperty("java.io.tmpdir")), p.getParent());
        assertTrue(p.getFileName().toString().startsWith("shapegen-42-"), p.toString());
      }
    } finally {
      Files.deleteIfExists(first);
      Files.deleteIfExists(second);
    }
  }

  /** The whole way: the second JVM writes the output, and its exit code is the command's. */
  @Test
  void theSecondJvmGeneratesAndItsExitCodeIsTheCommands() throws Exception {
    Path spec = Files.writeString(dir.resolve("spec.json"), SPEC);
    Path log = dir.resolve("good.log");
    Process good = start(log, List.of("-Xmx512m"), spec, dir.resolve("out"));
    assertTrue(good.waitFor(120, TimeUnit.SECONDS));
    String output = Files.readString(log);
    assertEquals(0, good.exitValue(), output);
    assertTrue(Files.exists(dir.resolve("out/com/example/demo/Thing.java")), output);
    assertTrue(output.startsWith("shapegen: 1 type (1 record,"), output);

    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"shapes\": {\"Thing\": {\"type\": \"structure\", "
        + "\"members\": {\"Name\": {\"shape\": \"Missing\"}}}}}");
    Process failing = start(dir.resolve("bad.log"), List.of(), bad, dir.resolve("bad-out"));
    assertTrue(failing.waitFor(120, TimeUnit.SECONDS));
    assertEquals(ExitCodes.SPEC_ERRORS, failing.exitValue(), Files.readString(dir.resolve("bad.log")));
  }

  /**
   * The second JVM runs with the flags and the options given; killed outright, the first JVM cannot stop it, and it
   * notices and stops by itself.
   */
  @Test
  void theSecondJvmStopsWhenTheFirstIsKilled() throws Exception {
    Path spec = Files.writeString(dir.resolve("spec.json"), SPEC);
    Path log = dir.resolve("killed.log");
    Process first = start(log, List.of("-Xmx512m", "-Dshapegen.testing.pause=staging:600000"), spec,
        dir.resolve("out"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.readString(log).contains("shapegen: paused while staging")) {
      assertTrue(first.isAlive() && System.nanoTime() < deadline, () -> "did not pause: " + read(log));
      Thread.sleep(20);
    }
    List<ProcessHandle> second = first.toHandle().descendants().toList();
    assertEquals(1, second.size(), "one second JVM");
    List<String> arguments = List.of(second.get(0).info().arguments().orElseThrow());
    assertTrue(arguments.containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m")),
        arguments::toString);
    first.destroyForcibly().waitFor();
    for (ProcessHandle p : second) {
      p.onExit().get(60, TimeUnit.SECONDS);
      assertTrue(!p.isAlive(), "the second JVM stopped");
    }
  }

  /** Too small a heap is a setting to change, said in one line with the option to give, not a stack trace. */
  @Test
  void tooSmallAHeapIsSaidAsSuch() throws Exception {
    StringBuilder spec = new StringBuilder("{\"shapes\": {");
    String docs = "x".repeat(2_000);
    for (int i = 0; i < 4_000; i++) {
      spec.append("\"Thing").append(i).append("\": {\"type\": \"structure\", \"documentation\": \"").append(docs)
          .append("\", \"members\": {\"Name\": {\"shape\": \"Name\"}}},");
    }
    spec.append("\"Name\": {\"type\": \"string\"}}}");
    Path specFile = Files.writeString(dir.resolve("big.json"), spec);
    Path log = dir.resolve("oom.log");
    Process p = start(log, List.of("-Xmx16m"), specFile, dir.resolve("out"));
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    String said = read(log);
    assertEquals(70, p.exitValue(), said);
    assertTrue(said.startsWith("shapegen: out of memory with a heap of at most "), said);
    assertTrue(said.contains("-Xmx512m") && !said.contains("\tat "), said);
  }

  private static Process start(Path log, List<String> options, Path spec, Path out) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "generate",
        "--spec", spec.toString(), "--output", out.toString(), "--package", "com.example.demo"));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
