package dev.shapegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code java -jar shapegen.jar generate} runs in a second JVM set up for a short batch job, unless told otherwise. */
class BatchJvmTest {
  private static final Optional<String> JAVA = Optional.of("/jdk/bin/java");
  private static final String[] GENERATE = {"generate", "--spec", "s.json", "--output", "out", "--package", "p"};
  private static final String SPEC = """
      {"shapes": {"Thing": {"type": "structure", "members": {"Name": {"shape": "Name"}}},
                  "Name": {"type": "string", "min": 1}}}
      """;

  @TempDir Path dir;

  @Test
  void generateRunsInABatchJvmWithTheSameOptionsAndArguments() {
    List<String> command = BatchJvm.command(JAVA, List.of("-Xmx256m", "-Dx=y"), "shapegen.jar", null, false, GENERATE)
        .orElseThrow();
    List<String> expected = new ArrayList<>(List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Xmx256m", "-Dx=y", "-Dshapegen.forked=true", "-cp", "shapegen.jar", "dev.shapegen.cli.Main"));
    expected.addAll(List.of(GENERATE));
    assertEquals(expected, command);
  }

  @Test
  void otherCommandsRunInThisJvm() {
    for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"diff", "a", "b"},
        new String[] {"help", "generate"})) {
      assertEquals(Optional.empty(), BatchJvm.command(JAVA, List.of(), "shapegen.jar", null, false, args));
    }
  }

  @Test
  void runsInThisJvmWhenToldToWhenAlreadyTheSecondOrWhenThereIsNoJavaToStart() {
    assertEquals(Optional.empty(), BatchJvm.command(JAVA, List.of(), "shapegen.jar", "false", false, GENERATE));
    assertEquals(Optional.empty(), BatchJvm.command(JAVA, List.of(), "shapegen.jar", null, true, GENERATE));
    assertEquals(Optional.empty(), BatchJvm.command(Optional.empty(), List.of(), "shapegen.jar", null, false,
        GENERATE));
    assertEquals(Optional.empty(), BatchJvm.command(JAVA, List.of(), "", null, false, GENERATE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-XX:TieredStopAtLevel=4", "-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:-TieredCompilation",
      "-Xint", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:agent.jar",
      "-XX:StartFlightRecording=filename=rec.jfr"})
  void runsInThisJvmWhenItsCompilerCollectorOrAgentsWereChosen(String option) {
    assertEquals(Optional.empty(), BatchJvm.command(JAVA, List.of("-Xmx1g", option), "shapegen.jar", null, false,
        GENERATE));
  }

  /** The whole way: the second JVM runs with the flags, writes the output, and its exit code is the command's. */
  @Test
  void theSecondJvmGeneratesAndItsExitCodeIsTheCommands() throws Exception {
    Path spec = Files.writeString(dir.resolve("spec.json"), SPEC);
    Path log = dir.resolve("good.log");
    Process good = start(log, List.of("-XX:+PrintFlagsFinal"), spec, dir.resolve("out"));
    assertTrue(good.waitFor(120, TimeUnit.SECONDS));
    String output = Files.readString(log);
    assertEquals(0, good.exitValue(), output);
    assertTrue(Files.exists(dir.resolve("out/com/example/demo/Thing.java")), output);
    // Both JVMs print their flags; only the second runs with C1 alone and the serial collector.
    assertTrue(Pattern.compile("TieredStopAtLevel\\s+= 1 ").matcher(output).find(), output);
    assertTrue(Pattern.compile("UseSerialGC\\s+= true ").matcher(output).find(), output);
    assertTrue(output.contains("shapegen: 1 types (1 records"), output);

    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"shapes\": {\"Thing\": {\"type\": \"structure\", "
        + "\"members\": {\"Name\": {\"shape\": \"Missing\"}}}}}");
    Process failing = start(dir.resolve("bad.log"), List.of(), bad, dir.resolve("bad-out"));
    assertTrue(failing.waitFor(120, TimeUnit.SECONDS));
    assertEquals(ExitCodes.SPEC_ERRORS, failing.exitValue(), Files.readString(dir.resolve("bad.log")));
  }

  /** Killed outright, the first JVM cannot stop the second; the second notices and stops by itself. */
  @Test
  void theSecondJvmStopsWhenTheFirstIsKilled() throws Exception {
    Path spec = Files.writeString(dir.resolve("spec.json"), SPEC);
    Path log = dir.resolve("killed.log");
    Process first = start(log, List.of("-Dshapegen.testing.pause=staging:600000"), spec, dir.resolve("out"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.readString(log).contains("shapegen: paused while staging")) {
      assertTrue(first.isAlive() && System.nanoTime() < deadline, () -> "did not pause: " + read(log));
      Thread.sleep(20);
    }
    List<ProcessHandle> second = first.toHandle().descendants().toList();
    assertEquals(1, second.size(), "one second JVM");
    first.destroyForcibly().waitFor();
    for (ProcessHandle p : second) {
      p.onExit().get(60, TimeUnit.SECONDS);
      assertTrue(!p.isAlive(), "the second JVM stopped");
    }
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
