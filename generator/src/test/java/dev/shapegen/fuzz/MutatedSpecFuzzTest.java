package dev.shapegen.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapegen.testing.TestPaths;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Real specs, broken at random: keys deleted, values of the wrong JSON type, dangling and retargeted references,
 * renamed and duplicated shapes, duplicate keys, truncated text, garbage bytes. Whatever the damage, generation ends
 * in files or in diagnostics with an id and a place, never in another exception. Only emission runs: nothing is
 * compiled, so tries are cheap.
 */
@AddLifecycleHook(FuzzBudget.class)
class MutatedSpecFuzzTest {

    @Property(tries = 300, seed = "20250116", shrinking = ShrinkingMode.BOUNDED)
    void repositorySpecsBrokenAtRandomFailOnlyWithDiagnostics(
            @ForAll("repositorySpecs") SpecCorpus.Entry spec, @ForAll("mutations") List<SpecMutation> mutations) {
        assertKeepsTheContract(spec, mutations);
    }

    @Property(tries = 150, seed = "20250116", shrinking = ShrinkingMode.BOUNDED)
    @AddLifecycleHook(RequiresAwsModels.class)
    void realModelSlicesBrokenAtRandomFailOnlyWithDiagnostics(
            @ForAll("awsSlices") SpecCorpus.Entry spec, @ForAll("mutations") List<SpecMutation> mutations) {
        assertKeepsTheContract(spec, mutations);
    }

    private static void assertKeepsTheContract(SpecCorpus.Entry spec, List<SpecMutation> mutations) {
        byte[] bytes = spec.bytes();
        for (SpecMutation m : mutations) {
            bytes = m.apply(bytes);
        }
        DiagnosticContract.Outcome outcome = DiagnosticContract.check(bytes);
        assertEquals(List.of(), outcome.broken());
        Statistics.label("outcome").collect(outcome.kind());
        // Damage that never fails the spec, or always does, would leave one half of the promise unchecked.
        Statistics.label("outcome").coverage(c -> {
            c.check("files").percentage(p -> p >= 5);
            c.checkQuery(k -> !k.get(0).equals("files")).percentage(p -> p >= 50);
        });
    }

    @Provide
    Arbitrary<SpecCorpus.Entry> repositorySpecs() {
        return Arbitraries.of(SpecCorpus.repositorySpecs());
    }

    @Provide
    Arbitrary<SpecCorpus.Entry> awsSlices() {
        return Arbitraries.of(SpecCorpus.awsSlices());
    }

    @Provide
    Arbitrary<List<SpecMutation>> mutations() {
        Arbitrary<SpecMutation> one = net.jqwik.api.Combinators.combine(
                Arbitraries.of(SpecMutation.Kind.class), Arbitraries.longs()).as(SpecMutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    /** Skips a property, visibly and with the reason, when the shared real models are not there. */
    static final class RequiresAwsModels implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return TestPaths.awsModels().isPresent() ? SkipResult.doNotSkip()
                    : SkipResult.skip("../shared/aws-models not found: skipping the fuzzing of real AWS models");
        }
    }
}
