package io.blocwatch.job;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * Passes records through unchanged and counts them: in total ({@code scoresEmitted}) or per label
 * ({@code alertsOut.type.<TYPE>.count}, a {@code type} label in Prometheus), like the dead-letter
 * counters of {@link DeadLetterSplitter}.
 */
public final class CountingMap<T> extends RichMapFunction<T, T> {

    private static final long serialVersionUID = 1L;

    /** A serializable label extractor, e.g. {@code Alert::type}. */
    public interface Label<T> extends Function<T, String>, Serializable {}

    private final String name;
    private final String labelKey;
    private final Label<T> label;

    private transient Counter total;
    private transient MetricGroup byLabelGroup;
    private transient Map<String, Counter> byLabel;

    private CountingMap(String name, String labelKey, Label<T> label) {
        this.name = name;
        this.labelKey = labelKey;
        this.label = label;
    }

    /** One counter named {@code name}. */
    public static <T> CountingMap<T> total(String name) {
        return new CountingMap<>(name, null, null);
    }

    /** One counter per label value: {@code name.labelKey.<value>.count}. */
    public static <T> CountingMap<T> byLabel(String name, String labelKey, Label<T> label) {
        return new CountingMap<>(name, labelKey, label);
    }

    @Override
    public void open(OpenContext openContext) {
        MetricGroup group = getRuntimeContext().getMetricGroup();
        if (label == null) {
            total = group.counter(name);
        } else {
            byLabelGroup = group.addGroup(name);
            byLabel = new HashMap<>();
        }
    }

    @Override
    public T map(T value) {
        if (label == null) {
            total.inc();
        } else {
            String l = String.valueOf(label.apply(value));
            byLabel.computeIfAbsent(l, v -> byLabelGroup.addGroup(labelKey, v).counter("count")).inc();
        }
        return value;
    }
}
