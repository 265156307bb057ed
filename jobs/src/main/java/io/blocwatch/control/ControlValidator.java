package io.blocwatch.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.connectors.RawRecord;
import io.blocwatch.contracts.Json;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.contracts.DeadLetter;
import io.blocwatch.contracts.DeadLetterReason;
import io.blocwatch.scoring.BlocScenarios;
import io.blocwatch.scoring.Scenario;
import io.blocwatch.tagging.Dictionary;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Checks each control message once, before it is broadcast: a malformed update becomes a dead
 * letter with reason invalid_update and the version in force stays; a valid one goes on.
 *
 * <p>Message: {@code {"schema": "blocwatch.control/v1", "kind": "dictionary"|"scenarios",
 * "version": "...", "document": "<YAML or JSON text>"}}. A scenarios update may change the blocs
 * and members of the scenarios the job started with; a new scenario needs a restart.
 */
public final class ControlValidator extends ProcessFunction<RawRecord, ControlUpdate> {

    private static final long serialVersionUID = 1L;
    public static final OutputTag<DeadLetter> REJECTED = new OutputTag<>("rejected-control-updates") {};

    private final Set<String> startScenarioIds;
    private transient Counter accepted;
    private transient Counter rejected;

    public ControlValidator(BlocScenarios startScenarios) {
        this.startScenarioIds = startScenarios.scenarios().stream().map(Scenario::id)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    public void open(OpenContext openContext) {
        accepted = getRuntimeContext().getMetricGroup().counter("controlUpdatesAccepted");
        rejected = getRuntimeContext().getMetricGroup().counter("controlUpdatesRejected");
    }

    @Override
    public void processElement(RawRecord record, Context ctx, Collector<ControlUpdate> out) {
        try {
            ControlUpdate update = validate(record, startScenarioIds);
            accepted.inc();
            out.collect(update);
        } catch (IllegalArgumentException e) {
            rejected.inc();
            String text = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
            ctx.output(REJECTED, NewsItemParser.deadLetter(record, DeadLetterReason.INVALID_UPDATE.code(),
                    "control update rejected, the version in force stays: " + e.getMessage(), text, Instant.now()));
        }
    }

    /** Parses and fully checks one message; throws IllegalArgumentException naming the problem. */
    public static ControlUpdate validate(RawRecord record, Set<String> startScenarioIds) {
        if (record.value() == null || record.value().length == 0) {
            throw new IllegalArgumentException("empty control message");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalArgumentException("control message is not JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("control message must be a JSON object");
        }
        String schema = text(node, "schema");
        if (!ControlUpdate.SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("field 'schema' must be '" + ControlUpdate.SCHEMA + "', got '" + schema + "'");
        }
        String kind = text(node, "kind");
        String version = text(node, "version");
        String document = text(node, "document");
        if (ControlUpdate.DICTIONARY.equals(kind)) {
            Dictionary.parse(document);
        } else if (ControlUpdate.SCENARIOS.equals(kind)) {
            BlocScenarios scenarios = BlocScenarios.parse(document);
            for (Scenario s : scenarios.scenarios()) {
                if (!startScenarioIds.contains(s.id())) {
                    throw new IllegalArgumentException("scenario '" + s.id() + "' is not one the job started with "
                            + startScenarioIds + "; add new scenarios through a restart from a savepoint");
                }
            }
        } else {
            throw new IllegalArgumentException("field 'kind' must be 'dictionary' or 'scenarios', got '" + kind + "'");
        }
        return new ControlUpdate(kind, version, document);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.textValue().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or not a string");
        }
        return v.textValue();
    }
}
