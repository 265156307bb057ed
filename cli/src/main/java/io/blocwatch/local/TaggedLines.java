package io.blocwatch.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.blocwatch.contracts.DeadLetter;
import io.blocwatch.contracts.DeadLetterReason;
import io.blocwatch.contracts.Json;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.scoring.NearDuplicateSignature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * TaggedItem v1 lines of a file, checked against the contract's JSON Schema: the valid ones as
 * TaggedItems (with a near-duplicate signature over their evidence sentences, which is all of the
 * text a TaggedItem carries), the others as dead letters with the reason and the schema's message.
 */
final class TaggedLines {

    record Read(List<TaggedItem> items, List<DeadLetter> rejected) {}

    private static final int RAW_LIMIT = 4096;

    private TaggedLines() {}

    static Read read(Path file) throws IOException {
        JsonSchema schema = schema();
        List<TaggedItem> items = new ArrayList<>();
        List<DeadLetter> rejected = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String source = file.getFileName() + ":" + (i + 1);
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(line);
            } catch (IOException e) {
                rejected.add(dead(DeadLetterReason.MALFORMED_JSON.code(), "not JSON: " + firstLine(e.getMessage()), source, line));
                continue;
            }
            if (node == null || !node.isObject()) {
                rejected.add(dead(DeadLetterReason.WRONG_SHAPE.code(), "a TaggedItem v1 line must be a JSON object", source, line));
                continue;
            }
            Set<ValidationMessage> errors = schema.validate(node);
            if (!errors.isEmpty()) {
                ValidationMessage first = errors.iterator().next();
                String reason = "required".equals(first.getType()) ? DeadLetterReason.MISSING_FIELD.code()
                        : "type".equals(first.getType()) ? DeadLetterReason.WRONG_TYPE.code() : DeadLetterReason.WRONG_SHAPE.code();
                rejected.add(dead(reason, "not a valid TaggedItem v1: " + first.getMessage()
                        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""), source, line));
                continue;
            }
            TaggedItem t;
            try {
                t = Json.MAPPER.treeToValue(node, TaggedItem.class);
                Instant.parse(t.publishedAt());
            } catch (IOException | RuntimeException e) {
                rejected.add(dead(DeadLetterReason.INVALID_TIMESTAMP.code(), "published_at is not an ISO-8601 instant", source, line));
                continue;
            }
            items.add(t.withSignature(NearDuplicateSignature.of(evidenceText(t))));
        }
        return new Read(items, rejected);
    }

    private static String evidenceText(TaggedItem t) {
        StringBuilder b = new StringBuilder();
        t.actors().forEach(a -> a.evidence().forEach(e -> b.append(e).append('\n')));
        t.interactions().forEach(x -> x.evidence().forEach(e -> b.append(e).append('\n')));
        t.agreements().forEach(x -> x.evidence().forEach(e -> b.append(e).append('\n')));
        return b.length() == 0 ? t.id() : b.toString();
    }

    private static DeadLetter dead(String reason, String detail, String source, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return new DeadLetter(DeadLetter.SCHEMA, reason, detail, source, bytes.length,
                line.length() > RAW_LIMIT ? line.substring(0, RAW_LIMIT) : line, Instant.now().toString());
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.split("\n")[0];
    }

    private static JsonSchema schema() {
        try (InputStream in = TaggedLines.class.getResourceAsStream("/schemas/tagged-item.v1.json")) {
            if (in == null) {
                throw new IllegalStateException("schemas/tagged-item.v1.json is not on the classpath");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
