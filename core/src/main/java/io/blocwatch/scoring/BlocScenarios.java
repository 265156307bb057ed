package io.blocwatch.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bloc scenarios in force: blocs, their members and validity dates, scenario parameters and
 * the operator settings. Loaded from YAML (format in {@code scenarios/default.yaml}) and validated
 * at load: every problem is reported with the scenario and key it concerns.
 */
public final class BlocScenarios implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String DEFAULT_RESOURCE = "/scenarios/default.yaml";

    private static final Set<String> TOP_KEYS = Set.of("settings", "defaults", "scenarios");
    private static final Set<String> SCENARIO_KEYS = Set.of("id", "description", "blocs", "parameters");
    private static final Set<String> BLOC_KEYS = Set.of("id", "label", "members");
    private static final Set<String> MEMBER_KEYS = Set.of("code", "from", "to");
    private static final Set<String> SETTING_KEYS = Set.of("allowed_lateness_hours", "emit_cadence_hours",
            "clear_after_days", "near_duplicate_threshold", "near_duplicate_memory", "near_duplicate_max_age_days");
    private static final Set<String> PARAMETER_KEYS = Set.of("half_life_days", "prior_mass", "cohesion_weight",
            "score_step", "rise_threshold", "rise_rearm", "jump_window_days", "jump_min_delta", "jump_factor",
            "jump_min_history", "hostility_weight", "counter_alignment_days", "counter_alignment_domains",
            "alert_suppression_days", "weights", "signing_reports");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    private final List<Scenario> scenarios;
    private final ScoringSettings settings;

    public BlocScenarios(List<Scenario> scenarios, ScoringSettings settings) {
        this.scenarios = List.copyOf(scenarios);
        this.settings = settings;
    }

    public static BlocScenarios loadDefault() {
        try (InputStream in = BlocScenarios.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + DEFAULT_RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BlocScenarios load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bloc scenarios " + file, e);
        }
    }

    /** Parses and validates a YAML text (a run-time update, a test fixture). */
    public static BlocScenarios parse(String yaml) {
        return parse(yaml, "<yaml>", Map.of());
    }

    /**
     * Parses a YAML text with overrides applied before validation, e.g. from the command line:
     * {@code settings.allowed_lateness_hours=12}, {@code defaults.half_life_days=45},
     * {@code defaults.weights.threaten=-8}, {@code western-balkans.rise_threshold=0.3} (a scenario's
     * {@code parameters}). Values are YAML scalars or flow lists ({@code [defense, energy]}).
     */
    public static BlocScenarios parse(String yaml, Map<String, String> overrides) {
        return parse(yaml, "<yaml>", overrides);
    }

    /** {@link #load(Path)} with overrides, see {@link #parse(String, Map)}. */
    public static BlocScenarios load(Path file, Map<String, String> overrides) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), overrides);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bloc scenarios " + file, e);
        }
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    public ScoringSettings settings() {
        return settings;
    }

    public Scenario scenario(String id) {
        Scenario s = find(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown scenario '" + id + "'");
        }
        return s;
    }

    /** The scenario with this id, or null (e.g. removed by a configuration update). */
    public Scenario find(String id) {
        for (Scenario s : scenarios) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** The same scenarios with other operator settings. */
    public BlocScenarios withSettings(ScoringSettings newSettings) {
        return new BlocScenarios(scenarios, newSettings);
    }

    // ---------------------------------------------------------------------------------------------

    private static BlocScenarios parse(String yaml, String origin, Map<String, String> overrides) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new InvalidScenarioException(origin + ": not valid YAML: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidScenarioException(origin + ": expected a mapping with 'scenarios'");
        }
        for (Map.Entry<String, String> o : new java.util.TreeMap<>(overrides).entrySet()) {
            applyOverride((ObjectNode) root, o.getKey(), o.getValue(), origin);
        }
        checkKeys(root, TOP_KEYS, origin);
        ScoringSettings settings = parseSettings(root.get("settings"), origin + ": settings");
        ScenarioParameters defaults = parseParameters(root.get("defaults"), ScenarioParameters.defaults(), origin + ": defaults");
        JsonNode list = root.get("scenarios");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new InvalidScenarioException(origin + ": 'scenarios' must be a non-empty list");
        }
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode node : list) {
            String where = origin + ": scenarios[" + index++ + "]";
            if (!node.isObject()) {
                throw new InvalidScenarioException(where + ": expected a mapping");
            }
            String id = text(node, "id", where);
            if (!ID.matcher(id).matches()) {
                throw new InvalidScenarioException(where + ": id '" + id + "' must be lower-case letters, digits, '.', '_' or '-'");
            }
            where = origin + ": scenario '" + id + "'";
            if (!ids.add(id)) {
                throw new InvalidScenarioException(where + ": duplicate scenario id");
            }
            checkKeys(node, SCENARIO_KEYS, where);
            String description = node.has("description") ? node.get("description").asText() : "";
            ScenarioParameters params = parseParameters(node.get("parameters"), defaults, where + ": parameters");
            scenarios.add(new Scenario(id, description, parseBlocs(node.get("blocs"), where), params));
        }
        return new BlocScenarios(scenarios, settings);
    }

    private static void applyOverride(ObjectNode root, String key, String value, String origin) {
        String where = origin + ": override '" + key + "'";
        String[] path = key.split("\\.");
        if (path.length < 2) {
            throw new InvalidScenarioException(where + ": expected settings.<key>, defaults.<key> or <scenario>.<key>");
        }
        ObjectNode target;
        if (path[0].equals("settings") || path[0].equals("defaults")) {
            target = child(root, path[0], where);
        } else {
            target = null;
            JsonNode list = root.get("scenarios");
            if (list != null && list.isArray()) {
                for (JsonNode sc : list) {
                    if (sc.isObject() && path[0].equals(sc.path("id").asText())) {
                        target = child((ObjectNode) sc, "parameters", where);
                    }
                }
            }
            if (target == null) {
                throw new InvalidScenarioException(where + ": unknown scenario '" + path[0] + "'");
            }
        }
        for (int i = 1; i < path.length - 1; i++) {
            target = child(target, path[i], where);
        }
        JsonNode parsed;
        try {
            parsed = YAML.readTree(value);
        } catch (IOException e) {
            throw new InvalidScenarioException(where + ": value '" + value + "' is not valid YAML");
        }
        target.set(path[path.length - 1], parsed == null || parsed.isMissingNode() ? NullNode.getInstance() : parsed);
    }

    private static ObjectNode child(ObjectNode parent, String name, String where) {
        JsonNode c = parent.get(name);
        if (c == null || c.isNull()) {
            return parent.putObject(name);
        }
        if (!c.isObject()) {
            throw new InvalidScenarioException(where + ": '" + name + "' is not a mapping");
        }
        return (ObjectNode) c;
    }

    private static List<Scenario.Bloc> parseBlocs(JsonNode blocsNode, String where) {
        if (blocsNode == null || !blocsNode.isArray() || blocsNode.size() < 2) {
            throw new InvalidScenarioException(where + ": 'blocs' must list at least two blocs");
        }
        List<Scenario.Bloc> blocs = new ArrayList<>();
        Map<String, List<Scenario.Member>> byCode = new HashMap<>();
        Map<String, String> blocOfCode = new HashMap<>();
        Set<String> blocIds = new HashSet<>();
        int index = 0;
        for (JsonNode b : blocsNode) {
            String bw = where + ": blocs[" + index++ + "]";
            if (!b.isObject()) {
                throw new InvalidScenarioException(bw + ": expected a mapping with id and members");
            }
            String id = text(b, "id", bw);
            if (!ID.matcher(id).matches()) {
                throw new InvalidScenarioException(bw + ": bloc id '" + id + "' must be lower-case letters, digits, '.', '_' or '-'");
            }
            bw = where + ": bloc '" + id + "'";
            checkKeys(b, BLOC_KEYS, bw);
            if (!blocIds.add(id)) {
                throw new InvalidScenarioException(bw + ": duplicate bloc id");
            }
            JsonNode membersNode = b.get("members");
            if (membersNode == null || !membersNode.isArray() || membersNode.isEmpty()) {
                throw new InvalidScenarioException(bw + ": empty bloc: 'members' must list at least one code");
            }
            List<Scenario.Member> members = new ArrayList<>();
            for (JsonNode m : membersNode) {
                Scenario.Member member = parseMember(m, bw);
                for (Scenario.Member other : byCode.getOrDefault(member.code(), List.of())) {
                    if (other.overlaps(member)) {
                        String otherBloc = blocOfCode.get(member.code());
                        throw new InvalidScenarioException(where + ": member " + member.code() + " is in two blocs ('"
                                + otherBloc + "' and '" + id + "') over overlapping dates");
                    }
                }
                byCode.computeIfAbsent(member.code(), k -> new ArrayList<>()).add(member);
                blocOfCode.putIfAbsent(member.code(), id);
                members.add(member);
            }
            blocs.add(new Scenario.Bloc(id, members));
        }
        return blocs;
    }

    private static Scenario.Member parseMember(JsonNode m, String where) {
        String code;
        LocalDate from = null;
        LocalDate to = null;
        if (m.isTextual()) {
            code = m.asText();
        } else if (m.isObject()) {
            checkKeys(m, MEMBER_KEYS, where + ": member");
            code = text(m, "code", where + ": member");
            from = date(m, "from", where + ": member " + code);
            to = date(m, "to", where + ": member " + code);
            if (from != null && to != null && to.isBefore(from)) {
                throw new InvalidScenarioException(where + ": member " + code + ": 'to' " + to + " is before 'from' " + from);
            }
        } else {
            throw new InvalidScenarioException(where + ": a member is a code or {code, from, to}, not " + m);
        }
        if (!CODE.matcher(code).matches()) {
            throw new InvalidScenarioException(where + ": member code '" + code + "' must be upper-case (ISO alpha-3 or an organisation code)");
        }
        return new Scenario.Member(code, from, to);
    }

    private static ScoringSettings parseSettings(JsonNode node, String where) {
        ScoringSettings d = ScoringSettings.defaults();
        if (node == null || node.isNull()) {
            return d;
        }
        if (!node.isObject()) {
            throw new InvalidScenarioException(where + ": expected a mapping");
        }
        checkKeys(node, SETTING_KEYS, where);
        long lateness = Math.round(number(node, "allowed_lateness_hours", d.allowedLatenessMs() / (double) ScoringSettings.HOUR_MS, 0, 1e6, where) * ScoringSettings.HOUR_MS);
        long cadence = Math.round(number(node, "emit_cadence_hours", d.emitCadenceMs() / (double) ScoringSettings.HOUR_MS, 0.001, 1e6, where) * ScoringSettings.HOUR_MS);
        long clear = Math.round(number(node, "clear_after_days", d.clearAfterMs() / (double) ScoringSettings.DAY_MS, 0.001, 1e5, where) * ScoringSettings.DAY_MS);
        double threshold = number(node, "near_duplicate_threshold", d.nearDuplicateThreshold(), 0.0, 1.0, where);
        int memory = (int) number(node, "near_duplicate_memory", d.nearDuplicateMemory(), 0, 10_000, where);
        long age = Math.round(number(node, "near_duplicate_max_age_days", d.nearDuplicateMaxAgeMs() / (double) ScoringSettings.DAY_MS, 0, 1e4, where) * ScoringSettings.DAY_MS);
        return new ScoringSettings(lateness, cadence, clear, threshold, memory, age);
    }

    private static ScenarioParameters parseParameters(JsonNode node, ScenarioParameters d, String where) {
        if (node == null || node.isNull()) {
            return d;
        }
        if (!node.isObject()) {
            throw new InvalidScenarioException(where + ": expected a mapping");
        }
        checkKeys(node, PARAMETER_KEYS, where);
        List<String> domains = d.counterAlignmentDomains();
        JsonNode dn = node.get("counter_alignment_domains");
        if (dn != null) {
            if (!dn.isArray()) {
                throw new InvalidScenarioException(where + ": counter_alignment_domains must be a list (empty = any domain)");
            }
            domains = new ArrayList<>();
            for (JsonNode x : dn) {
                domains.add(x.asText());
            }
        }
        Map<String, Double> weights = new LinkedHashMap<>(d.weights());
        JsonNode wn = node.get("weights");
        if (wn != null) {
            if (!wn.isObject()) {
                throw new InvalidScenarioException(where + ": weights must map an interaction kind to a number");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = wn.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNumber() || Math.abs(e.getValue().asDouble()) > 10) {
                    throw new InvalidScenarioException(where + ": weights." + e.getKey() + " must be a number in [-10, 10]");
                }
                weights.put(e.getKey(), e.getValue().asDouble());
            }
        }
        ScenarioParameters p = new ScenarioParameters(
                number(node, "half_life_days", d.halfLifeDays(), 0.01, 1e4, where),
                number(node, "prior_mass", d.priorMass(), 0.001, 1e6, where),
                number(node, "cohesion_weight", d.cohesionWeight(), 0, 1, where),
                number(node, "score_step", d.scoreStep(), 0, 2, where),
                number(node, "rise_threshold", d.riseThreshold(), -1, 1, where),
                number(node, "rise_rearm", d.riseRearm(), -1, 1, where),
                number(node, "jump_window_days", d.jumpWindowDays(), 0.01, 365, where),
                number(node, "jump_min_delta", d.jumpMinDelta(), 0, 2, where),
                number(node, "jump_factor", d.jumpFactor(), 0, 1000, where),
                (int) number(node, "jump_min_history", d.jumpMinHistory(), 0, 1000, where),
                number(node, "hostility_weight", d.hostilityWeight(), -10, 0, where),
                (int) number(node, "counter_alignment_days", d.counterAlignmentDays(), 0, 3650, where),
                domains,
                (int) number(node, "alert_suppression_days", d.alertSuppressionDays(), 0, 3650, where),
                weights,
                signingReports(node, d.signingReports(), where));
        if (p.riseRearm() > p.riseThreshold()) {
            throw new InvalidScenarioException(where + ": rise_rearm " + p.riseRearm()
                    + " must not be above rise_threshold " + p.riseThreshold());
        }
        return p;
    }

    private static String signingReports(JsonNode node, String d, String where) {
        JsonNode v = node.get("signing_reports");
        if (v == null) {
            return d;
        }
        String s = v.asText();
        if (!ScenarioParameters.EACH.equals(s) && !ScenarioParameters.ONCE.equals(s)) {
            throw new InvalidScenarioException(where + ": signing_reports must be 'each' or 'once', not '" + s + "'");
        }
        return s;
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new InvalidScenarioException(where + ": unknown key '" + key + "' (allowed: "
                        + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    private static String text(JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new InvalidScenarioException(where + ": '" + key + "' is required and must be a non-empty string");
        }
        return v.asText().strip();
    }

    private static LocalDate date(JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw new InvalidScenarioException(where + ": '" + key + "' is not a date YYYY-MM-DD: '" + v.asText() + "'");
        }
    }

    private static double number(JsonNode node, String key, double fallback, double min, double max, String where) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw new InvalidScenarioException(where + ": '" + key + "' must be a number, not '" + v.asText() + "'");
        }
        double x = v.asDouble();
        if (x < min || x > max) {
            throw new InvalidScenarioException(where + ": '" + key + "' = " + x + " is outside [" + min + ", " + max + "]");
        }
        return x;
    }

    /** A scenario file that cannot be used; the message names the scenario, key and problem. */
    public static final class InvalidScenarioException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public InvalidScenarioException(String message) {
            super(message);
        }
    }
}
