package io.blocwatch.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,7}");
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
    /** Territory code -> the state it counts for (countries' {@code counts_for}). */
    private final Map<String, String> countsFor;

    private Dictionary(Map<String, Country> countries, Map<String, Organization> organizations,
            Map<String, Person> persons, Set<String> stopPhrases) {
        this(countries, organizations, persons, stopPhrases, Map.of());
    }

    private Dictionary(Map<String, Country> countries, Map<String, Organization> organizations,
            Map<String, Person> persons, Set<String> stopPhrases, Map<String, String> countsFor) {
        this.countries = countries;
        this.organizations = organizations;
        this.persons = persons;
        this.stopPhrases = stopPhrases;
        this.countsFor = countsFor;
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
        Map<String, String> territories = new LinkedHashMap<>(countsFor);
        territories.putAll(other.countsFor);
        Dictionary merged = new Dictionary(c, g, p, union(stopPhrases, other.stopPhrases), Map.copyOf(territories));
        return territories.isEmpty() ? merged : merged.foldTerritories(territories, "dictionary");
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
        DictionaryDocument doc = DictionaryDocument.read(document, name);
        boolean jdk = whole && (doc.jdkCountries() == null || doc.jdkCountries());
        Dictionary base = empty(jdk);
        Map<String, Country> countries = new LinkedHashMap<>();
        Map<String, String> countsFor = new LinkedHashMap<>();
        List<DictionaryDocument.CountryEntry> cs = list(doc.countries());
        for (int i = 0; i < cs.size(); i++) {
            String where = name + ": countries[" + i + "]";
            DictionaryDocument.CountryEntry n = object(cs.get(i), where);
            String code = code(n.code(), where);
            if (n.countsFor() != null) {
                countsFor.put(code, code(n.countsFor(), where + ".counts_for"));
            }
            Set<String> ambiguousSeats = strings(n.ambiguousSeats(), "ambiguous_seats", where);
            Country c = new Country(code, strings(n.aliases(), "aliases", where), strings(n.demonyms(), "demonyms", where),
                    union(strings(n.seats(), "seats", where), ambiguousSeats), strings(n.subnational(), "subnational", where),
                    union(strings(n.ambiguous(), "ambiguous", where), ambiguousSeats));
            countries.merge(code, c, (a, b) -> new Country(code, union(a.aliases, b.aliases), union(a.demonyms, b.demonyms),
                    union(a.seats, b.seats), union(a.subnational, b.subnational), union(a.ambiguous, b.ambiguous)));
        }
        Map<String, Organization> orgs = new LinkedHashMap<>();
        List<DictionaryDocument.OrganizationEntry> os = list(doc.organizations());
        for (int i = 0; i < os.size(); i++) {
            String where = name + ": organizations[" + i + "]";
            DictionaryDocument.OrganizationEntry n = object(os.get(i), where);
            String code = code(n.code(), where);
            String parent = n.parent();
            if (parent != null && !CODE.matcher(parent).matches()) {
                throw new IllegalArgumentException(where + ": parent '" + parent + "' is not a code");
            }
            Set<String> aliases = strings(n.aliases(), "aliases", where);
            if (aliases.isEmpty()) {
                throw new IllegalArgumentException(where + " (" + code + "): needs at least one alias");
            }
            orgs.put(code, new Organization(code, parent, aliases, strings(n.seats(), "seats", where)));
        }
        Map<String, Person> persons = new LinkedHashMap<>();
        List<DictionaryDocument.PersonEntry> ps = list(doc.persons());
        for (int i = 0; i < ps.size(); i++) {
            String where = name + ": persons[" + i + "]";
            DictionaryDocument.PersonEntry n = object(ps.get(i), where);
            if (n.name() == null || n.name().isBlank()) {
                throw new IllegalArgumentException(where + ": missing name");
            }
            String pname = n.name().strip();
            where = where + " (" + pname + ")";
            List<DictionaryDocument.OfficeEntry> offs = n.offices();
            if (offs == null || offs.isEmpty()) {
                throw new IllegalArgumentException(where + ": needs a non-empty list 'offices'");
            }
            List<Office> offices = new ArrayList<>();
            for (int k = 0; k < offs.size(); k++) {
                String w = where + ".offices[" + k + "]";
                DictionaryDocument.OfficeEntry o = object(offs.get(k), w);
                if (o.role() == null || o.role().isBlank()) {
                    throw new IllegalArgumentException(w + ": missing role");
                }
                if (o.country() == null || !CODE.matcher(o.country()).matches()) {
                    throw new IllegalArgumentException(w + ": missing or invalid country code");
                }
                LocalDate from = date(o.from(), "from", w);
                LocalDate to = date(o.to(), "to", w);
                if (from != null && to != null && to.isBefore(from)) {
                    throw new IllegalArgumentException(w + ": 'to' " + to + " is before 'from' " + from);
                }
                offices.add(new Office(o.role().strip(), o.country(), from, to));
            }
            boolean alone = Boolean.TRUE.equals(n.surnameAlone());
            persons.put(pname, new Person(TextFolding.foldDiacritics(pname), strings(n.aliases(), "aliases", where), alone, offices));
        }
        Set<String> stops = strings(doc.stopPhrases(), "stop_phrases", name);
        return base.merge(new Dictionary(countries, orgs, persons, stops, Map.copyOf(countsFor)));
    }

    /**
     * Territories that count for another state (an entry's {@code counts_for}: Greenland for
     * Denmark, Hong Kong for China): their names, demonyms and seats become the sovereign's, and
     * their own code, also the one the JDK's country list brings, is gone.
     */
    private Dictionary foldTerritories(Map<String, String> countsFor, String name) {
        Map<String, Country> c = new LinkedHashMap<>(countries);
        for (Map.Entry<String, String> e : countsFor.entrySet()) {
            Country t = c.remove(e.getKey());
            Country s = c.get(e.getValue());
            if (s == null) {
                throw new IllegalArgumentException(name + ": " + e.getKey() + " counts_for " + e.getValue()
                        + ", which is not a country of the dictionary");
            }
            if (t != null) {
                c.put(s.code(), new Country(s.code(), s.aliases(), union(s.demonyms(), t.demonyms()),
                        union(s.seats(), t.seats()), union(s.subnational(), union(t.aliases(), t.subnational())),
                        union(s.ambiguous(), t.ambiguous())));
            }
        }
        Map<String, Person> ps = new LinkedHashMap<>();
        for (Person p : persons.values()) {
            List<Office> offices = new ArrayList<>();
            for (Office o : p.offices()) {
                String to = countsFor.get(o.country());
                offices.add(to == null ? o : new Office(o.role(), to, o.from(), o.to()));
            }
            ps.put(p.name(), new Person(p.name(), p.aliases(), p.surnameAlone(), offices));
        }
        return new Dictionary(c, organizations, ps, stopPhrases, countsFor);
    }

    private static <T> List<T> list(List<T> entries) {
        return entries == null ? List.of() : entries;
    }

    private static <T> T object(T entry, String where) {
        if (entry == null) {
            throw new IllegalArgumentException(where + ": must be an object");
        }
        return entry;
    }

    private static String code(String c, String where) {
        if (c == null) {
            throw new IllegalArgumentException(where + ": missing code");
        }
        if (!CODE.matcher(c).matches()) {
            throw new IllegalArgumentException(where + ": code '" + c + "' must be 2-8 capital letters or digits");
        }
        return c;
    }

    private static Set<String> strings(List<String> a, String key, String where) {
        Set<String> out = new LinkedHashSet<>();
        if (a == null) {
            return out;
        }
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i);
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException(where + ": '" + key + "'[" + i + "] must be a non-empty string");
            }
            out.add(s.strip());
        }
        return out;
    }

    private static LocalDate date(String d, String key, String where) {
        if (d == null) {
            return null;
        }
        try {
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": '" + key + "' value '" + d + "' is not a date YYYY-MM-DD");
        }
    }
}
