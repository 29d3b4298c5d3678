package dev.shapegen.diag;

/** How bad a diagnostic is: errors stop generation, warnings are reported and generation goes on. */
public enum Severity {
    ERROR,
    WARNING
}
