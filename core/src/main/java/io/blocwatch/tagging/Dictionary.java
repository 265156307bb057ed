package io.blocwatch.tagging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tagger's dictionary: countries, organisations, office holders and stop phrases. Data, not
 * code: the defaults live in {@code /dictionary/*.yaml} on the classpath, country names come from
 * the JDK, and a document in the same format (JSON or YAML) can be merged over them or replace
 * them at run time. See docs/tagging.md for the format.
 */
public final class Dictionary implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,7}");
    private static final Set<String> TOP_KEYS =
            Set.of("countries", "organizations", "persons", "stop_phrases", "jdk_countries");
    private static final String[] DEFAULT_FILES = {
        "/dictionary/countries.yaml", "/dictionary/organizations.yaml", "/dictionary/persons.yaml",
        "/dictionary/ambiguity.yaml"
    };
    private static final Locale[] JDK_LANGUAGES = {
        Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN, new Locale("es"), Locale.ITALIAN
    };

    /** A country: names, demonyms, seats of power, sub-national entities, ambiguous aliases. */
    public record Country(String code, Set<String> aliases, Set<String> demonyms, Set<String> seats,
            Set<String> subnational, Set<String> ambiguous) implements Serializable {}

    /** An organisation; {@code parent} is the organisation a mission belongs to, or null. */
    public record Organization(String code, String parent, Set<String> aliases, Set<String> seats)
            implements Serializable {}

    /** An office held from {@code from} to {@code to} (inclusive; null = open). */
    public record Office(String role, String country, LocalDate from, LocalDate to) implements Serializable {
        public boolean holdsOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /** A person with folded {@code name}, other spellings and offices. */
    public record Person(String name, Set<String> aliases, boolean surnameAlone, List<Office> offices)
            implements Serializable {
        public Office officeOn(LocalDate day) {
            for (Office o : offices) {
                if (o.holdsOn(day)) {
                    return o;
                }
            }
            return null;
        }

        public String surname() {
            String[] parts = name.split(" ");
            return parts[parts.length - 1];
        }
    }

    private final Map<String, Country> countries;
    private final Map<String, Organization> organizations;
    private final Map<String, Person> persons;
    private final Set<String> stopPhrases;

    private Dictionary(Map<String, Country> countries, Map<String, Organization> organizations,
            Map<String, Person> persons, Set<String> stopPhrases) {
        this.countries = countries;
        this.organizations = organizations;
        this.persons = persons;
        this.stopPhrases = stopPhrases;
    }

    public Map<String, Country> countries() {
        return countries;
    }

    public Map<String, Organization> organizations() {
        return organizations;
    }

    public Map<String, Person> persons() {
        return persons;
    }

    public Set<String> stopPhrases() {
        return stopPhrases;
    }

    /** The dictionary shipped in the jar, with the JDK's country names. */
    public static Dictionary defaults() {
        Dictionary d = empty(false);
        for (String file : DEFAULT_FILES) {
            try (InputStream in = Dictionary.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing dictionary resource " + file);
                }
                d = d.merge(parseDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8), file, false));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }
        return d;
    }

    /** The defaults with a user file (JSON or YAML, same format) merged over them. */
    public static Dictionary defaultsWith(Path userFile) {
        try {
            return defaults().merge(parseDocument(Files.readString(userFile), userFile.toString(), false));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read dictionary file " + userFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * A whole dictionary parsed from a JSON or YAML document (for example a control-topic
     * update). Country names from the JDK are included unless the document says
     * {@code jdk_countries: false}.
     *
     * @throws IllegalArgumentException naming the problem when the document is malformed
     */
    public static Dictionary parse(String document) {
        return parseDocument(document, "dictionary", true);
    }

    /** This dictionary with {@code other}'s entries merged over it (aliases added, persons replaced). */
    public Dictionary merge(Dictionary other) {
        Map<String, Country> c = new LinkedHashMap<>(countries);
        other.countries.forEach((code, o) -> c.merge(code, o, (a, b) -> new Country(code,
                union(a.aliases, b.aliases), union(a.demonyms, b.demonyms), union(a.seats, b.seats),
                union(a.subnational, b.subnational), union(a.ambiguous, b.ambiguous))));
        Map<String, Organization> g = new LinkedHashMap<>(organizations);
        other.organizations.forEach((code, o) -> g.merge(code, o, (a, b) -> new Organization(code,
                b.parent != null ? b.parent : a.parent, union(a.aliases, b.aliases), union(a.seats, b.seats))));
        Map<String, Person> p = new LinkedHashMap<>(persons);
        p.putAll(other.persons);
        return new Dictionary(c, g, p, union(stopPhrases, other.stopPhrases));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static Dictionary empty(boolean jdk) {
        Map<String, Country> c = new LinkedHashMap<>();
        if (jdk) {
            for (String cc : Locale.getISOCountries()) {
                Locale l = new Locale("", cc);
                String code;
                try {
                    code = l.getISO3Country();
                } catch (java.util.MissingResourceException e) {
                    continue;
                }
                if (code == null || code.isEmpty()) {
                    continue;
                }
                Set<String> names = new LinkedHashSet<>();
                for (Locale lang : JDK_LANGUAGES) {
                    String n = l.getDisplayCountry(lang);
                    if (n != null && !n.isBlank() && !n.equals(cc)) {
                        names.add(n.replace("&", "and"));
                    }
                }
                c.put(code, new Country(code, names, Set.of(), Set.of(), Set.of(), Set.of()));
            }
            c.put("XKX", new Country("XKX", new LinkedHashSet<>(List.of("Kosovo")), Set.of(), Set.of(), Set.of(), Set.of()));
        }
        return new Dictionary(c, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashSet<>());
    }

    private static Dictionary parseDocument(String document, String name, boolean whole) {
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException(name + ": empty dictionary document");
        }
        JsonNode root;
        try {
            root = YAML.readTree(document);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": not valid JSON or YAML: " + firstLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(name + ": the document must be an object with countries, organizations, persons or stop_phrases");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!TOP_KEYS.contains(k)) {
                throw new IllegalArgumentException(name + ": unknown section '" + k + "' (expected one of " + TOP_KEYS + ")");
            }
        }
        boolean jdk = whole && (!root.has("jdk_countries") || root.get("jdk_countries").asBoolean(true));
        Dictionary base = empty(jdk);
        Map<String, Country> countries = new LinkedHashMap<>();
        JsonNode cs = array(root, "countries", name);
        for (int i = 0; i < cs.size(); i++) {
            JsonNode n = object(cs.get(i), name + ": countries[" + i + "]");
            String where = name + ": countries[" + i + "]";
            String code = code(n, where);
            Set<String> ambiguousSeats = strings(n, "ambiguous_seats", where);
            Country c = new Country(code, strings(n, "aliases", where), strings(n, "demonyms", where),
                    union(strings(n, "seats", where), ambiguousSeats), strings(n, "subnational", where),
                    union(strings(n, "ambiguous", where), ambiguousSeats));
            countries.merge(code, c, (a, b) -> new Country(code, union(a.aliases, b.aliases), union(a.demonyms, b.demonyms),
                    union(a.seats, b.seats), union(a.subnational, b.subnational), union(a.ambiguous, b.ambiguous)));
        }
        Map<String, Organization> orgs = new LinkedHashMap<>();
        JsonNode os = array(root, "organizations", name);
        for (int i = 0; i < os.size(); i++) {
            String where = name + ": organizations[" + i + "]";
            JsonNode n = object(os.get(i), where);
            String code = code(n, where);
            String parent = n.hasNonNull("parent") ? n.get("parent").asText() : null;
            if (parent != null && !CODE.matcher(parent).matches()) {
                throw new IllegalArgumentException(where + ": parent '" + parent + "' is not a code");
            }
            Set<String> aliases = strings(n, "aliases", where);
            if (aliases.isEmpty()) {
                throw new IllegalArgumentException(where + " (" + code + "): needs at least one alias");
            }
            orgs.put(code, new Organization(code, parent, aliases, strings(n, "seats", where)));
        }
        Map<String, Person> persons = new LinkedHashMap<>();
        JsonNode ps = array(root, "persons", name);
        for (int i = 0; i < ps.size(); i++) {
            String where = name + ": persons[" + i + "]";
            JsonNode n = object(ps.get(i), where);
            if (!n.hasNonNull("name") || !n.get("name").isTextual() || n.get("name").asText().isBlank()) {
                throw new IllegalArgumentException(where + ": missing name");
            }
            String pname = n.get("name").asText().strip();
            where = where + " (" + pname + ")";
            JsonNode offs = n.get("offices");
            if (offs == null || !offs.isArray() || offs.isEmpty()) {
                throw new IllegalArgumentException(where + ": needs a non-empty list 'offices'");
            }
            List<Office> offices = new ArrayList<>();
            for (int k = 0; k < offs.size(); k++) {
                String w = where + ".offices[" + k + "]";
                JsonNode o = object(offs.get(k), w);
                if (!o.hasNonNull("role") || o.get("role").asText().isBlank()) {
                    throw new IllegalArgumentException(w + ": missing role");
                }
                if (!o.hasNonNull("country") || !CODE.matcher(o.get("country").asText()).matches()) {
                    throw new IllegalArgumentException(w + ": missing or invalid country code");
                }
                LocalDate from = date(o, "from", w);
                LocalDate to = date(o, "to", w);
                if (from != null && to != null && to.isBefore(from)) {
                    throw new IllegalArgumentException(w + ": 'to' " + to + " is before 'from' " + from);
                }
                offices.add(new Office(o.get("role").asText().strip(),
                        o.get("country").asText(), from, to));
            }
            boolean alone = n.has("surname_alone") && n.get("surname_alone").asBoolean(false);
            persons.put(pname, new Person(TextFoldingNames.display(pname), strings(n, "aliases", where), alone, offices));
        }
        Set<String> stops = strings(root, "stop_phrases", name);
        return base.merge(new Dictionary(countries, orgs, persons, stops));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static JsonNode array(JsonNode root, String key, String name) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return YAML.createArrayNode();
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException(name + ": '" + key + "' must be a list");
        }
        return n;
    }

    private static JsonNode object(JsonNode n, String where) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException(where + ": must be an object");
        }
        return n;
    }

    private static String code(JsonNode n, String where) {
        JsonNode c = n.get("code");
        if (c == null || !c.isTextual()) {
            throw new IllegalArgumentException(where + ": missing code");
        }
        if (!CODE.matcher(c.asText()).matches()) {
            throw new IllegalArgumentException(where + ": code '" + c.asText() + "' must be 2-8 capital letters or digits");
        }
        return c.asText();
    }

    private static Set<String> strings(JsonNode n, String key, String where) {
        JsonNode a = n.get(key);
        Set<String> out = new LinkedHashSet<>();
        if (a == null || a.isNull()) {
            return out;
        }
        if (!a.isArray()) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a list of strings");
        }
        for (int i = 0; i < a.size(); i++) {
            JsonNode s = a.get(i);
            if (!s.isTextual() || s.asText().isBlank()) {
                throw new IllegalArgumentException(where + ": '" + key + "'[" + i + "] must be a non-empty string");
            }
            out.add(s.asText().strip());
        }
        return out;
    }

    private static LocalDate date(JsonNode o, String key, String where) {
        JsonNode d = o.get(key);
        if (d == null || d.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(d.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": '" + key + "' value '" + d.asText() + "' is not a date YYYY-MM-DD");
        }
    }

    /** Folded display names ("Aleksandar Vučić" → "Aleksandar Vucic"), case kept. */
    static final class TextFoldingNames {
        private TextFoldingNames() {}

        static String display(String name) {
            StringBuilder b = new StringBuilder();
            String d = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
            for (int i = 0; i < d.length(); i++) {
                char c = d.charAt(i);
                if (Character.getType(c) == Character.NON_SPACING_MARK) {
                    continue;
                }
                switch (c) {
                    case 'đ' -> b.append('d');
                    case 'Đ' -> b.append('D');
                    case 'ł' -> b.append('l');
                    case 'Ł' -> b.append('L');
                    default -> b.append(c);
                }
            }
            return b.toString();
        }
    }
}
