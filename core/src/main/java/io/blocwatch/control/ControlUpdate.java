package io.blocwatch.control;

/**
 * A validated run-time update from the control topic: {@code kind} is "dictionary" or "scenarios",
 * {@code version} a label chosen by the sender, {@code document} the full replacement (YAML or JSON
 * text in the same format as the files).
 */
public record ControlUpdate(String kind, String version, String document) {
    public static final String SCHEMA = "blocwatch.control/v1";
    public static final String DICTIONARY = "dictionary";
    public static final String SCENARIOS = "scenarios";
}
