package io.blocwatch.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bloc scenarios in force: blocs, their members and validity dates, scenario parameters and
 * the operator settings. Loaded from YAML (format in {@code scenarios/default.yaml}), bound by
 * Jackson into {@link ScenarioFile} and validated at load: every problem is reported with the path
 * (scenario, bloc, member, key) it concerns.
 */
public final class BlocScenarios implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String DEFAULT_RESOURCE = "/scenarios/default.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Binds a scenario file into {@link ScenarioFile}: snake_case keys, unknown keys refused, numbers not taken from strings. */
    private static final ObjectMapper FILE = fileMapper();
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    private final List<Scenario> scenarios;
    private final ScoringSettings settings;

    public BlocScenarios(List<Scenario> scenarios, ScoringSettings settings) {
        this.scenarios = List.copyOf(scenarios);
        this.settings = settings;
    }

    private static ObjectMapper fileMapper() {
        ObjectMapper mapper = YAMLMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addModule(new JavaTimeModule())
                .build();
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
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
        ScenarioFile file;
        try {
            file = FILE.treeToValue(root, ScenarioFile.class);
        } catch (JsonProcessingException e) {
            throw new InvalidScenarioException(ScenarioFileErrors.describe(e, root, origin));
        }
        ScoringSettings settings = settings(file.settings(), origin + ": settings");
        ScenarioParameters defaults = parameters(file.defaults(), ScenarioParameters.defaults(), origin + ": defaults");
        if (file.scenarios() == null || file.scenarios().isEmpty()) {
            throw new InvalidScenarioException(origin + ": 'scenarios' must be a non-empty list");
        }
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (ScenarioFile.ScenarioEntry entry : file.scenarios()) {
            String where = origin + ": scenarios[" + index++ + "]";
            if (entry == null) {
                throw new InvalidScenarioException(where + ": expected a mapping");
            }
            String id = required(entry.id(), "id", where);
            if (!ID.matcher(id).matches()) {
                throw new InvalidScenarioException(where + ": id '" + id + "' must be lower-case letters, digits, '.', '_' or '-'");
            }
            where = origin + ": scenario '" + id + "'";
            if (!ids.add(id)) {
                throw new InvalidScenarioException(where + ": duplicate scenario id");
            }
            String description = entry.description() == null ? "" : entry.description();
            ScenarioParameters params = parameters(entry.parameters(), defaults, where + ": parameters");
            scenarios.add(new Scenario(id, description, blocs(entry.blocs(), where), params));
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

    private static List<Scenario.Bloc> blocs(List<ScenarioFile.BlocEntry> entries, String where) {
        if (entries == null || entries.size() < 2) {
            throw new InvalidScenarioException(where + ": 'blocs' must list at least two blocs");
        }
        List<Scenario.Bloc> blocs = new ArrayList<>();
        Map<String, List<Scenario.Member>> byCode = new HashMap<>();
        Map<String, String> blocOfCode = new HashMap<>();
        Set<String> blocIds = new HashSet<>();
        int index = 0;
        for (ScenarioFile.BlocEntry b : entries) {
            String bw = where + ": blocs[" + index++ + "]";
            if (b == null) {
                throw new InvalidScenarioException(bw + ": expected a mapping with id and members");
            }
            String id = required(b.id(), "id", bw);
            if (!ID.matcher(id).matches()) {
                throw new InvalidScenarioException(bw + ": bloc id '" + id + "' must be lower-case letters, digits, '.', '_' or '-'");
            }
            bw = where + ": bloc '" + id + "'";
            if (!blocIds.add(id)) {
                throw new InvalidScenarioException(bw + ": duplicate bloc id");
            }
            if (b.members() == null || b.members().isEmpty()) {
                throw new InvalidScenarioException(bw + ": empty bloc: 'members' must list at least one code");
            }
            List<Scenario.Member> members = new ArrayList<>();
            for (ScenarioFile.MemberEntry m : b.members()) {
                Scenario.Member member = member(m, bw);
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

    private static Scenario.Member member(ScenarioFile.MemberEntry m, String where) {
        if (m == null) {
            throw new InvalidScenarioException(where + ": a member is a code or {code, from, to}, not null");
        }
        String code = required(m.code(), "code", where + ": member");
        if (m.from() != null && m.to() != null && m.to().isBefore(m.from())) {
            throw new InvalidScenarioException(where + ": member " + code + ": 'to' " + m.to() + " is before 'from' " + m.from());
        }
        if (!CODE.matcher(code).matches()) {
            throw new InvalidScenarioException(where + ": member code '" + code + "' must be upper-case (ISO alpha-3 or an organisation code)");
        }
        return new Scenario.Member(code, m.from(), m.to());
    }

    private static ScoringSettings settings(ScenarioFile.Settings s, String where) {
        ScoringSettings d = ScoringSettings.defaults();
        if (s == null) {
            return d;
        }
        long hour = ScoringSettings.HOUR_MS;
        long day = ScoringSettings.DAY_MS;
        long lateness = Math.round(number(s.allowedLatenessHours(), "allowed_lateness_hours", d.allowedLatenessMs() / (double) hour, 0, 1e6, where) * hour);
        long cadence = Math.round(number(s.emitCadenceHours(), "emit_cadence_hours", d.emitCadenceMs() / (double) hour, 0.001, 1e6, where) * hour);
        long clear = Math.round(number(s.clearAfterDays(), "clear_after_days", d.clearAfterMs() / (double) day, 0.001, 1e5, where) * day);
        double threshold = number(s.nearDuplicateThreshold(), "near_duplicate_threshold", d.nearDuplicateThreshold(), 0.0, 1.0, where);
        int memory = (int) number(s.nearDuplicateMemory(), "near_duplicate_memory", d.nearDuplicateMemory(), 0, 10_000, where);
        long age = Math.round(number(s.nearDuplicateMaxAgeDays(), "near_duplicate_max_age_days", d.nearDuplicateMaxAgeMs() / (double) day, 0, 1e4, where) * day);
        return new ScoringSettings(lateness, cadence, clear, threshold, memory, age);
    }

    private static ScenarioParameters parameters(ScenarioFile.Parameters p, ScenarioParameters d, String where) {
        if (p == null) {
            return d;
        }
        List<String> domains = p.counterAlignmentDomains() == null ? d.counterAlignmentDomains() : p.counterAlignmentDomains();
        Map<String, Double> weights = new LinkedHashMap<>(d.weights());
        if (p.weights() != null) {
            for (Map.Entry<String, Double> e : p.weights().entrySet()) {
                if (e.getValue() == null || Math.abs(e.getValue()) > 10) {
                    throw new InvalidScenarioException(where + ": weights." + e.getKey() + " must be a number in [-10, 10]");
                }
                weights.put(e.getKey(), e.getValue());
            }
        }
        String signingReports = p.signingReports() == null ? d.signingReports() : p.signingReports();
        if (!ScenarioParameters.EACH.equals(signingReports) && !ScenarioParameters.ONCE.equals(signingReports)) {
            throw new InvalidScenarioException(where + ": signing_reports must be 'each' or 'once', not '" + signingReports + "'");
        }
        ScenarioParameters merged = new ScenarioParameters(
                number(p.halfLifeDays(), "half_life_days", d.halfLifeDays(), 0.01, 1e4, where),
                number(p.priorMass(), "prior_mass", d.priorMass(), 0.001, 1e6, where),
                number(p.cohesionWeight(), "cohesion_weight", d.cohesionWeight(), 0, 1, where),
                number(p.scoreStep(), "score_step", d.scoreStep(), 0, 2, where),
                number(p.riseThreshold(), "rise_threshold", d.riseThreshold(), -1, 1, where),
                number(p.riseRearm(), "rise_rearm", d.riseRearm(), -1, 1, where),
                number(p.jumpWindowDays(), "jump_window_days", d.jumpWindowDays(), 0.01, 365, where),
                number(p.jumpMinDelta(), "jump_min_delta", d.jumpMinDelta(), 0, 2, where),
                number(p.jumpFactor(), "jump_factor", d.jumpFactor(), 0, 1000, where),
                (int) number(p.jumpMinHistory(), "jump_min_history", d.jumpMinHistory(), 0, 1000, where),
                number(p.hostilityWeight(), "hostility_weight", d.hostilityWeight(), -10, 0, where),
                (int) number(p.counterAlignmentDays(), "counter_alignment_days", d.counterAlignmentDays(), 0, 3650, where),
                domains,
                (int) number(p.alertSuppressionDays(), "alert_suppression_days", d.alertSuppressionDays(), 0, 3650, where),
                weights,
                signingReports);
        if (merged.riseRearm() > merged.riseThreshold()) {
            throw new InvalidScenarioException(where + ": rise_rearm " + merged.riseRearm()
                    + " must not be above rise_threshold " + merged.riseThreshold());
        }
        return merged;
    }

    private static String required(String value, String key, String where) {
        if (value == null || value.isBlank()) {
            throw new InvalidScenarioException(where + ": '" + key + "' is required and must be a non-empty string");
        }
        return value.strip();
    }

    private static double number(Number value, String key, double fallback, double min, double max, String where) {
        if (value == null) {
            return fallback;
        }
        double x = value.doubleValue();
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
