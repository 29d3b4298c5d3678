package dev.shapegen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code shapegen} command: {@code java -jar shapegen.jar <command> ...}. */
@Command(name = "shapegen", mixinStandardHelpOptions = true, versionProvider = Version.class, usageHelpWidth = 120,
        description = "Generates Java 17 records, open enums, sealed unions and validators from AWS JSON service "
                + "models (the service-2.json layout).",
        subcommands = {GenerateCommand.class, DiffCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  java -jar shapegen.jar generate --spec spec/training-plans-2025-01-16.json \\",
                "      --output target/generated-sources/shapegen --package com.example.sagemaker",
                "  java -jar shapegen.jar generate --spec sagemaker.json --output out --package com.example.tp \\",
                "      --operations DescribeTrainingPlan,ListTrainingPlans,SearchTrainingPlanOfferings",
                "", "Run 'shapegen help generate' for all options."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // generate runs in a JVM set up for a short batch job where it can (see BatchJvm).
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(BatchJvm.run(args, err).orElseGet(() -> run(args, out, err)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Expected failures are reported by the commands; anything else is a bug, said in one line.
            err.println("shapegen: internal error: " + e);
            err.println("Please report this with the spec that caused it.");
            return ExitCodes.INTERNAL;
        });
        cl.setParameterExceptionHandler(Main::badOptions);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Not a bug but a setting: what was built is garbage now, so there is room to say which setting.
            long mib = Runtime.getRuntime().maxMemory() >> 20;
            err.println("shapegen: out of memory with a heap of at most " + mib + " MiB. Give "
                    + "the JVM a larger heap, such as java -Xmx512m -jar shapegen.jar ... (every AWS model "
                    + "generates with -Xmx256m).");
            return ExitCodes.INTERNAL;
        }
    }

    /**
     * Picocli's report of bad options, plus the unknown ones it leaves out when a required option is missing: a
     * misspelled option is often the missing one.
     */
    private static int badOptions(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(e.getMessage());
        List<String> unknown = cl.getUnmatchedArguments();
        if (!(e instanceof CommandLine.UnmatchedArgumentException) && !unknown.isEmpty()) {
            err.println((unknown.size() == 1 ? "Unknown option or argument: " : "Unknown options or arguments: ")
                    + unknown.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", ")));
        }
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            cl.usage(err);
        }
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** No command: an incomplete command line, said as for any other (with the usage, exit code 2). */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: generate, diff or help");
    }
}
