package dev.shapegen.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a local run fuzz longer than the build does. The properties declare a fixed seed and few tries, so the
 * build is fast and always checks the same cases; {@code -Dshapegen.fuzz.scale=N} multiplies every property's tries
 * by N, and {@code -Dshapegen.fuzz.seed=random} (or a number) replaces the fixed seed.
 */
public final class FuzzBudget implements AroundPropertyHook {
    static final String SCALE = "shapegen.fuzz.scale";
    static final String SEED = "shapegen.fuzz.seed";

    @Override
    public PropagationMode propagateTo() {
        // Put on a class, a hook applies to the class alone unless it says otherwise.
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        int scale = scale();
        if (scale != 1) {
            context.attributes().tries().ifPresent(t -> context.attributes().setTries(t * scale));
        }
        String seed = System.getProperty(SEED, "");
        if (seed.equals("random")) {
            // The empty seed is jqwik's "not set": a new random seed, which jqwik reports when a property fails.
            context.attributes().setSeed("");
        } else if (!seed.isBlank() && !seed.contains("${")) {
            context.attributes().setSeed(seed.strip());
        }
        return property.execute();
    }

    static int scale() {
        String value = System.getProperty(SCALE, "");
        if (value.isBlank() || value.contains("${")) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SCALE + " must be a whole number, not \"" + value + "\"", e);
        }
    }
}
