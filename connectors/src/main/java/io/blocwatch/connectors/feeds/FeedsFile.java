package io.blocwatch.connectors.feeds;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The feeds file ({@code input.feeds.file}, {@code ingest --feeds}):
 * <pre>
 * feeds:
 *   - url: http://localhost:8080/world/rss.xml
 *     name: Balkan Wire
 *     language: en
 *     poll: PT5M
 *     fetch-pages: true
 * </pre>
 * Keys this version does not know are reported with their path (warnings: writers may add keys);
 * a missing or bad value fails with its path.
 */
public final class FeedsFile {

    /** The feeds and the unknown keys found, e.g. {@code feeds[1].priority}. */
    public record Loaded(List<FeedConfig> feeds, List<String> unknownKeys) {}

    record Document(List<Entry> feeds) {}

    record Entry(String url, String name, String language, String poll,
            @JsonProperty("fetch-pages") Boolean fetchPages) {}

    private FeedsFile() {}

    public static Loaded load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("feeds file " + file + " does not exist or is not a file");
        }
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("feeds file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static Loaded parse(String yaml, String origin) {
        Set<String> unknown = new LinkedHashSet<>();
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .addHandler(new DeserializationProblemHandler() {
                    @Override
                    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                            JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
                        com.fasterxml.jackson.core.JsonStreamContext ctx = p.getParsingContext();
                        if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT
                                || p.currentToken() == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                            ctx = ctx.getParent();
                        }
                        unknown.add(path(ctx.getParent()) + propertyName);
                        p.skipChildren();
                        return true;
                    }
                });
        Document doc;
        try {
            doc = mapper.readValue(yaml, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("feeds file " + origin + " is not a valid feeds document: "
                    + e.getOriginalMessage() + locate(e), e);
        }
        if (doc == null || doc.feeds() == null || doc.feeds().isEmpty()) {
            throw new IllegalArgumentException("feeds file " + origin + " lists no feeds (expected 'feeds:' with at least one '- url: ...')");
        }
        List<FeedConfig> feeds = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> urls = new LinkedHashSet<>();
        for (int i = 0; i < doc.feeds().size(); i++) {
            Entry e = doc.feeds().get(i);
            String at = "feeds[" + i + "]";
            if (e == null) {
                problems.add(at + " is empty");
                continue;
            }
            URI uri = null;
            if (e.url() == null || e.url().isBlank()) {
                problems.add(at + ".url is missing");
            } else {
                try {
                    uri = URI.create(e.url().strip());
                    if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                            || uri.getHost() == null) {
                        problems.add(at + ".url '" + e.url() + "' is not an http(s) address");
                    } else if (!urls.add(uri.toString())) {
                        problems.add(at + ".url '" + e.url() + "' is listed twice");
                    }
                } catch (IllegalArgumentException bad) {
                    problems.add(at + ".url '" + e.url() + "' is not a valid address");
                }
            }
            Duration poll = FeedConfig.DEFAULT_POLL;
            if (e.poll() != null) {
                try {
                    poll = Duration.parse(e.poll().strip());
                    if (poll.compareTo(Duration.ofSeconds(1)) < 0) {
                        problems.add(at + ".poll '" + e.poll() + "' must be at least PT1S");
                    }
                } catch (DateTimeParseException bad) {
                    problems.add(at + ".poll '" + e.poll() + "' is not an ISO-8601 duration such as PT5M");
                }
            }
            String name = e.name() == null || e.name().isBlank() ? (uri == null ? null : uri.getHost()) : e.name().strip();
            String language = e.language() == null || e.language().isBlank() ? null : e.language().strip();
            if (uri != null) {
                feeds.add(new FeedConfig(uri.toString(), name, language, poll, Boolean.TRUE.equals(e.fetchPages())));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("feeds file " + origin + ": " + String.join("; ", problems));
        }
        return new Loaded(List.copyOf(feeds), List.copyOf(unknown));
    }

    private static String path(com.fasterxml.jackson.core.JsonStreamContext ctx) {
        List<String> parts = new ArrayList<>();
        for (com.fasterxml.jackson.core.JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(0, (parts.isEmpty() ? "" : "") + c.getCurrentName());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (!part.startsWith("[") && sb.length() > 0) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.length() == 0 ? "" : sb + ".";
    }

    private static String locate(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }
}
