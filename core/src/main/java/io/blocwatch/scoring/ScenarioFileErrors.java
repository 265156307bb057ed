package io.blocwatch.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns Jackson's binding errors on a scenario file into the messages an analyst reads: where the
 * problem is, in the file's own terms ({@code scenario 'western-balkans': bloc 'north': member SRB}),
 * what is wrong, and the key path ({@code at scenarios[0].blocs[0].members[1]}).
 */
final class ScenarioFileErrors {

    private ScenarioFileErrors() {}

    static String describe(JsonProcessingException error, JsonNode root, String origin) {
        if (!(error instanceof DatabindException bind)) {
            return origin + ": " + error.getOriginalMessage();
        }
        List<JsonMappingException.Reference> path = ((JsonMappingException) bind).getPath();
        if (error instanceof UnrecognizedPropertyException unknown) {
            List<String> allowed = unknown.getKnownPropertyIds().stream().map(Objects::toString).sorted().toList();
            return where(path.subList(0, path.size() - 1), root, origin) + ": unknown key '" + unknown.getPropertyName()
                    + "' (allowed: " + allowed + ")" + at(path);
        }
        if (error instanceof MismatchedInputException mismatch && !path.isEmpty()) {
            JsonMappingException.Reference last = path.get(path.size() - 1);
            String value = error instanceof InvalidFormatException format ? String.valueOf(format.getValue())
                    : text(nodeAt(path, root));
            Class<?> target = mismatch.getTargetType();
            if (last.getFieldName() != null) {
                String key = "'" + last.getFieldName() + "'";
                return where(path.subList(0, path.size() - 1), root, origin) + ": " + expectation(key, target, value) + at(path);
            }
            return where(path, root, origin) + ": " + expectation("the entry", target, value) + at(path);
        }
        return where(path, root, origin) + ": " + error.getOriginalMessage() + at(path);
    }

    private static String expectation(String key, Class<?> target, String value) {
        if (target == null) {
            return key + " has the wrong type: '" + value + "'";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == int.class) {
            return key + " must be a number, not '" + value + "'";
        }
        if (target == LocalDate.class) {
            return key + " is not a date YYYY-MM-DD: '" + value + "'";
        }
        if (target == String.class) {
            return key + " must be a string, not '" + value + "'";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return key + " must be a list, not '" + value + "'";
        }
        if (target == ScenarioFile.MemberEntry.class) {
            return "a member is a code or {code, from, to}, not '" + value + "'";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return key + " must be a mapping, not '" + value + "'";
        }
        return key + " has the wrong type: '" + value + "'";
    }

    /** The place in the file's own terms: a scenario, bloc or member by its id or code where it has one. */
    private static String where(List<JsonMappingException.Reference> path, JsonNode root, String origin) {
        StringBuilder sb = new StringBuilder(origin);
        JsonNode node = root;
        for (int i = 0; i < path.size(); i++) {
            JsonMappingException.Reference ref = path.get(i);
            String field = ref.getFieldName();
            if (field == null) {
                sb.append('[').append(ref.getIndex()).append(']');
                node = node == null ? null : node.get(ref.getIndex());
                continue;
            }
            node = node == null ? null : node.get(field);
            boolean indexed = i + 1 < path.size() && path.get(i + 1).getFieldName() == null;
            if (indexed && List.of("scenarios", "blocs", "members").contains(field)) {
                int index = path.get(++i).getIndex();
                node = node == null ? null : node.get(index);
                sb.append(": ").append(entry(field, index, node));
            } else {
                sb.append(": ").append(field);
            }
        }
        return sb.toString();
    }

    private static String entry(String list, int index, JsonNode node) {
        if (list.equals("members")) {
            String code = node == null ? null : node.isTextual() ? node.asText() : node.path("code").isTextual()
                    ? node.path("code").asText() : null;
            return code == null ? "members[" + index + "]" : "member " + code;
        }
        String id = node != null && node.path("id").isTextual() ? node.path("id").asText() : null;
        String singular = list.equals("scenarios") ? "scenario" : "bloc";
        return id == null ? list + "[" + index + "]" : singular + " '" + id + "'";
    }

    /** The key path, e.g. {@code at scenarios[0].parameters.half_life}. */
    private static String at(List<JsonMappingException.Reference> path) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                parts.add((parts.isEmpty() ? "" : ".") + ref.getFieldName());
            } else {
                parts.add("[" + ref.getIndex() + "]");
            }
        }
        return parts.isEmpty() ? "" : " (at " + String.join("", parts) + ")";
    }

    private static JsonNode nodeAt(List<JsonMappingException.Reference> path, JsonNode root) {
        JsonNode node = root;
        for (JsonMappingException.Reference ref : path) {
            if (node == null) {
                return null;
            }
            node = ref.getFieldName() != null ? node.get(ref.getFieldName()) : node.get(ref.getIndex());
        }
        return node;
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return "null";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
