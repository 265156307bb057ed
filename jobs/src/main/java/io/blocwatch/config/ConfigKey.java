package io.blocwatch.config;

/** One documented configuration key: its name, default (null when required or optional) and meaning. */
public record ConfigKey(String name, String defaultValue, String description) {}
