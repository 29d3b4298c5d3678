package dev.shapegen.cli;

import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.SpecException;
import dev.shapegen.diff.Differ;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shapegen diff}: what changed between two versions of a model, for people or for tools. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class, usageHelpWidth = 120,
        description = "Explain what changed between two versions of an AWS JSON service model.",
        footer = {"", "Examples:",
                "  # The change report, as on an SDK changelog page:",
                "  java -jar generator/target/shapegen.jar diff spec/training-plans-2025-01-15.json \\",
                "      spec/training-plans-2025-01-16.json --date 2025/01/16",
                "",
                "  # With each updated method's documentation:",
                "  java -jar generator/target/shapegen.jar diff old.json new.json --docs",
                "",
                "  # Every change with its severity, as JSON; exit 4 when something breaks generated code:",
                "  java -jar generator/target/shapegen.jar diff old.json new.json --format json --fail-on-breaking",
                "",
                "Exit codes: 0 done; 1 a spec has errors; 2 bad options; 4 breaking changes with --fail-on-breaking."})
final class DiffCommand implements Callable<Integer> {
    static final int BREAKING = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older model.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer model.")
    Path after;

    @Option(names = "--date", paramLabel = "YYYY/MM/DD",
            description = "The date in the report's header (default: today, UTC).")
    String date;

    @Option(names = "--docs", description = "After each updated method, its documentation (description, request "
            + "and response syntax, parameters), as the SDK documentation shows it.")
    boolean docs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default): the change report; json: every change, additions and removals alike, "
                    + "with a kind, a path and a severity (breaking, compatible, info).")
    String format;

    @Option(names = "--fail-on-breaking", description = "Exit with code 4 when a change breaks users of the "
            + "generated code: a removed operation, shape, member or enum value, a changed type, a member newly "
            + "required in an input, or a tightened input constraint.")
    boolean failOnBreaking;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // An empty path would name the working directory, and read as "this is a directory".
        String empty = before.toString().isEmpty() ? "OLD" : after.toString().isEmpty() ? "NEW" : null;
        if (empty != null) {
            err.println("shapegen: " + empty + " is empty; give the path of a model");
            return ExitCodes.USAGE;
        }
        format = format.toLowerCase(java.util.Locale.ROOT);
        if (!format.equals("text") && !format.equals("json")) {
            err.println("shapegen: --format must be text or json, not " + format);
            return ExitCodes.USAGE;
        }
        if (format.equals("json") && (docs || date != null)) {
            err.println("shapegen: " + (docs ? "--docs" : "--date") + " shapes the text report only; drop it, or "
                    + "drop --format json");
            return ExitCodes.USAGE;
        }
        // Strict: a day that does not exist (2025/02/30) is refused, not moved to the end of the month.
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("uuuu/MM/dd")
                .withResolverStyle(ResolverStyle.STRICT);
        String day = date != null ? date : LocalDate.now(ZoneOffset.UTC).format(dayFormat);
        try {
            if (!day.matches("\\d{4}/\\d{2}/\\d{2}")) {
                throw new DateTimeParseException("not YYYY/MM/DD", day, 0);
            }
            LocalDate.parse(day, dayFormat);
        } catch (DateTimeParseException e) {
            err.println("shapegen: --date must be a day written like 2025/01/16, not " + day);
            return ExitCodes.USAGE;
        }
        Differ.Result result;
        try {
            result = Differ.diff(before, after);
        } catch (SpecException e) {
            e.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println(d.render()));
            err.println("shapegen: cannot compare: fix the spec errors above and run again.");
            return ExitCodes.SPEC_ERRORS;
        }
        // Two versions of one service are what a diff is for; two services give a long list of no use.
        String was = result.before().metadata().serviceId();
        String is = result.after().metadata().serviceId();
        if (was != null && is != null && !was.equals(is)) {
            err.println("shapegen: warning: OLD is the model of " + was + " and NEW of " + is + "; a diff compares two "
                    + "versions of one service");
            err.flush();
        }
        out.print(format.equals("json") ? result.json() : result.text(day, docs));
        out.flush();
        if (failOnBreaking && result.hasBreaking()) {
            err.println("shapegen: breaking changes found (" + (format.equals("json") ? "severity \"breaking\" above)"
                    : "marked breaking: in the report; --format json lists every change)"));
            return BREAKING;
        }
        return ExitCodes.OK;
    }
}
