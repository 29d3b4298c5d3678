/**
 * The Training Plan response types written by hand for Jakarta Bean Validation: records with the kinds of
 * constraint that OpenAPI Generator users get with bean validation on ({@code @NotNull}, {@code @Size},
 * {@code @Pattern}, {@code @Min}/{@code @Max}, {@code @Valid} on lists), and closed Java enums. The constraints are those of
 * spec/training-plans-2025-01-16.json, so that Hibernate Validator checks what the generated {@code validate()}
 * checks.
 *
 * <p>Two differences remain, and neither shows on the benchmark's data, which is ASCII and matches every pattern
 * anywhere it matches at all: {@code @Pattern} must match the whole value where AWS patterns (and the generated
 * code) only need a match somewhere in it, and {@code @Size} counts UTF-16 units where AWS (and the generated code)
 * counts code points. An enum value unknown to these types fails when the JSON is read, before any validation.
 */
package dev.shapegen.bench.beanvalidation;
