package io.blocwatch.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blocwatch.contracts.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What the analyst's page shows, gathered from BlocScore, Alert, TaggedItem and NewsItem records:
 * the score history of every scenario and bloc pair, the alerts, and the items their evidence
 * names (title, link, source, a bounded excerpt, the tags). Plain Java and Jackson, no Kafka: the
 * dashboard fills it from the topics, the report from a replay's files. Memory is bounded: at most
 * {@link #MAX_POINTS_PER_PAIR} scores per pair and {@link #MAX_RECENT_ITEMS} items no alert names.
 *
 * <p>Every change is passed to the listener as (event name, JSON) for the page's live stream.
 */
final class DashboardData {

    static final int MAX_POINTS_PER_PAIR = 20_000;
    static final int MAX_RECENT_ITEMS = 20_000;
    static final int MAX_ALERTS = 20_000;
    static final int BODY_EXCERPT = 600;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, Deque<JsonNode>> scores = new LinkedHashMap<>();
    private final Map<String, JsonNode> alerts = new LinkedHashMap<>();
    private final Map<String, ObjectNode> named = new LinkedHashMap<>();
    private final LinkedHashMap<String, ObjectNode> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ObjectNode> eldest) {
            return size() > MAX_RECENT_ITEMS;
        }
    };
    private final Set<String> namedIds = new HashSet<>();
    private BiConsumer<String, String> listener = (name, json) -> {};
    private long rejected;

    synchronized void onChange(BiConsumer<String, String> l) {
        this.listener = l;
    }

    /** A BlocScore v1 line; false (and nothing kept) when it is not one. */
    synchronized boolean addScore(String json) {
        JsonNode s = object(json);
        if (s == null || !s.path("scenario").isTextual() || !s.path("blocs").isArray() || !s.path("event_time").isTextual()
                || !s.path("polarization").isNumber()) {
            rejected++;
            return false;
        }
        String key = s.path("scenario").asText() + "|" + join(s.path("blocs"));
        Deque<JsonNode> points = scores.computeIfAbsent(key, k -> new ArrayDeque<>());
        points.addLast(s);
        if (points.size() > MAX_POINTS_PER_PAIR) {
            points.removeFirst();
        }
        listener.accept("score", Json.write(s));
        return true;
    }

    /** An Alert v1 line; the items it names are kept from now on and sent with it. */
    synchronized boolean addAlert(String json) {
        JsonNode a = object(json);
        if (a == null || !a.path("alert_id").isTextual() || !a.path("type").isTextual() || !a.path("event_time").isTextual()
                || !a.path("blocs").isArray()) {
            rejected++;
            return false;
        }
        String id = a.path("alert_id").asText();
        if (alerts.containsKey(id)) {
            return true;
        }
        alerts.put(id, a);
        if (alerts.size() > MAX_ALERTS) {
            alerts.remove(alerts.keySet().iterator().next());
        }
        ObjectNode items = NODES.objectNode();
        for (JsonNode e : a.path("evidence")) {
            String itemId = e.path("item_id").asText(null);
            if (itemId != null && namedIds.add(itemId)) {
                ObjectNode item = recent.remove(itemId);
                if (item != null) {
                    named.put(itemId, item);
                }
            }
            if (itemId != null && named.containsKey(itemId)) {
                items.set(itemId, named.get(itemId));
            }
        }
        ObjectNode event = NODES.objectNode();
        event.set("alert", a);
        event.set("items", items);
        listener.accept("alert", Json.write(event));
        return true;
    }

    /** A NewsItem v1 line (the job's input): its title, link, source and an excerpt of its body. */
    synchronized boolean addNewsItem(String json) {
        JsonNode n = object(json);
        if (n == null || !n.path("id").isTextual()) {
            rejected++;
            return false;
        }
        ObjectNode item = item(n.path("id").asText());
        for (String f : List.of("title", "url", "source", "published_at")) {
            if (n.path(f).isTextual()) {
                item.put(f, n.path(f).asText());
            }
        }
        if (n.path("body").isTextual()) {
            String body = n.path("body").asText();
            item.put("body", body.length() > BODY_EXCERPT ? body.substring(0, BODY_EXCERPT) + "…" : body);
        }
        changed(item);
        return true;
    }

    /** A TaggedItem v1 line: the actors, persons, agreements and interactions the tagger found. */
    synchronized boolean addTagged(String json) {
        JsonNode t = object(json);
        if (t == null || !t.path("id").isTextual()) {
            rejected++;
            return false;
        }
        ObjectNode item = item(t.path("id").asText());
        for (String f : List.of("url", "source", "published_at")) {
            if (t.path(f).isTextual() && !item.has(f)) {
                item.put(f, t.path(f).asText());
            }
        }
        ArrayNode actors = item.putArray("actors");
        t.path("actors").forEach(x -> actors.add(x.path("code").asText()));
        ArrayNode persons = item.putArray("persons");
        t.path("persons").forEach(x -> {
            ObjectNode p = persons.addObject();
            p.put("name", x.path("name").asText());
            p.put("country", x.path("country").asText(null));
            p.put("role", x.path("role").asText(null));
        });
        ArrayNode agreements = item.putArray("agreements");
        t.path("agreements").forEach(x -> {
            ObjectNode g = agreements.addObject();
            for (String f : List.of("form", "domain", "status", "date", "place")) {
                g.put(f, x.path(f).asText(null));
            }
            g.set("parties", x.path("parties").isArray() ? x.path("parties") : NODES.arrayNode());
        });
        ArrayNode interactions = item.putArray("interactions");
        t.path("interactions").forEach(x -> {
            ObjectNode i = interactions.addObject();
            for (String f : List.of("source", "target", "polarity", "kind")) {
                i.put(f, x.path(f).asText(null));
            }
            i.put("weight", x.path("weight").asDouble());
        });
        item.put("tagged", true);
        changed(item);
        return true;
    }

    private ObjectNode item(String id) {
        ObjectNode item = named.get(id);
        if (item == null) {
            item = recent.get(id);
        }
        if (item == null) {
            item = NODES.objectNode();
            item.put("id", id);
            if (namedIds.contains(id)) {
                named.put(id, item);
            } else {
                recent.put(id, item);
            }
        }
        return item;
    }

    private void changed(ObjectNode item) {
        if (namedIds.contains(item.path("id").asText())) {
            listener.accept("item", Json.write(item));
        }
    }

    /** Everything the page needs at once: scores per pair in arrival order, alerts, the items alerts name. */
    synchronized String snapshotJson() {
        ObjectNode root = NODES.objectNode();
        ArrayNode s = root.putArray("scores");
        scores.values().forEach(points -> points.forEach(s::add));
        ArrayNode a = root.putArray("alerts");
        alerts.values().forEach(a::add);
        ObjectNode items = root.putObject("items");
        named.forEach(items::set);
        return Json.write(root);
    }

    synchronized int alertCount() {
        return alerts.size();
    }

    synchronized int scoreCount() {
        return scores.values().stream().mapToInt(Deque::size).sum();
    }

    synchronized List<String> pairs() {
        return new ArrayList<>(scores.keySet());
    }

    synchronized long rejected() {
        return rejected;
    }

    private static JsonNode object(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode n = Json.MAPPER.readTree(json);
            return n != null && n.isObject() ? n : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String join(JsonNode blocs) {
        List<String> out = new ArrayList<>();
        blocs.forEach(b -> out.add(b.asText()));
        return String.join("|", out);
    }
}
