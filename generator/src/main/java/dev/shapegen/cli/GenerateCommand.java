package dev.shapegen.cli;

import dev.shapegen.GenerationRequest;
import dev.shapegen.GenerationResult;
import dev.shapegen.Generator;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.SpecException;
import dev.shapegen.naming.Namer;
import dev.shapegen.write.OutputWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shapegen generate}: builds the request from options, runs the generator, reports the result. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Version.class, usageHelpWidth = 120,
        description = "Generate Java sources from an AWS JSON service model.",
        footer = {"", "Examples:",
                "  # Everything in our Training Plan spec:",
                "  java -jar generator/target/shapegen.jar generate --spec spec/training-plans-2025-01-16.json \\",
                "      --output target/generated-sources/shapegen --package com.example.trainingplans",
                "",
                "  # Only the three Training Plan operations, out of the full SageMaker model:",
                "  java -jar generator/target/shapegen.jar generate --spec ../shared/aws-models/sagemaker-latest.json \\",
                "      --output out --package com.example.sagemaker \\",
                "      --operations DescribeTrainingPlan,ListTrainingPlans,SearchTrainingPlanOfferings",
                "",
                "  # One shape and everything it reaches:",
                "  java -jar generator/target/shapegen.jar generate --spec dynamodb.json --output out \\",
                "      --package com.example.dynamodb --shapes AttributeValue",
                "",
                "Exit codes: 0 done; 1 the spec is missing, cannot be read or has errors, or the output directory "
                        + "holds the spec or sources shapegen did not write, or files another run there wrote (one "
                        + "line each, nothing written); 2 bad options (also a --package that is not a Java package "
                        + "name, and --shapes or --operations the spec does not have); 3 a file of the output or the "
                        + "state could not be read or written, or another run kept the output directory locked too "
                        + "long; 70 too small a heap, or a bug in shapegen.",
                "",
                "It runs in a second JVM tuned for a short job (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC, and huge "
                        + "pages where Linux gives them on request), given the heap and stack sizes, system "
                        + "properties, assertions and --add-opens/--add-exports given to java. With any other JVM "
                        + "option, or java -Dshapegen.fork=false -jar ..., it runs in one."})
final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--spec", required = true, paramLabel = "FILE",
            description = "The AWS JSON service model (service-2.json layout).")
    Path specFile;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Root directory of the generated sources; created when missing. It must be shapegen's "
                    + "own: a directory holding the spec or Java sources that shapegen did not write is refused. "
                    + "Files whose content is unchanged are not rewritten; new files are staged in DIR/.shapegen and "
                    + "moved into place only when all are ready.")
    Path output;

    @Option(names = "--package", required = true, paramLabel = "NAME",
            description = "Java package of the generated types, such as com.example.sagemaker. Shared support "
                    + "types go to NAME.runtime.")
    String packageName;

    @Option(names = "--shapes", paramLabel = "SHAPE",
            description = "Generate only these shapes and everything they reach (comma-separated).")
    List<String> shapes = new ArrayList<>();

    @Option(names = "--operations", paramLabel = "OPERATION",
            description = "Generate only the input, output and error shapes of these operations, and everything "
                    + "they reach (comma-separated). Combines with --shapes.")
    List<String> operations = new ArrayList<>();

    @Option(names = "--state", paramLabel = "FILE",
            description = "Where to remember what this run wrote (default: DIR/.shapegen/NAME.state). When the spec, "
                    + "options and generator are unchanged and the output is intact, the next run does nothing; "
                    + "otherwise it removes the files it wrote before and no longer writes, and nothing else.")
    Path stateFile;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "An earlier version of the spec: fail (exit 1, nothing written) when the spec breaks users "
                    + "of code generated from it (see 'shapegen diff --format json' for what counts as breaking).")
    Path baseline;

    @Option(names = {"-v", "--verbose"}, description = "Also print each warning (renamed names, approximations).")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // An empty path would mean the working directory: as output, generating into the project itself.
        String empty = specFile.toString().isEmpty() ? "--spec" : output.toString().isEmpty() ? "--output"
                : stateFile != null && stateFile.toString().isEmpty() ? "--state"
                : baseline != null && baseline.toString().isEmpty() ? "--baseline" : null;
        if (empty != null) {
            err.println("shapegen: " + empty + " is empty; give it a path");
            return ExitCodes.USAGE;
        }
        Path state = stateFile != null ? stateFile : output.resolve(".shapegen").resolve(packageName + ".state");
        if (stateFile == null && OutputWriter.specCopy(state).getFileName().toString()
                .getBytes(StandardCharsets.UTF_8).length > Namer.MAX_FILE_NAME_BYTES) {
            err.println("shapegen: --package is too long to name its state file (" + state.getFileName()
                    + " and its spec copy); give one with --state FILE");
            return ExitCodes.USAGE;
        }
        // "A, B" as well as "A,B": names have no spaces of their own.
        GenerationRequest request = new GenerationRequest(specFile, output, packageName, stripped(shapes),
                stripped(operations), state, baseline);
        try {
            GenerationResult result = Generator.generate(request);
            out.println(result.summary());
            if (result.apiChanged()) {
                out.println(result.changeSummary());
            }
            if (result.changeReport() != null && verbose) {
                out.print(result.changeReport());
            }
            if (verbose && result.upToDate()) {
                // The spec was not read, so there is nothing to list; say so rather than print nothing.
                out.println("shapegen: the spec was not read (nothing changed), so its warnings are not listed; "
                        + "they are when it or the options change, or after deleting " + state);
            } else if (verbose) {
                result.warnings().forEach(w -> out.println(w.render()));
            } else if (!result.warnings().isEmpty()) {
                int warnings = result.warnings().size();
                out.println("shapegen: " + warnings + (warnings == 1 ? " warning" : " warnings")
                        + "; run with --verbose to see " + (warnings == 1 ? "it" : "them"));
            }
            return ExitCodes.OK;
        } catch (SpecException e) {
            for (Diagnostic d : e.diagnostics()) {
                if (d.isError() || verbose) {
                    err.println(d.render());
                }
            }
            List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
            if (baseline != null && errors.stream().allMatch(d -> baseline.toString().equals(d.location().file()))) {
                err.println("shapegen: " + count(errors.size()) + " in the baseline " + baseline + "; nothing was "
                        + "written. Fix the --baseline path or that spec and run again.");
                return ExitCodes.SPEC_ERRORS;
            }
            if (stateFile != null && errors.stream().allMatch(d -> d.id().equals("output.foreign-state"))) {
                err.println("shapegen: cannot keep the state in " + stateFile + "; nothing was written. Leave --state "
                        + "out, or give it a file of shapegen's own, and run again.");
                return ExitCodes.SPEC_ERRORS;
            }
            if (errors.stream().allMatch(d -> d.id().startsWith("output."))) {
                boolean shared = errors.stream().anyMatch(d -> d.id().equals("output.shared-files"));
                err.println("shapegen: cannot generate into " + output + "; nothing was written. " + (shared
                        ? "Give this run its own --package or --output, or delete the other run's state, as said "
                        + "above, and run again." : "Choose an empty or dedicated --output directory and run again."));
                return ExitCodes.SPEC_ERRORS;
            }
            long inOptions = errors.stream().filter(Diagnostic::isAboutRequest).count();
            long inSpec = errors.size() - inOptions;
            String where = inSpec == 0 ? count(inOptions) + " in the options"
                    : inOptions == 0 ? count(inSpec) + " in the spec"
                    : count(inSpec) + " in the spec and " + inOptions + " in the options";
            err.println("shapegen: " + where + "; nothing was written. Fix "
                    + (inSpec == 0 ? "the options" : inOptions == 0 ? "the spec" : "both") + " and run again.");
            return inSpec == 0 ? ExitCodes.USAGE : ExitCodes.SPEC_ERRORS;
        } catch (UncheckedIOException e) {
            err.println("shapegen: " + e.getMessage());
            return ExitCodes.IO;
        }
    }

    /**
     * The names in the option's values, split at commas here rather than by picocli, which drops empty names: a
     * stray comma ({@code --operations ,} or {@code A,}) is then reported, not read as no selection at all.
     */
    private static List<String> stripped(List<String> values) {
        return values.stream().flatMap(v -> java.util.Arrays.stream(v.split(",", -1))).map(String::strip).toList();
    }

    private static String count(long errors) {
        return errors + (errors == 1 ? " error" : " errors");
    }
}
