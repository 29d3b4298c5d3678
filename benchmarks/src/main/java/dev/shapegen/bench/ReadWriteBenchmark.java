package dev.shapegen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapegen.bench.model.ListTrainingPlansResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing a ListTrainingPlans response of {@value TrainingPlansData#PLANS} plans (two reserved
 * capacities each) with the generated records, next to hand-written streaming code that does the same work.
 *
 * <ul>
 *   <li>{@link #readDatabind}: bytes to generated records with a plain {@code new ObjectMapper()}</li>
 *   <li>{@link #readStreaming}: bytes to the same records with a hand-written {@code JsonParser} loop (the floor)</li>
 *   <li>{@link #readTree}: bytes to a {@code JsonNode} tree, what untyped code does</li>
 *   <li>{@link #writeDatabind}: records to bytes with the plain {@code ObjectMapper}</li>
 *   <li>{@link #writeStreaming}: the same bytes with a hand-written {@code JsonGenerator} writer (the floor)</li>
 * </ul>
 *
 * <p>The mapper is created once and shared, as applications do: its first use (introspection of the record types)
 * is not what is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReadWriteBenchmark {
    private ObjectMapper mapper;
    private StreamingReader reader;
    private StreamingWriter writer;
    private ListTrainingPlansResponse response;
    private byte[] json;

    /**
     * Builds the response and its bytes, and checks that the hand-written reader and writer agree with databind, so
     * that the floors do the same work.
     */
    @Setup
    public void setUp() throws IOException {
        mapper = new ObjectMapper();
        reader = new StreamingReader(mapper.getFactory());
        writer = new StreamingWriter(mapper.getFactory());
        response = TrainingPlansData.response();
        json = mapper.writeValueAsBytes(response);
        if (!Arrays.equals(json, writer.write(response))) {
            throw new IllegalStateException("the streaming writer does not write what databind writes");
        }
        ListTrainingPlansResponse read = mapper.readValue(json, ListTrainingPlansResponse.class);
        if (!read.equals(response) || !reader.read(json).equals(response)) {
            throw new IllegalStateException("the readers do not give back the response that was written");
        }
    }

    /** The response's size, for throughput in bytes. */
    public static int payloadBytes() throws IOException {
        return new ObjectMapper().writeValueAsBytes(TrainingPlansData.response()).length;
    }

    @Benchmark
    public ListTrainingPlansResponse readDatabind() throws IOException {
        return mapper.readValue(json, ListTrainingPlansResponse.class);
    }

    @Benchmark
    public ListTrainingPlansResponse readStreaming() throws IOException {
        return reader.read(json);
    }

    @Benchmark
    public JsonNode readTree() throws IOException {
        return mapper.readTree(json);
    }

    @Benchmark
    public byte[] writeDatabind() throws IOException {
        return mapper.writeValueAsBytes(response);
    }

    @Benchmark
    public byte[] writeStreaming() throws IOException {
        return writer.write(response);
    }
}
