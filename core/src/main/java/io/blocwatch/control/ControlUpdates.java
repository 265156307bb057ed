package io.blocwatch.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.contracts.Json;
import io.blocwatch.scoring.BlocScenarios;
import io.blocwatch.scoring.Scenario;
import io.blocwatch.tagging.Dictionary;
import java.util.Set;

/**
 * Parses and checks one message of the control topic: {@code {"schema": "blocwatch.control/v1",
 * "kind": "dictionary"|"scenarios", "version": "...", "document": "<YAML or JSON text>"}}. The
 * document is parsed as the files are; a scenarios update may change the blocs and members of the
 * scenarios the job started with, and a new scenario needs a restart.
 */
public final class ControlUpdates {

    private ControlUpdates() {}

    /** Parses and fully checks one message; throws IllegalArgumentException naming the problem. */
    public static ControlUpdate validate(byte[] message, Set<String> startScenarioIds) {
        if (message == null || message.length == 0) {
            throw new IllegalArgumentException("empty control message");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(message);
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
