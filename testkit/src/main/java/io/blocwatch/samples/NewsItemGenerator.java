package io.blocwatch.samples;

import io.blocwatch.contracts.Json;
import io.blocwatch.contracts.NewsItem;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic, realistic NewsItem v1 records for load, recovery and state tests: 3–5 KB bodies
 * mixing regional-security sentences (agreements signed in capitals, criticism, warnings, troops
 * massed at borders, praise and backing) with mostly neutral filler (economy, weather, sport), and
 * about 5% syndicated near-copies of earlier stories. The same seed gives the same items;
 * published_at grows strictly by {@code spacing}.
 *
 * <pre>java -cp blocwatch-job.jar io.blocwatch.samples.NewsItemGenerator --count 1000 --seed 7</pre>
 */
public final class NewsItemGenerator {

    /** Share of items that re-publish an earlier story with light edits. */
    static final double SYNDICATED_SHARE = 0.05;
    private static final int MIN_BODY = 3_000;
    private static final int MAX_BODY = 5_000;

    private static final String[][] ACTORS = {
            // name, adjective/people, capital, leader
            {"Serbia", "Serbian", "Belgrade", "President Aleksandar Vucic"},
            {"Hungary", "Hungarian", "Budapest", "Prime Minister Viktor Orban"},
            {"Kosovo", "Kosovar", "Pristina", "Prime Minister Albin Kurti"},
            {"Albania", "Albanian", "Tirana", "Prime Minister Edi Rama"},
            {"Croatia", "Croatian", "Zagreb", "Prime Minister Andrej Plenkovic"},
            {"Bosnia and Herzegovina", "Bosnian", "Sarajevo", "the presidency in Sarajevo"},
            {"Montenegro", "Montenegrin", "Podgorica", "the government in Podgorica"},
            {"North Macedonia", "Macedonian", "Skopje", "the government in Skopje"},
            {"Russia", "Russian", "Moscow", "President Vladimir Putin"},
            {"the United States", "American", "Washington", "the State Department"},
            {"China", "Chinese", "Beijing", "the Chinese foreign ministry"},
            {"Germany", "German", "Berlin", "the German chancellor"},
    };
    private static final String[] ORGANISATIONS = {"NATO", "the EU", "the European Union", "KFOR"};
    private static final String[] SOURCES = {"Balkan Security Digest", "Adriatic Wire", "Danube Observer",
            "Atlantic Defence Wire", "Eurasia Newsline", "Regional Report", "Southeast Europe Times"};
    private static final String[] DOMAINS = {"defence", "defense cooperation", "energy", "trade", "military"};
    private static final String[] FORMS = {"agreement", "declaration", "memorandum", "pact"};

    private static final String[] CONFLICT = {
            "%1$s criticised %2$s over its handling of the dispute in the north.",
            "%1$s warned %2$s against any unilateral moves near the administrative line.",
            "%1$s accused %2$s of provoking the latest incidents.",
            "%1$s condemned %2$s for what it called an unacceptable provocation.",
            "%1$s massed troops along its border with %2$s, according to satellite images.",
            "%4$s accused %2$s of sponsoring the unrest.",
            "%1$s summoned the ambassador of %2$s in protest.",
    };
    private static final String[] COOPERATION = {
            "%1$s praised %2$s as a reliable partner.",
            "%4$s thanked %2$s for its support during the crisis.",
            "%1$s backs %2$s in the talks, a spokesman said.",
            "%1$s welcomed the decision of %2$s to reopen the crossing.",
            "%1$s and %2$s held joint military exercises near %3$s.",
    };
    // Everyday news is built from templates whose slots carry most of the words (people, places,
    // figures, firms), so that two different stories share few word pairs, as real ones do.
    private static final String[] FILLER = {
            "The %s of %s said on %s that %s rose by %s percent in %s.",
            "%s, a %s from %s, told reporters the %s would reopen in %s.",
            "Forecasters in %s expect %s and %s, with temperatures near %s degrees by %s.",
            "%s beat %s %s in front of %s fans, with %s scoring twice.",
            "Shares of %s closed %s percent higher in %s after the %s reported results.",
            "%s opened a %s in %s, creating about %s jobs, %s said.",
            "Residents of %s complained about %s on %s, and the %s promised repairs.",
            "The %s in %s approved a budget of %s million for %s and %s.",
            "%s, who runs a %s in %s, said %s had fallen for the %s time this year.",
            "Police in %s closed the road to %s on %s after %s.",
            "A festival of %s and %s drew %s visitors to %s over the %s.",
            "%s will host the %s in %s, organisers of the %s announced.",
            "Prices of %s and %s went up by %s percent in %s, the %s of %s reported.",
            "%s coach %s named %s new players for the match against %s.",
            "The %s at %s treated %s patients during the %s, %s said.",
            "Farmers near %s expect a %s harvest of %s after %s.",
    };
    private static final String[] PEOPLE_FIRST = {"Dragan", "Marija", "Ivana", "Luka", "Arben", "Elira", "Zoltan",
            "Katalin", "Milos", "Jelena", "Besnik", "Ana", "Petar", "Nikola", "Teuta", "Gabor", "Vesna", "Tomislav",
            "Mirela", "Dritan", "Sanja", "Goran", "Edona", "Bojan", "Lejla", "Emir", "Ivan", "Zsofia", "Marko", "Dora"};
    private static final String[] SYLLABLES = {"ko", "va", "mi", "lo", "ra", "ne", "ti", "sa", "po", "ri", "de",
            "ja", "nu", "be", "ze", "ha", "li", "go", "vi", "du", "ka", "sto", "dre", "vla", "gor", "bran"};
    private static final String[] PLACES = {"Novi Sad", "Nis", "Kragujevac", "Subotica", "Debrecen", "Szeged",
            "Pecs", "Gyor", "Prizren", "Peja", "Gjakova", "Mitrovica", "Durres", "Vlora", "Shkodra", "Elbasan",
            "Split", "Rijeka", "Osijek", "Zadar", "Mostar", "Tuzla", "Banja Luka", "Zenica", "Niksic", "Bar",
            "Bitola", "Ohrid", "Tetovo", "Kumanovo", "Cacak", "Sombor", "Kecskemet", "Miskolc", "Korca", "Fier",
            "Pula", "Sibenik", "Bihac", "Budva"};
    private static final String[] ROLES = {"council", "chamber of commerce", "statistics office", "port authority",
            "tourist board", "hospital", "university", "water utility", "farmers' union", "transport company",
            "football club", "museum", "library", "bakery", "vineyard", "shipyard", "market", "airport", "school",
            "theatre", "cooperative", "clinic", "brewery", "railway office"};
    private static final String[] THINGS = {"bread", "diesel", "electricity", "rents", "coffee", "tomatoes",
            "tickets", "wages", "exports", "pensions", "tourist arrivals", "car sales", "olive oil", "wheat",
            "wine", "apartments", "cheese", "fertiliser", "timber", "heating", "mobile data", "sugar", "paprika"};
    private static final String[] EVENTS = {"heavy rain", "a burst pipe", "roadworks", "a power cut", "a landslide",
            "strong winds", "a late frost", "a dry summer", "a truck accident", "snow", "flooding", "a heatwave"};
    private static final String[] WHEN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "the weekend", "the holidays", "spring", "autumn", "winter"};
    private static final String[] ADJECTIVES = {"record", "modest", "disappointing", "late", "early", "second",
            "third", "fourth", "surprising", "steady", "weak", "strong", "small", "new", "renovated", "seasonal"};
    private static final String[] FIRMS = {"Telekom", "Agrokor", "Elektroprivreda", "Podravka", "Naftna", "Mol",
            "Richter", "Krka", "Atlantic", "Delta", "Galenika", "Fructal", "Bimal", "Gorenje", "Dukat", "Vivendi"};
    private static final String[] TITLES_SECURITY = {"Tensions rise as %s and %s trade accusations",
            "%s and %s sign %s deal", "Diplomats scramble after %s warns %s", "%s backs %s at regional summit"};
    private static final String[] TITLES_NEUTRAL = {"Markets steady as inflation eases", "Weekend weather: rain inland",
            "Cup final sells out", "New motorway section opens", "Harvest better than expected"};

    private final SplittableRandom random;
    private final Duration spacing;
    private Instant next;
    private long sequence;
    private final List<NewsItem> recent = new ArrayList<>();

    /**
     * @param seed the same seed gives the same sequence of items
     * @param start published_at of the first item
     * @param spacing event-time distance between consecutive items (positive)
     */
    public NewsItemGenerator(long seed, Instant start, Duration spacing) {
        if (spacing.isNegative() || spacing.isZero()) {
            throw new IllegalArgumentException("spacing must be positive, got " + spacing);
        }
        this.random = new SplittableRandom(seed);
        this.spacing = spacing;
        this.next = start;
    }

    /** The next item as NewsItem v1 JSON (one line). */
    public String nextJson() {
        return toJson(next());
    }

    /** The next item; ids are {@code gen-<n>}, published_at strictly increasing. */
    public NewsItem next() {
        sequence++;
        Instant published = next;
        next = next.plus(spacing);
        String id = "gen-" + sequence;
        String source = SOURCES[random.nextInt(SOURCES.length)];
        String url = "https://example.org/gen/" + sequence;
        NewsItem item;
        if (recent.size() > 5 && random.nextDouble() < SYNDICATED_SHARE) {
            item = syndicate(recent.get(random.nextInt(recent.size())), id, source, url, published);
        } else {
            item = fresh(id, source, url, published);
        }
        recent.add(item);
        if (recent.size() > 50) {
            recent.remove(0);
        }
        return item;
    }

    /**
     * Whether {@code item} is everyday news (economy, weather, sport) without any security
     * sentence; such items tag no interactions or agreements. Tests use it to route them apart.
     */
    public static boolean isEverydayNews(NewsItem item) {
        for (String title : TITLES_NEUTRAL) {
            if (title.equals(item.title())) {
                return true;
            }
        }
        return false;
    }

    /** NewsItem v1 JSON for {@code item}. */
    public static String toJson(NewsItem item) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", item.id());
        m.put("source", item.source());
        m.put("url", item.url());
        m.put("published_at", item.publishedAt());
        m.put("language", item.language());
        m.put("title", item.title());
        m.put("body", item.body());
        return Json.write(m);
    }

    private NewsItem fresh(String id, String source, String url, Instant published) {
        // About a third of the stories are about regional security; the rest is everyday news.
        boolean security = random.nextDouble() < 0.35;
        StringBuilder body = new StringBuilder();
        String title;
        if (security) {
            String[] a = actor();
            String[] b = otherActor(a);
            double kind = random.nextDouble();
            if (kind < 0.25) {
                String form = FORMS[random.nextInt(FORMS.length)];
                String domain = DOMAINS[random.nextInt(DOMAINS.length)];
                title = String.format(Locale.ROOT, TITLES_SECURITY[1], a[0], b[0], domain);
                body.append(agreement(a, b, form, domain, published)).append('\n');
            } else if (kind < 0.7) {
                title = String.format(Locale.ROOT, TITLES_SECURITY[random.nextBoolean() ? 0 : 2], a[0], b[0]);
                body.append(fill(pick(CONFLICT), a, b)).append('\n');
            } else {
                title = String.format(Locale.ROOT, TITLES_SECURITY[3], a[0], b[0]);
                body.append(fill(pick(COOPERATION), a, b)).append('\n');
            }
            int more = random.nextInt(3);
            for (int i = 0; i < more; i++) {
                body.append(filler()).append(' ');
                String[] c = actor();
                String[] d = otherActor(c);
                body.append(fill(random.nextDouble() < 0.6 ? pick(CONFLICT) : pick(COOPERATION), c, d)).append('\n');
            }
        } else {
            title = pick(TITLES_NEUTRAL);
        }
        int target = MIN_BODY + random.nextInt(MAX_BODY - MIN_BODY);
        while (body.length() < target) {
            body.append(filler());
            body.append(random.nextInt(4) == 0 ? '\n' : ' ');
        }
        return new NewsItem(id, source, url, published.toString(), "en", title, body.toString().strip());
    }

    /** An earlier story carried by another outlet: new id, source and time, a sentence or two changed. */
    private NewsItem syndicate(NewsItem original, String id, String source, String url, Instant published) {
        String body = original.body();
        int cut = body.lastIndexOf('.', Math.max(0, body.length() - 200));
        if (cut > 0) {
            body = body.substring(0, cut + 1) + " " + filler();
        }
        return new NewsItem(id, source, url, published.toString(), "en", original.title(), body);
    }

    private String agreement(String[] a, String[] b, String form, String domain, Instant published) {
        String[] place = random.nextBoolean() ? a : b;
        String weekday = DayOfWeek.from(published.atZone(ZoneOffset.UTC))
                .getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return a[0] + " and " + b[0] + " signed a " + domain + " " + form + " in " + place[2] + " on " + weekday + ". "
                + a[3] + " said the " + form + " would deepen cooperation between the two countries.";
    }

    private String fill(String template, String[] a, String[] b) {
        String target = random.nextInt(6) == 0 ? ORGANISATIONS[random.nextInt(ORGANISATIONS.length)] : b[0];
        return String.format(Locale.ROOT, template, a[0], target, a[2], a[3]);
    }

    private String[] actor() {
        return ACTORS[random.nextInt(ACTORS.length)];
    }

    private String[] otherActor(String[] a) {
        String[] b;
        do {
            b = actor();
        } while (b == a);
        return b;
    }

    private String filler() {
        String template = pick(FILLER);
        int slots = template.split("%s", -1).length - 1;
        Object[] values = new Object[slots];
        for (int i = 0; i < slots; i++) {
            values[i] = slot();
        }
        return String.format(Locale.ROOT, template, values);
    }

    /** One slot of an everyday sentence: a person, place, figure, firm, thing or time. */
    private String slot() {
        return switch (random.nextInt(9)) {
            case 0 -> pick(PEOPLE_FIRST) + " " + surname();
            case 1, 2 -> pick(PLACES);
            case 3 -> Integer.toString(2 + random.nextInt(9_998));
            case 4 -> random.nextInt(40) + "." + random.nextInt(10);
            case 5 -> pick(ROLES);
            case 6 -> pick(THINGS) + (random.nextBoolean() ? "" : " and " + pick(EVENTS));
            case 7 -> pick(FIRMS) + " " + surname();
            default -> random.nextBoolean() ? pick(WHEN) : pick(ADJECTIVES) + " " + pick(EVENTS);
        };
    }

    private String surname() {
        StringBuilder b = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            b.append(pick(SYLLABLES));
        }
        b.append(random.nextBoolean() ? "vic" : random.nextBoolean() ? "i" : "ic");
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Prints {@code --count N} items (default 100) from {@code --seed S} (default 1) as JSON lines. */
    public static void main(String[] args) {
        long count = 100;
        long seed = 1;
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        Duration spacing = Duration.ofMinutes(10);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--count" -> count = Long.parseLong(require(args[i], value));
                case "--seed" -> seed = Long.parseLong(require(args[i], value));
                case "--start" -> start = Instant.parse(require(args[i], value));
                case "--spacing" -> spacing = Duration.parse(require(args[i], value));
                default -> {
                    System.err.println("usage: NewsItemGenerator [--count N] [--seed S] [--start INSTANT] [--spacing PT10M]");
                    System.exit(2);
                }
            }
            i++;
        }
        NewsItemGenerator generator = new NewsItemGenerator(seed, start, spacing);
        StringBuilder out = new StringBuilder();
        for (long n = 0; n < count; n++) {
            out.append(generator.nextJson()).append('\n');
            if (out.length() > 1 << 20) {
                System.out.print(out);
                out.setLength(0);
            }
        }
        System.out.print(out);
        System.out.flush();
    }

    private static String require(String option, String value) {
        if (value == null) {
            System.err.println("option " + option + " needs a value");
            System.exit(2);
        }
        return value;
    }
}
