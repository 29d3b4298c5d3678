package dev.shapegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script sees it: exit codes, what goes to stdout and stderr, and what lands on disk. */
class CliTest {
  private static final String GOOD_SPEC = """
      {
        "metadata": {"protocol": "json"},
        "shapes": {
          "Thing": {"type": "structure", "required": ["Name"], "members": {
            "Name": {"shape": "Name"},
            "Status": {"shape": "Status"}
          }},
          "Name": {"type": "string", "min": 1},
          "Status": {"type": "string", "enum": ["on", "off"]}
        }
      }
      """;

  /** Two errors: a missing shape (line 5) and min greater than max (line 7). */
  private static final String BAD_SPEC = """
      {
        "shapes": {
          "Thing": {"type": "structure", "members": {
            "Name": {"shape": "Name"},
            "Size": {"shape": "Sizee"}
          }},
          "Name": {"type": "string", "min": 3, "max": 1},
          "Size": {"type": "integer"}
        }
      }
      """;

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private Path spec(String text) throws IOException {
    return Files.writeString(dir.resolve("spec.json"), text);
  }

  private Run generate(Path spec, Path output, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("generate", "--spec", spec.toString(), "--output",
        output.toString(), "--package", "com.example"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  /** Relative path -> modification time of every file under root. */
  private static Map<String, FileTime> mtimes(Path root) throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        times.put(root.relativize(f).toString(), Files.getLastModifiedTime(f));
      }
    }
    return times;
  }

  @Test
  void generateOnATinySpecExitsZeroWithOneSummaryLineAndWritesTheFiles() throws IOException {
    Path output = dir.resolve("out");
    Run r = generate(spec(GOOD_SPEC), output);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    assertEquals(1, r.outLines().size(), r.out());
    String summary = r.outLines().get(0);
    assertTrue(summary.matches("shapegen: 2 types \\(1 record, 1 enum, 0 unions\\) \\+ \\d+ support files, "
        + "\\d+ written, 0 unchanged, 0 deleted, [\\d.]+ KiB, 0 warnings, in \\d+ ms -> .+"), summary);
    assertTrue(summary.endsWith(output.toString()), summary);
    assertTrue(Files.isRegularFile(output.resolve("com/example/Thing.java")));
    assertTrue(Files.isRegularFile(output.resolve("com/example/Status.java")));
    assertTrue(Files.isDirectory(output.resolve("com/example/runtime")));
    assertTrue(summary.contains(sources(output) + " written"), "all but the state files: " + summary);
  }

  @Test
  void secondRunReportsEveryFileUnchangedAndDoesNotTouchThem() throws IOException {
    Path spec = spec(GOOD_SPEC);
    Path output = dir.resolve("out");
    assertEquals(0, generate(spec, output).exitCode());
    // An old time, so that a rewrite would show even on file systems with coarse timestamps.
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    for (String f : mtimes(output).keySet()) {
      Files.setLastModifiedTime(output.resolve(f), old);
    }
    Map<String, FileTime> before = mtimes(output);

    Run second = generate(spec, output);
    assertEquals(0, second.exitCode(), second.err());
    // Touched files are not "intact", so their contents are compared; equal contents are left alone.
    long sources = sources(output);
    assertTrue(second.out().contains(", 0 written, " + sources + " unchanged,"), second.out());
    assertEquals(before.keySet(), mtimes(output).keySet());
    for (String f : before.keySet()) {
      if (!f.startsWith(".shapegen")) {
        assertEquals(before.get(f), mtimes(output).get(f), f);
      }
    }

    // Now the state matches the files: the third run does nothing at all.
    Map<String, FileTime> settled = mtimes(output);
    Run third = generate(spec, output);
    assertTrue(third.out().startsWith("shapegen: up to date, nothing to do (" + sources + " files in "), third.out());
    assertEquals(settled, mtimes(output));
    // Verbose, it says why no warnings are listed.
    Run verbose = generate(spec, output, "--verbose");
    assertTrue(verbose.outLines().get(1).startsWith("shapegen: the spec was not read (nothing changed), so its "
        + "warnings are not listed"), verbose.out());
  }

  @Test
  void badSpecExitsOneWithOneLinePerErrorNoStackTraceAndWritesNothing() throws IOException {
    Path output = dir.resolve("out");
    Run r = generate(spec(BAD_SPEC), output);
    assertEquals(1, r.exitCode());
    assertEquals("", r.out());
    List<String> lines = r.errLines();
    assertEquals(3, lines.size(), r.err());
    assertTrue(lines.get(0).matches(".*spec\\.json:5:\\d+ \\[shape Thing, member Size\\]: "
        + "error\\[ref\\.missing-shape\\]: .*did you mean Size\\?"), lines.get(0));
    assertTrue(lines.get(1).matches(".*spec\\.json:7:\\d+ \\[shape Name\\]: error\\[constraint\\.min-max\\]: .+"),
        lines.get(1));
    assertTrue(lines.get(2).startsWith("shapegen: 2 errors in the spec; nothing was written."), lines.get(2));
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(output), "nothing may be written for a bad spec");
  }

  @Test
  void badSpecLeavesAnExistingOutputDirectoryAsItWas() throws IOException {
    Path output = Files.createDirectories(dir.resolve("out"));
    assertEquals(1, generate(spec(BAD_SPEC), output).exitCode());
    try (Stream<Path> entries = Files.list(output)) {
      assertEquals(0, entries.count());
    }
  }

  @Test
  void outputDirectoryWithHandWrittenSourcesExitsOneWithTheReasonAndWritesNothing() throws IOException {
    Path output = Files.createDirectories(dir.resolve("src/main/java/com/example")).getParent().getParent();
    Path mine = Files.writeString(output.resolve("com/example/Main.java"), "package com.example;\nclass Main {}\n");
    Run r = generate(spec(GOOD_SPEC), output);
    assertEquals(1, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertEquals(2, r.errLines().size(), r.err());
    assertTrue(r.errLines().get(0).startsWith(output + ": error[output.foreign-sources]: the output directory holds "
        + "1 Java source that shapegen did not write (com/example/Main.java)"), r.errLines().get(0));
    assertEquals("shapegen: cannot generate into " + output + "; nothing was written. Choose an empty or dedicated "
        + "--output directory and run again.", r.errLines().get(1));
    assertEquals(List.of("com/example/Main.java"), List.copyOf(mtimes(output).keySet()));
    assertEquals("package com.example;\nclass Main {}\n", Files.readString(mine));
  }

  @Test
  void specInsideTheOutputDirectoryExitsOneWithTheReason() throws IOException {
    Path output = dir;
    Run r = generate(spec(GOOD_SPEC), output);
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.errLines().get(0).contains("error[output.contains-spec]: the spec is inside the output directory"),
        r.err());
    assertEquals(List.of("spec.json"), List.copyOf(mtimes(output).keySet()));
  }

  @Test
  void nonexistentSpecFileExitsOneWithSpecNotFound() {
    Run r = generate(dir.resolve("missing.json"), dir.resolve("out"));
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("error[spec.not-found]"), r.err());
    assertTrue(r.err().contains("missing.json"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void outputThatIsAFileExitsThreeInOneLine() throws IOException {
    Path output = Files.writeString(dir.resolve("out"), "not a directory");
    Run r = generate(spec(GOOD_SPEC), output);
    assertEquals(3, r.exitCode());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().startsWith("shapegen: cannot write to " + output + ": it is a file, not a directory"),
        r.err());
  }

  @Test
  void missingPackageIsAUsageErrorWithExitTwo() throws IOException {
    Run r = run("generate", "--spec", spec(GOOD_SPEC).toString(), "--output", dir.resolve("out").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--package"), r.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void invalidPackageIsAnOptionErrorWithExitTwo() throws IOException {
    Run r = run("generate", "--spec", spec(GOOD_SPEC).toString(), "--output", dir.resolve("out").toString(),
        "--package", "com.example.class");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("error[request.package]"), r.err());
    assertEquals("shapegen: 1 error in the options; nothing was written. Fix the options and run again.",
        r.errLines().get(r.errLines().size() - 1));
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void selectedNamesMayHaveSpacesAfterTheCommasAndUnknownOnesAreOptionErrors() throws IOException {
    Path spec = spec(GOOD_SPEC);
    Run spaced = generate(spec, dir.resolve("a"), "--shapes", "Thing, Status");
    assertEquals(0, spaced.exitCode(), spaced.err());

    Run unknown = generate(spec, dir.resolve("b"), "--shapes", "Thing, Nothing");
    assertEquals(2, unknown.exitCode(), unknown.err());
    assertTrue(unknown.err().contains("error[select.unknown-shape]: the selected shape Nothing is not a shape of this "
        + "spec"), unknown.err());
    assertFalse(Files.exists(dir.resolve("b")));

    Run empty = generate(spec, dir.resolve("c"), "--shapes", "");
    assertEquals(2, empty.exitCode(), empty.err());
    assertTrue(empty.err().contains("error[select.empty-name]: the shape selection holds an empty name"),
        empty.err());
    assertFalse(Files.exists(dir.resolve("c")));
    // A stray comma is an empty name too, not an empty selection that would mean every shape.
    for (String stray : List.of(",", "Thing,", ",,")) {
      Run r = generate(spec, dir.resolve("d"), "--operations", stray);
      assertEquals(2, r.exitCode(), stray + ": " + r.err());
      assertTrue(r.err().contains("error[select.empty-name]: the operation selection"), r.err());
      assertEquals(1, r.err().split("select\\.empty-name", -1).length - 1, "said once: " + r.err());
    }
    assertFalse(Files.exists(dir.resolve("d")));
  }

  @Test
  void everyCommandPrintsTheVersion() {
    for (String[] args : List.of(new String[] {"-V"}, new String[] {"generate", "--version"},
        new String[] {"diff", "-V"})) {
      Run r = run(args);
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(r.out().startsWith("shapegen "), String.join(" ", args) + ": " + r.out());
    }
  }

  /** Problems with the baseline or the state file are said to be theirs, not the spec's or the output's. */
  @Test
  void baselineAndStateProblemsNameTheirOption() throws IOException {
    String spec = spec(GOOD_SPEC).toString();
    String out = dir.resolve("out").toString();
    Path missing = dir.resolve("old.json");
    Run baseline = run("generate", "--package", "com.example", "--spec", spec, "--output", out, "--baseline",
        missing.toString());
    assertEquals(1, baseline.exitCode(), baseline.err());
    assertTrue(baseline.err().contains(missing + ": error[spec.not-found]: no such file; check the path\n"),
        baseline.err());
    assertTrue(baseline.err().endsWith("shapegen: 1 error in the baseline " + missing + "; nothing was written. Fix "
        + "the --baseline path or that spec and run again.\n"), baseline.err());
    Run state = run("generate", "--package", "com.example", "--spec", spec, "--output", out, "--state", spec);
    assertEquals(1, state.exitCode(), state.err());
    assertTrue(state.err().endsWith("shapegen: cannot keep the state in " + spec + "; nothing was written. Leave "
        + "--state out, or give it a file of shapegen's own, and run again.\n"), state.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  /** An empty path is refused, not read as the working directory (which as output would be the project). */
  @Test
  void anEmptyPathIsAnOptionError() throws IOException {
    String spec = spec(GOOD_SPEC).toString();
    String out = dir.resolve("out").toString();
    for (String[] args : List.of(new String[] {"--spec", "", "--output", out}, new String[] {"--spec", spec,
        "--output", ""}, new String[] {"--spec", spec, "--output", out, "--state", ""},
        new String[] {"--spec", spec, "--output", out, "--baseline", ""})) {
      List<String> all = new java.util.ArrayList<>(List.of("generate", "--package", "com.example"));
      all.addAll(List.of(args));
      Run r = run(all.toArray(String[]::new));
      assertEquals(2, r.exitCode(), r.err());
      assertTrue(r.err().matches("shapegen: --(spec|output|state|baseline) is empty; give it a path\\R"), r.err());
    }
    assertFalse(Files.exists(dir.resolve("out")));
    // A package too long to name its default state file asks for --state.
    String longPackage = "a".repeat(100) + "." + "b".repeat(100) + "." + "c".repeat(50);
    Run r = run("generate", "--spec", spec, "--output", out, "--package", longPackage);
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("give one with --state FILE"), r.err());
    Run withState = run("generate", "--spec", spec, "--output", out, "--package", longPackage, "--state",
        dir.resolve("long.state").toString());
    assertEquals(0, withState.exitCode(), withState.err());
  }

  @Test
  void aPackageOfTheJdkIsAnOptionError() throws IOException {
    Run r = run("generate", "--spec", spec(GOOD_SPEC).toString(), "--output", dir.resolve("out").toString(),
        "--package", "java.util");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("error[request.package]: \"java.util\" is reserved for the JDK"), r.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void anUnknownOptionIsNamedEvenWhenARequiredOneIsMissing() {
    Run r = run("generate", "--bogus", "--spec", "x.json");
    assertEquals(2, r.exitCode());
    assertTrue(r.errLines().get(0).startsWith("Missing required options"), r.err());
    assertEquals("Unknown option or argument: '--bogus'", r.errLines().get(1), r.err());
  }

  @Test
  void noCommandIsAnIncompleteCommandLineWithExitTwo() {
    Run r = run();
    assertEquals(2, r.exitCode());
    assertEquals("Missing command: generate, diff or help", r.errLines().get(0), r.err());
    assertTrue(r.err().contains("Commands:"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void warningsAreCountedAndShownWithVerbose() throws IOException {
    Path spec = spec(GOOD_SPEC.replace("\"Status\": {\"shape\"", "\"Default\": {\"shape\""));
    Run quiet = generate(spec, dir.resolve("a"));
    assertEquals(0, quiet.exitCode(), quiet.err());
    assertEquals("shapegen: 1 warning; run with --verbose to see it", quiet.outLines().get(1));

    Run verbose = generate(spec, dir.resolve("b"), "--verbose");
    assertEquals(2, verbose.outLines().size(), verbose.out());
    assertTrue(verbose.outLines().get(1).matches(
        ".*spec\\.json:6:\\d+ \\[shape Thing, member Default\\]: warning\\[name\\.renamed\\]: .*default_.*"),
        verbose.out());
  }

  @Test
  void helpShowsTheExamples() {
    Run r = run("--help");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("Examples:") && r.out().contains("generate --spec"), r.out());
  }

  @Test
  void generateHelpShowsOptionsExamplesAndExitCodes() {
    for (String[] args : List.of(new String[] {"generate", "--help"}, new String[] {"help", "generate"})) {
      Run r = run(args);
      assertEquals(0, r.exitCode(), String.join(" ", args));
      assertTrue(r.out().contains("--operations") && r.out().contains("Examples:"), r.out());
      assertTrue(r.out().contains("Exit codes:"), r.out());
    }
  }

  @Test
  void versionPrintsTheGeneratorVersion() {
    Run r = run("--version");
    assertEquals(0, r.exitCode());
    assertEquals("shapegen " + dev.shapegen.GeneratorVersion.current(), r.out().strip());
    assertFalse(dev.shapegen.GeneratorVersion.current().contains("${"), "the version is filled in by the build");
  }

  /** Generated sources, not counting the state kept in .shapegen/. */
  private static long sources(Path output) throws IOException {
    return mtimes(output).keySet().stream().filter(f -> !f.startsWith(".shapegen")).count();
  }
}
