package io.blocwatch.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.contracts.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sample storyline shipped with the jar, and helpers to read JSON-lines outputs. */
final class Fixtures {

    private Fixtures() {}

    /** The sample items (written for the project), one JSON object per line, in publication order. */
    static List<String> sampleItems() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/samples/news-items.jsonl")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> readJsonLines(Path file) {
        try {
            List<JsonNode> out = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    out.add(Json.MAPPER.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
