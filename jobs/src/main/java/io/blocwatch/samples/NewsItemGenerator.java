package io.blocwatch.samples;

import io.blocwatch.connectors.json.Json;
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
    private static final String[] FILLER = {
            "The central bank kept its key interest rate unchanged, citing easing inflation.",
            "Retail sales rose by 2.1 percent in the third quarter, the statistics office said.",
            "Forecasters expect heavy rain in the mountains and sunny spells along the coast this weekend.",
            "Temperatures will fall sharply overnight, with frost likely in the valleys.",
            "The national football team won 2-1 in a friendly match played in front of a full stadium.",
            "The basketball league announced a new schedule after the arena renovation was delayed.",
            "A new motorway section opened to traffic, cutting travel times between the two largest cities.",
            "Tourism operators reported a record number of visitors from abroad during the summer.",
            "The film festival closed with an award for a debut documentary about mountain villages.",
            "Farmers said the harvest of maize and wheat was better than expected despite the dry spring.",
            "The stock exchange index closed slightly higher, led by telecom and banking shares.",
            "Local elections in several municipalities passed without incident, observers said.",
            "Hospitals launched a vaccination campaign ahead of the winter season.",
            "The university announced scholarships for students in engineering and medicine.",
            "Fuel prices were cut for the second week in a row after crude prices fell on world markets.",
            "A regional airline added direct flights to three European capitals from next spring.",
            "The water utility warned of short supply interruptions during repairs in the old town.",
            "Power cuts affected several districts after a storm damaged transmission lines.",
            "The tennis champion withdrew from the tournament with a shoulder injury.",
            "Museum curators presented a restored collection of medieval manuscripts.",
    };
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
        return pick(FILLER);
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
