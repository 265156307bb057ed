package io.blocwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.blocwatch.tagging.NewsTagger;
import io.blocwatch.testkit.DevCorpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldEvaluationTest {

    private static Path ownGold() throws Exception {
        return Path.of(GoldEvaluationTest.class.getResource("/tagging/own-gold.jsonl").toURI());
    }

    private static GoldEvaluation.Report evaluate(Path gold) throws Exception {
        return GoldEvaluation.evaluate(Files.readAllLines(gold, StandardCharsets.UTF_8), NewsTagger.withDefaults(), null);
    }

    private static Path resource(String name) throws Exception {
        return Path.of(GoldEvaluationTest.class.getResource(name).toURI());
    }

    /** F1 floors just under the figures measured when the event coder landed (see README, Tagging quality). */
    private static void floors(GoldEvaluation.Report r, double actors, double persons, double agreements,
            double interactions) {
        floors(r, actors, persons, agreements, interactions, 0);
    }

    private static void floors(GoldEvaluation.Report r, double actors, double persons, double agreements,
            double interactions, int quietCountries) {
        assertThat(r.get("actors").f1()).as("actors F1").isGreaterThanOrEqualTo(actors);
        assertThat(r.get("persons").f1()).as("persons F1").isGreaterThanOrEqualTo(persons);
        assertThat(r.get("agreements").f1()).as("agreements F1").isGreaterThanOrEqualTo(agreements);
        assertThat(r.get("interactions").f1()).as("interactions F1").isGreaterThanOrEqualTo(interactions);
        assertThat(r.quietCountries).as("countries in quiet items").isLessThanOrEqualTo(quietCountries);
    }

    @Test
    void ownGoldItemsMeetTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(ownGold());
        assertThat(r.items).isEqualTo(11);
        floors(r, 0.98, 0.98, 0.98, 0.74);
    }

    /** Items written after the first rules were tuned, from other Balkan events. */
    @Test
    void unseenGoldItemsMeetTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/tagging/unseen-gold.jsonl"));
        assertThat(r.items).isEqualTo(63);
        floors(r, 0.97, 0.97, 0.78, 0.82); // agreements 0.800: ug-029 lists the agreements "they" must implement
    }

    /** The tuning half of the twelve-region set (Venezuela-Guyana to the Pacific islands). */
    @Test
    void tuningHalfOfTheRegionalSetMeetsTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/gold/tune.jsonl"));
        assertThat(r.items).isEqualTo(40);
        assertThat(r.quietItems).isEqualTo(4);
        floors(r, 0.98, 0.94, 0.73, 0.82); // after the fifth session's rules: 0.997, 0.958, 0.750, 0.836
    }

    /** The blind half: never looked at while the rules were written; scored before and after. */
    @Test
    void blindHalfOfTheRegionalSetMeetsTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/gold/blind.jsonl"));
        assertThat(r.items).isEqualTo(40);
        assertThat(r.quietItems).isEqualTo(4);
        // measured after the coder was written (gold/after-blind.txt), after its first rules
        // (gold/after-blind-final.txt: 0.970, 0.842, 0.638, 0.594 and 8 countries in the 4 quiet items)
        // after the third session's rules (gold/after-blind-session-3.txt: 0.976, 0.888, 0.638, 0.602, 6)
        // after the fourth's (gold/after-blind-session-4.txt: 0.976, 0.901, 0.638, 0.637, 6)
        // and after the fifth's (gold/after-blind-session-5.txt: 0.976, 0.910, 0.638, 0.663, 6)
        // (the old tagger, gold/baseline-blind.txt: 0.872, 0.252, 0.408, 0.348 and 20)
        // and after the sixth's (gold/scores-session-6.txt): 0.983, 0.910, 0.745, 0.683, 4
        floors(r, 0.96, 0.90, 0.72, 0.66, 4);
    }

    /**
     * The second regional set, written by an analyst who never saw the coder: wire leads and articles
     * from ten regions never developed on (Korean peninsula, South Asia, the Gulf, the Levant, the Great
     * Lakes, Central Asia, Latin America, Southeast Asia, the Eastern Mediterranean, Libya-Sudan-Chad),
     * with 4 quiet items per half. Tuning half: looked at in detail.
     */
    @Test
    void tuningHalfOfTheWireSetMeetsTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/gold/wire-tune.jsonl"));
        assertThat(r.items).isEqualTo(24);
        assertThat(r.quietItems).isEqualTo(4);
        // before this session's rules (gold/wire-tune-before.txt): 0.976, 0.938, 0.615, 0.354, 3 countries
        floors(r, 0.98, 0.98, 0.78, 0.78, 1); // after the fifth session (gold/wire-tune-after-session-5.txt): 0.994, 1.000, 0.800, 0.795, 1
    }

    /**
     * The sixth session's set, written by two analysts who never saw the coder, one for each half, on
     * eleven regions never developed on (Southern Africa, the Andes, the Caribbean and Central America,
     * the South Pacific, Afghanistan-Pakistan-Iran, Iraq-Turkey-Syria, the Maghreb, Moldova to the
     * Baltic, South Asia, Central Africa, the Arctic): 20 wire leads, 10 articles, 2 noisy items and 4
     * quiet items each (gold/r6-NOTES.md). Both analysts code meetings as cooperative acts, which the
     * corpus conventions do not: those pairs count as misses here. Tuning half: looked at in detail.
     */
    @Test
    void tuningHalfOfTheSixthSessionsSetMeetsTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/gold/r6-tune.jsonl"));
        assertThat(r.items).isEqualTo(36);
        assertThat(r.quietItems).isEqualTo(4);
        // before the sixth session's rules: 0.907, 0.946, 0.571, 0.593, 14 countries in the quiet items
        floors(r, 0.97, 0.94, 0.70, 0.71, 0); // after (gold/scores-session-6.txt): 0.987, 0.961, 0.727, 0.735, 0
    }

    /** Its blind half, by the other analyst: scored as aggregates only, before and after. */
    @Test
    void blindHalfOfTheSixthSessionsSetMeetsTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/gold/r6-blind.jsonl"));
        assertThat(r.items).isEqualTo(36);
        assertThat(r.quietItems).isEqualTo(4);
        // before the sixth session's rules: 0.926, 0.926, 0.649, 0.663, 10 countries in the quiet items;
        // after them (gold/scores-session-6.txt): 0.939, 0.941, 0.737, 0.731, 10
        floors(r, 0.97, 0.92, 0.71, 0.70, 0); // after the ninth session's gate rules (scores-session-9): 0.991, 0.941, 0.737, 0.734, 0
    }

    /**
     * The seventh session's set, by two more analysts who never saw the coder, on eleven further regions
     * (the Great Lakes, Sudan and the Nile, Libya-Egypt-Turkey, the Gulf and Yemen, the Levant, Korea and
     * Japan, mainland Southeast Asia, Central Asia, Venezuela-Guyana-Mercosur, India-Pakistan-China,
     * Cyprus-Greece-Turkey): 26 wire leads, 6 articles, 1 noisy item and 3 quiet items each
     * (gold/r7-NOTES.md). Meetings are not coded, as in the corpus. Tuning half: looked at in detail.
     */
    @Test
    void tuningHalfOfTheSeventhSessionsSetMeetsTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/gold/r7-tune.jsonl"));
        assertThat(r.items).isEqualTo(36);
        assertThat(r.quietItems).isEqualTo(3);
        // before the seventh session's rules: 0.974, 0.926, 0.743, 0.714, 4 countries in the quiet items
        floors(r, 0.98, 0.94, 0.80, 0.82, 0); // after (gold/scores-session-7.txt): 1.000, 0.957, 0.833, 0.848, 0
    }

    /** Its blind half, by the other analyst: scored as aggregates only, before and after. */
    @Test
    void blindHalfOfTheSeventhSessionsSetMeetsTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/gold/r7-blind.jsonl"));
        assertThat(r.items).isEqualTo(36);
        assertThat(r.quietItems).isEqualTo(3);
        // before the seventh session's rules: 0.972, 0.939, 0.760, 0.727, 4 countries in the quiet items
        floors(r, 0.96, 0.94, 0.80, 0.76, 4); // after (gold/scores-session-7.txt): 0.975, 0.963, 0.824, 0.784, 4
    }

    /**
     * The eighth session's set, by two more analysts who never saw the coder, on eleven further regions
     * (Iran's nuclear file, Israel-Gaza and its mediators, the Taiwan Strait, the South China Sea, Ukraine
     * and the Black Sea, the Baltic Sea, Mexico and Central America, Britain's overseas disputes, maritime
     * Southeast Asia and the Pacific, Central Europe and the EU, the Gulf of Guinea): 26 wire leads, 6
     * articles, 1 noisy item and 3 quiet items each (gold/r8-NOTES.md). Tuning half: looked at in detail.
     */
    @Test
    void tuningHalfOfTheEighthSessionsSetMeetsTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/gold/r8-tune.jsonl"));
        assertThat(r.items).isEqualTo(36);
        assertThat(r.quietItems).isEqualTo(3);
        // before the eighth session's rules: 0.979, 0.879, 0.595, 0.650, 1 country in the quiet items
        floors(r, 0.98, 0.86, 0.78, 0.74, 1); // after (gold/scores-session-8.txt): 0.993, 0.879, 0.800, 0.762, 1
    }

    /** Its blind half, by the other analyst: scored as aggregates only, before and after. */
    @Test
    void blindHalfOfTheEighthSessionsSetMeetsTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/gold/r8-blind.jsonl"));
        assertThat(r.items).isEqualTo(36);
        assertThat(r.quietItems).isEqualTo(3);
        // before the eighth session's rules: 0.996, 0.952, 0.500, 0.606, 0 countries in the quiet items
        floors(r, 0.98, 0.93, 0.58, 0.60, 0); // after (gold/scores-session-8.txt): 1.000, 0.952, 0.606, 0.616, 0
    }

    /**
     * The ninth session's set, by two more analysts who never saw the coder, on twelve further regions
     * (Canada's rows with India and China; Japan, South Korea and Russia; the Gulf; South Asia beyond
     * India-Pakistan; the Southern Cone and the Andes; West and Central Africa; East Africa; Eastern
     * Europe; Turkey, Greece and the Nordic NATO bids; Iran, Azerbaijan and Pakistan; North Africa and the
     * Mediterranean; the Caribbean): 26 wire leads, 6 articles, 1 noisy item and 3 quiet items each
     * (gold/r9-NOTES.md). Tuning half: looked at in detail.
     */
    @Test
    void tuningHalfOfTheNinthSessionsSetMeetsTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/gold/r9-tune.jsonl"));
        assertThat(r.items).isEqualTo(36);
        assertThat(r.quietItems).isEqualTo(3);
        // before the ninth session's rules: 0.978, 0.821, 0.485, 0.667, 3 countries in the quiet items
        floors(r, 0.97, 0.90, 0.60, 0.69, 0); // after (gold/scores-session-9.txt): 0.989, 0.926, 0.629, 0.712, 0
    }

    /** Its blind half, by the other analyst: scored as aggregates only, before and after. */
    @Test
    void blindHalfOfTheNinthSessionsSetMeetsTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/gold/r9-blind.jsonl"));
        assertThat(r.items).isEqualTo(36);
        assertThat(r.quietItems).isEqualTo(3);
        // before the ninth session's rules: 0.961, 0.898, 0.651, 0.549, 6 countries in the quiet items
        floors(r, 0.95, 0.88, 0.63, 0.53, 6); // after (gold/scores-session-9.txt): 0.961, 0.898, 0.651, 0.549, 6
    }

    /**
     * The tenth session's set of agreements referred to in many constructions (planned, reported, signed as news and
     * as background; twelve regions), by an analyst who never saw the coder, split by the hash of the id
     * (gold/r10-NOTES.md). Both halves were first scored after the session's one agreement rule, written before the
     * set existed, and at the commit before it (gold/scores-session-10.txt). Tuning half: looked at in detail.
     */
    @Test
    void tuningHalfOfTheTenthSessionsSetMeetsTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/gold/r10-tune.jsonl"));
        assertThat(r.items).isEqualTo(19);
        assertThat(r.quietItems).isEqualTo(3);
        floors(r, 0.96, 0.89, 0.84, 0.86, 3); // at a1b8297: 0.968, 0.897, 0.844, 0.866, 3 countries in quiet items
    }

    /** Its blind half: scored as aggregates only. */
    @Test
    void blindHalfOfTheTenthSessionsSetMeetsTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/gold/r10-blind.jsonl"));
        assertThat(r.items).isEqualTo(21);
        // before the planned-agreement rule (dbfa54c): 1.000, 0.955, 0.692, 0.835
        floors(r, 0.99, 0.95, 0.71, 0.83, 0); // after (a1b8297): 1.000, 0.955, 0.717, 0.835
    }

    /**
     * Probe batteries of wire sentences with their dyads (gold/probe): both fixed halves of the three
     * newest, by dyad F1 (`evaluate --battery`). Batteries 7 and 8 were written in the eighth and ninth
     * sessions by analysts who never saw the coder; each blind half was scored once before its session's
     * rules and once after.
     */
    @Test
    void probeBatteriesMeetTheirFloors() throws Exception {
        DyadBattery.Result six = DyadBattery.score(Files.readAllLines(resource("/gold/probe/battery6.tsv")),
                NewsTagger.withDefaults(), null);
        DyadBattery.Result seven = DyadBattery.score(Files.readAllLines(resource("/gold/probe/battery7.tsv")),
                NewsTagger.withDefaults(), null);
        assertThat(seven.tune().lines + seven.blind().lines).isEqualTo(90);
        // battery 6 before the seventh session: tune 0.703, blind 0.682; after the eighth: 0.937, 0.753
        // battery 7 before the eighth session's rules: tune 0.772, blind 0.843; after: 0.891, 0.843
        assertThat(six.tune().dyads.f1()).as("battery 6 tune").isGreaterThanOrEqualTo(0.91);
        assertThat(six.blind().dyads.f1()).as("battery 6 blind").isGreaterThanOrEqualTo(0.72);
        assertThat(seven.tune().dyads.f1()).as("battery 7 tune").isGreaterThanOrEqualTo(0.86);
        assertThat(seven.blind().dyads.f1()).as("battery 7 blind").isGreaterThanOrEqualTo(0.82);
        DyadBattery.Result eight = DyadBattery.score(Files.readAllLines(resource("/gold/probe/battery8.tsv")),
                NewsTagger.withDefaults(), null);
        assertThat(eight.tune().lines + eight.blind().lines).isEqualTo(90);
        // battery 8 before the ninth session's rules: tune 0.792, blind 0.813; after: tune 0.824, blind 0.813
        assertThat(eight.tune().dyads.f1()).as("battery 8 tune").isGreaterThanOrEqualTo(0.80);
        assertThat(eight.blind().dyads.f1()).as("battery 8 blind").isGreaterThanOrEqualTo(0.79);
    }

    /** Its blind half: scored as aggregates only, before and after each change. */
    @Test
    void blindHalfOfTheWireSetMeetsTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(resource("/gold/wire-blind.jsonl"));
        assertThat(r.items).isEqualTo(24);
        assertThat(r.quietItems).isEqualTo(4);
        // before (gold/wire-blind-before.txt): 0.956, 0.868, 0.400, 0.443, 3 countries; after this
        // session's rules (gold/wire-blind-after-session-4.txt): 0.956, 0.889, 0.467, 0.441, 3; after the
        // fifth's (gold/wire-blind-after-session-5.txt): 0.966, 0.926, 0.581, 0.444, 3
        // after the sixth (gold/scores-session-6.txt): 0.970, 0.926, 0.563, 0.444, 2; after the seventh
        // (gold/scores-session-7.txt): 0.970, 0.937, 0.533, 0.435, 2
        floors(r, 0.95, 0.91, 0.51, 0.42, 3);
    }

    /**
     * Look-alikes in everyday news (food, pets, sport, a town named after a country, a supermarket,
     * an actor), and real country names in items that are not about politics (migrating birds, travel,
     * a song contest, coffee prices, a marathon): no actor at all, in the tuning half and in the blind
     * half written with it. The second four of each half found the gap: 11 and 5 countries before the
     * rule that names alone do not make an item political, 0 and 0 after.
     */
    /**
     * The ninth session's quiet items (40, by an analyst who never saw the coder: towns, foods, breeds,
     * teams, products, names and titles of clubs), split by the hash of their id into halves of 21 and
     * 19; the tuning half was looked at, the blind half scored before and after as aggregates. Far
     * from the target (no actor at all): a floor at today's counts, so that they do not grow.
     */
    @Test
    void theNinthSessionsQuietItemsFindNoMoreCountriesThanToday() throws Exception {
        GoldEvaluation.Report tune = evaluate(resource("/gold/quiet9-tune.jsonl"));
        GoldEvaluation.Report blind = evaluate(resource("/gold/quiet9-blind.jsonl"));
        assertThat(tune.quietItems + blind.quietItems).isEqualTo(40);
        // before this session's gate rules: 27 and 8 countries; after (gold/scores-session-9.txt): 2 and 6
        assertThat(tune.quietCountries).as("quiet9 tune").isLessThanOrEqualTo(2);
        assertThat(blind.quietCountries).as("quiet9 blind").isLessThanOrEqualTo(6);
    }

    @Test
    void quietItemsWrittenForTheProjectYieldNoActor() throws Exception {
        for (String half : java.util.List.of("/gold/quiet-tune.jsonl", "/gold/quiet-blind.jsonl")) {
            GoldEvaluation.Report r = evaluate(resource(half));
            assertThat(r.items).as(half).isEqualTo(10);
            assertThat(r.quietItems).as(half).isEqualTo(10);
            assertThat(r.quietCountries).as(half).isZero();
        }
    }

    @Test
    void devSetMeetsTheFloorsWhenPresent() throws Exception {
        assumeTrue(DevCorpus.devSet().isPresent(), DevCorpus.skipReason("dev.jsonl"));
        Path dev = DevCorpus.devSet().get();
        GoldEvaluation.Report r = evaluate(dev);
        assertThat(r.quietItems).isEqualTo(4);
        // Agreements: the conventions list a reference to an accession ("joined NATO in 2009") as the
        // treaty, signed, undated; this set's gold lists none for its two such sentences (2 false
        // positives here, 4 more found on dev2). Measured after the fifth session: 1.000, 1.000, 0.857, 0.792.
        floors(r, 0.98, 0.98, 0.84, 0.80); // after the seventh: 1.000, 1.000, 0.857, 0.816
    }

    @Test
    void secondDevSetMeetsTheFloorsWhenPresent() throws Exception {
        assumeTrue(DevCorpus.file("dev2.jsonl").isPresent(), DevCorpus.skipReason("dev2.jsonl"));
        Path dev2 = DevCorpus.file("dev2.jsonl").get();
        GoldEvaluation.Report r = evaluate(dev2);
        assertThat(r.quietItems).isEqualTo(6);
        floors(r, 0.98, 0.98, 0.88, 0.84); // after the sixth session: 0.995, 0.995, 0.846, 0.833; the seventh: 0.903, 0.860
    }

    @Test
    void printsAStableReportAndDiff() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int rc = GoldEvaluation.run(ownGold(), true, new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(rc).isZero();
        assertThat(out).containsPattern("(?m)^actors +P=\\d\\.\\d{3} R=\\d\\.\\d{3} F1=\\d\\.\\d{3} \\(tp=\\d+ fp=\\d+ fn=\\d+\\)$");
        assertThat(out).contains("persons", "agreements", "interactions", "ambiguity", "kind accuracy",
                "status accuracy");
    }

    @Test
    void diffListsMissesAndFalseHits(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("g.jsonl");
        Files.writeString(f, "{\"id\":\"x-1\",\"source\":\"s\",\"url\":\"u\",\"published_at\":\"2024-01-01T00:00:00Z\","
                + "\"language\":\"en\",\"title\":\"Hungary and Austria\",\"body\":\"Their foreign ministers met.\","
                + "\"gold\":{\"actors\":[\"HUN\",\"POL\"],\"persons\":[],\"agreements\":[],\"interactions\":[]}}\n");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        GoldEvaluation.run(f, true, new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("x-1:", "missed actors: POL", "false actors: AUT");
    }

    @Test
    void missedAndFalseInteractionsAreCountedByCause() {
        java.util.Map<String, Integer> missed = new java.util.LinkedHashMap<>();
        java.util.List<String> notes = new java.util.ArrayList<>();
        java.util.Set<String> tagged = java.util.Set.of("AAA", "BBB", "CCC");
        GoldEvaluation.causes(java.util.Set.of("AAA>BBB conflictual", "BBB>CCC cooperative", "AAA>DDD conflictual",
                "CCC>AAA cooperative", "CCC>BBB cooperative"),
                java.util.Set.of("BBB>AAA conflictual", "BBB>CCC conflictual", "CCC>AAA cooperative"), tagged, missed,
                true, notes);
        assertThat(missed).containsEntry("source and target swapped", 1) // AAA>BBB found the other way round
                .containsEntry("other polarity", 1) // BBB>CCC found conflictual
                .containsEntry("an actor not tagged", 1) // DDD never tagged
                .containsEntry("source right, target wrong", 1) // CCC>BBB: CCC>AAA found instead
                .doesNotContainKey("pair not found"); // CCC>AAA itself was found
        assertThat(notes).contains("  why missed AAA>BBB conflictual: source and target swapped");

        java.util.Map<String, Integer> none = new java.util.LinkedHashMap<>();
        GoldEvaluation.causes(java.util.Set.of("AAA>BBB cooperative"), java.util.Set.of(), tagged, none, true,
                new java.util.ArrayList<>());
        assertThat(none).containsOnlyKeys("no interaction found in the item");
    }

    @Test
    void missedAgreementsAreCountedByCause() {
        java.util.Map<String, Integer> missed = new java.util.LinkedHashMap<>();
        GoldEvaluation.agreementCauses(java.util.Set.of("AAA-BBB treaty", "AAA-CCC plan", "BBB-DDD treaty",
                "CCC-EEE memorandum"), java.util.Set.of("AAA-BBB agreement", "AAA-DDD plan"),
                java.util.Set.of("AAA", "BBB", "CCC", "DDD"), missed, true, new java.util.ArrayList<>());
        assertThat(missed).containsEntry("same parties, other form", 1).containsEntry("same form, other parties", 1)
                .containsEntry("other form and parties", 1).containsEntry("a party not tagged", 1);
    }

    @Test
    void missingOrBrokenFileIsANonZeroExit(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        assertThat(GoldEvaluation.run(dir.resolve("nope.jsonl"), false, out)).isNotZero();
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("not found");
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{not json\n");
        assertThat(GoldEvaluation.run(bad, false, out)).isNotZero();
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("line 1");
        assertThat(List.of(rcOfDirectory(dir))).containsOnly(2);
    }

    @Test
    void itemsWithoutGoldAreAnErrorNotAPerfectScore(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("items.jsonl");
        Files.writeString(f, "{\"id\":\"x-1\",\"source\":\"s\",\"url\":\"u\",\"published_at\":\"2024-01-01T00:00:00Z\","
                + "\"language\":\"en\",\"title\":\"Serbia and Hungary sign a pact\",\"body\":\"They signed it.\"}\n");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int rc = GoldEvaluation.run(f, false, new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertThat(rc).isEqualTo(2);
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("carries a 'gold' block").doesNotContain("F1=1.000");
    }

    private static int rcOfDirectory(Path dir) {
        return GoldEvaluation.run(dir, false, new PrintStream(new ByteArrayOutputStream()));
    }
}
