package dev.shapegen.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * JMH results as one markdown table, each row with a rate (shapes, MiB or plans per second) and, where there is one,
 * its ratio to the floor or the alternative it is measured against.
 */
final class ResultTable {
    /** Benchmark -> the benchmark it is compared with (same class, same parameters). */
    private static final Map<String, String> BASELINES = Map.of(
            "GenerationBenchmark.generate", "GenerationBenchmark.floor",
            "ReadWriteBenchmark.readDatabind", "ReadWriteBenchmark.readStreaming",
            "ReadWriteBenchmark.readTree", "ReadWriteBenchmark.readStreaming",
            "ReadWriteBenchmark.writeDatabind", "ReadWriteBenchmark.writeStreaming",
            "ValidationBenchmark.hibernateValidator", "ValidationBenchmark.shapegenValidate",
            "UpToDateBenchmark.check", "UpToDateBenchmark.floor",
            "UpToDateBenchmark.firstCheck", "UpToDateBenchmark.firstFloor");

    private final Map<String, Integer> shapeCounts = new HashMap<>();
    private Integer payloadBytes;

    private ResultTable() {}

    /** The table, with a line on the machine and its load above it. */
    static String markdown(Collection<RunResult> results) {
        return new ResultTable().render(List.copyOf(results));
    }

    private String render(List<RunResult> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d cores, %s %s, load average at the end %.2f%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        if (results.isEmpty()) {
            return out.append("No benchmark finished; the errors are above.\n").toString();
        }
        out.append("| benchmark | model | mode | median | mean ± error (99.9%) | unit | rate | compared with |\n");
        out.append("|---|---|---|---:|---:|---|---:|---|\n");
        for (RunResult r : results) {
            BenchmarkParams p = r.getParams();
            Result<?> primary = r.getPrimaryResult();
            String name = shortName(p.getBenchmark());
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s ± %s | %s | %s | %s |%n", name,
                    Objects.requireNonNullElse(p.getParam("model"), "-"), p.getMode().shortLabel(),
                    number(typical(r)), number(primary.getScore()), number(primary.getScoreError()),
                    primary.getScoreUnit(),
                    rate(name, p, secondsPerOp(r)), comparison(name, r, results)));
        }
        return out.toString();
    }

    private String rate(String name, BenchmarkParams p, double secondsPerOp) {
        if (Double.isNaN(secondsPerOp)) {
            return "";
        }
        if (name.startsWith("GenerationBenchmark.")) {
            Integer shapes = shapes(p.getParam("model"));
            return shapes == null ? "" : String.format(Locale.ROOT, "%,.0f shapes/s", shapes / secondsPerOp);
        }
        if (name.startsWith("ReadWriteBenchmark.")) {
            Integer bytes = payloadBytes();
            return bytes == null ? "" : String.format(Locale.ROOT, "%,.1f MiB/s", bytes / secondsPerOp / (1 << 20));
        }
        if (name.startsWith("ValidationBenchmark.")) {
            return String.format(Locale.ROOT, "%,.0f plans/s", TrainingPlansData.PLANS / secondsPerOp);
        }
        return "";
    }

    private static String comparison(String name, RunResult r, List<RunResult> results) {
        String baseline = BASELINES.get(name);
        if (baseline == null) {
            return "";
        }
        for (RunResult other : results) {
            BenchmarkParams q = other.getParams();
            if (shortName(q.getBenchmark()).equals(baseline) && q.getMode() == r.getParams().getMode()
                    && Objects.equals(q.getParam("model"), r.getParams().getParam("model"))) {
                return String.format(Locale.ROOT, "%.2f× the time of %s", secondsPerOp(r) / secondsPerOp(other),
                        baseline.substring(baseline.indexOf('.') + 1));
            }
        }
        return "";
    }

    /**
     * The typical time per operation in the benchmark's unit: the median of all samples in sample-time mode (a few
     * long garbage-collection pauses on a shared 2-core machine move the mean, not the median) and of all JVMs in
     * single-shot mode (one slow JVM start moves the mean), else the score.
     */
    private static double typical(RunResult r) {
        Mode mode = r.getParams().getMode();
        return mode == Mode.SampleTime || mode == Mode.SingleShotTime
                ? r.getPrimaryResult().getStatistics().getPercentile(50) : r.getPrimaryResult().getScore();
    }

    /** Typical time per operation in seconds, whatever the mode and unit JMH reported in. */
    private static double secondsPerOp(RunResult r) {
        BenchmarkParams p = r.getParams();
        double unitSeconds = p.getTimeUnit().toNanos(1) / 1e9;
        double score = typical(r);
        return p.getMode() == Mode.Throughput ? unitSeconds / score : score * unitSeconds;
    }

    private Integer shapes(String model) {
        return shapeCounts.computeIfAbsent(model, m -> {
            try {
                return new ObjectMapper().readTree(BenchPaths.model(m).toFile()).get("shapes").size();
            } catch (IOException | RuntimeException e) {
                return null;
            }
        });
    }

    private Integer payloadBytes() {
        if (payloadBytes == null) {
            try {
                payloadBytes = ReadWriteBenchmark.payloadBytes();
            } catch (IOException e) {
                return null;
            }
        }
        return payloadBytes;
    }

    private static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.3f", value);
    }
}
