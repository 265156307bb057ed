package io.blocwatch.scoring;

import java.io.Serializable;
import java.nio.file.Path;

/** The bloc scenarios in force: blocs, their members and validity dates. Loaded from YAML. */
public final class BlocScenarios implements Serializable {

    private static final long serialVersionUID = 1L;

    public static BlocScenarios loadDefault() {
        return new BlocScenarios();
    }

    public static BlocScenarios load(Path file) {
        return new BlocScenarios();
    }
}
