package io.blocwatch.local;

import io.blocwatch.config.JobConfig;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --key value} job options that {@code demo} and {@code replay} pass on to the job's
 * configuration: what picocli left unmatched, as keys and values. A name that is no job key but
 * close to one of the command's own options is taken for a typo of that option.
 */
final class JobOptions {

    private JobOptions() {}

    /** {@code --key value} and {@code --key=value} pairs, in order (a later one wins). */
    static Map<String, String> parse(List<String> unmatched, Collection<String> commandOptions) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < unmatched.size(); i++) {
            String a = unmatched.get(i);
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!isJobKey(name) && OptionHints.closest(name, commandOptions) != null) {
                throw new IllegalArgumentException(OptionHints.unknown(name, commandOptions));
            }
            if (value == null) {
                if (i + 1 >= unmatched.size()) {
                    throw new IllegalArgumentException("option --" + name + " needs a value");
                }
                value = unmatched.get(++i);
            }
            keys.put(name, value);
        }
        return keys;
    }

    /** Whether {@code key} is a job configuration key (or a Kafka client property). */
    static boolean isJobKey(String key) {
        return key.startsWith(JobConfig.CLIENT_PREFIX) || io.blocwatch.config.BlocwatchOptions.named(key) != null;
    }
}
