package dev.shapegen.bench;

import dev.shapegen.bench.beanvalidation.FromGenerated;
import dev.shapegen.bench.model.ListTrainingPlansResponse;
import dev.shapegen.bench.model.ReservedCapacitySummary;
import dev.shapegen.bench.model.TrainingPlanSummary;
import dev.shapegen.bench.model.runtime.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating the {@value TrainingPlansData#PLANS}-plan ListTrainingPlans response, all of it valid (the common
 * case): the generated {@code validate()} next to Hibernate Validator on the same data held in hand-written records
 * with the equivalent Jakarta constraints ({@link dev.shapegen.bench.beanvalidation}).
 *
 * <p>The validator is built once and shared, as applications do; building it is not what is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ValidationBenchmark {
    private ListTrainingPlansResponse generated;
    private dev.shapegen.bench.beanvalidation.ListTrainingPlansResponse annotated;
    private ValidatorFactory factory;
    private Validator validator;

    /**
     * Builds both forms of the data and checks that both validators agree: nothing wrong in the data, and the same
     * number of violations once three values are broken.
     */
    @Setup
    public void setUp() {
        generated = TrainingPlansData.response();
        annotated = FromGenerated.response(generated);
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
        check(generated);
        check(broken(generated));
    }

    /** Closes the validator factory. */
    @TearDown
    public void tearDown() {
        factory.close();
    }

    @Benchmark
    public List<Violation> shapegenValidate() {
        return generated.validate();
    }

    @Benchmark
    public Set<ConstraintViolation<dev.shapegen.bench.beanvalidation.ListTrainingPlansResponse>> hibernateValidator() {
        return validator.validate(annotated);
    }

    private void check(ListTrainingPlansResponse response) {
        int ours = response.validate().size();
        int theirs = validator.validate(FromGenerated.response(response)).size();
        if (ours != theirs) {
            throw new IllegalStateException("the validators disagree: validate() found " + ours
                    + " violations, Hibernate Validator " + theirs);
        }
    }

    /** The response with a bad name, too many minutes and a bad availability zone in its first plan. */
    private static ListTrainingPlansResponse broken(ListTrainingPlansResponse response) {
        List<TrainingPlanSummary> plans = new ArrayList<>(response.trainingPlanSummaries());
        TrainingPlanSummary first = plans.get(0);
        List<ReservedCapacitySummary> capacities = new ArrayList<>(first.reservedCapacitySummaries());
        capacities.set(0, capacities.get(0).toBuilder().availabilityZone("US_EAST").build());
        plans.set(0, first.toBuilder().trainingPlanName("-bad").durationMinutes(75L)
                .reservedCapacitySummaries(capacities).build());
        return response.toBuilder().trainingPlanSummaries(plans).build();
    }
}
