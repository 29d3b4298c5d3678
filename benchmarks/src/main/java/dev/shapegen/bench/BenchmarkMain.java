package dev.shapegen.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The jar's entry point: JMH with its usual options, then one markdown table of the results with what JMH does not
 * show (shapes per second, bytes per second, and each result next to its floor or alternative).
 *
 * <p>Listing and help go to JMH's own main unchanged.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {}

    /**
     * Runs the benchmarks that the JMH options select (all by default) and prints the table.
     *
     * @param args JMH's command-line options, such as {@code -f 1 -wi 1 -i 1 ReadWrite}
     */
    public static void main(String[] args) throws Exception {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.print(ResultTable.markdown(results));
    }
}
