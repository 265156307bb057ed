package io.blocwatch.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} and {@code --flag} options of one command. */
final class Options {

    private static final Set<String> FLAGS = Set.of("diff", "from-beginning", "once");
    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    static Options parse(String[] args) {
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                v.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (FLAGS.contains(name)) {
                v.put(name, "true");
            } else if (OptionHints.closest(name, FLAGS) != null && (i + 1 >= args.length || args[i + 1].startsWith("--"))) {
                // used like a flag ("--dif" with no value): a misspelt flag; "--since 6h" has its value
                throw new IllegalArgumentException(OptionHints.unknown(name, FLAGS));
            } else if (i + 1 < args.length) {
                v.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
        }
        return new Options(v);
    }

    String get(String name) {
        return values.get(name);
    }

    String take(String name) {
        return values.remove(name);
    }

    boolean flag(String name) {
        return "true".equals(values.remove(name));
    }

    String require(String name) {
        String v = values.remove(name);
        if (v == null) {
            for (String given : values.keySet()) {
                if (name.equals(OptionHints.closest(given, Set.of(name)))) {
                    throw new IllegalArgumentException(OptionHints.unknown(given, Set.of(name)));
                }
            }
            throw new IllegalArgumentException("missing --" + name);
        }
        return v;
    }

    /** A required input file that must exist. */
    Path requireFile(String name) {
        Path p = Path.of(require(name));
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("input file " + p + " does not exist or is not a file");
        }
        return p;
    }

    /** What is left: job configuration keys. */
    Map<String, String> remaining() {
        return values;
    }

    /** Refuses what is left, suggesting the closest of the command's {@code known} options. */
    void requireNoneLeft(String... known) {
        for (String given : values.keySet()) {
            throw new IllegalArgumentException(OptionHints.unknown(given, Set.of(known)));
        }
    }

    void requireNoneLeft() {
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): --" + String.join(", --", values.keySet()));
        }
    }
}
