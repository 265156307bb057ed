package io.blocwatch.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlocScenariosTest {

    static final String MINIMAL = """
            scenarios:
              - id: test
                blocs:
                  - id: north
                    members: [AAA, BBB]
                  - id: south
                    members: [CCC]
            """;

    @Test
    void defaultScenariosShipWesternBalkansAndGreatPowers() {
        BlocScenarios s = BlocScenarios.loadDefault();
        assertThat(s.scenarios()).extracting(Scenario::id).containsExactly("western-balkans", "great-powers");
        Scenario wb = s.scenario("western-balkans");
        assertThat(wb.pairs()).extracting(Scenario.BlocPair::key)
                .containsExactly("western-balkans|belgrade-budapest|tirana-zagreb-pristina");
        LocalDate day = LocalDate.of(2025, 4, 1);
        assertThat(wb.blocOf("SRB", day)).isEqualTo("belgrade-budapest");
        assertThat(wb.blocOf("HUN", day)).isEqualTo("belgrade-budapest");
        assertThat(wb.blocOf("XKX", day)).isEqualTo("tirana-zagreb-pristina");
        assertThat(wb.blocOf("BIH", day)).isNull();
        Scenario gp = s.scenario("great-powers");
        assertThat(gp.blocOf("SRB", day)).isNull();
        assertThat(gp.blocOf("RUS", day)).isEqualTo("russia-china");
        assertThat(gp.blocOf("NATO", day)).isEqualTo("euro-atlantic");
        assertThat(wb.parameters().halfLifeDays()).isEqualTo(30);
        assertThat(s.settings()).isEqualTo(ScoringSettings.defaults());
    }

    @Test
    void membershipFollowsValidityDates() {
        Scenario gp = BlocScenarios.loadDefault().scenario("great-powers");
        assertThat(gp.blocOf("SWE", LocalDate.of(2024, 3, 6))).isNull();
        assertThat(gp.blocOf("SWE", LocalDate.of(2024, 3, 7))).isEqualTo("euro-atlantic");
    }


    @Test
    void theCatchAllKindWeighsTheSameWhoeverCodedItAndTakesTheSignOfItsPolarity() {
        ScenarioParameters p = BlocScenarios.loadDefault().scenario("great-powers").parameters();
        // A border closure coded by the tagger (its own weight -4.5) and by hand (no weight): one value.
        assertThat(p.weightOf("other", "conflictual", -4.5)).isEqualTo(-1.0);
        assertThat(p.weightOf("other", "conflictual", 0.0)).isEqualTo(-1.0);
        // A mediation: the same magnitude, cooperative.
        assertThat(p.weightOf("other", "cooperative", 1.0)).isEqualTo(1.0);
        // A kind the table does not list still falls back to the coder's weight, signed by the polarity.
        assertThat(p.weightOf("demand", "conflictual", 5.0)).isEqualTo(-5.0);
        assertThat(ScenarioParameters.defaults().weights()).isEqualTo(p.weights());
    }
    @Test
    void parametersDefaultAndOverridePerScenario() {
        BlocScenarios s = BlocScenarios.parse("""
                defaults:
                  half_life_days: 10
                  weights: {threaten: -8.0}
                scenarios:
                  - id: one
                    parameters: {rise_threshold: 0.4, counter_alignment_domains: []}
                    blocs:
                      - {id: a, members: [AAA]}
                      - {id: b, members: [{code: BBB, from: 2020-01-01, to: 2020-12-31}]}
                  - id: two
                    blocs:
                      - {id: a, members: [AAA]}
                      - {id: b, members: [BBB]}
                """);
        ScenarioParameters one = s.scenario("one").parameters();
        assertThat(one.halfLifeDays()).isEqualTo(10);
        assertThat(one.riseThreshold()).isEqualTo(0.4);
        assertThat(one.counterAlignmentDomains()).isEmpty();
        assertThat(one.weightOf("threaten", "conflictual", 0)).isEqualTo(-8.0);
        assertThat(one.weightOf("criticize", "conflictual", 0)).isEqualTo(-2.2);
        assertThat(one.weightOf("unlisted", "conflictual", 4.5)).isEqualTo(-4.5);
        assertThat(s.scenario("two").parameters().riseThreshold()).isEqualTo(0.25);
        assertThat(s.scenario("one").blocOf("BBB", LocalDate.of(2021, 1, 1))).isNull();
    }

    @Test
    void loadsFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scenarios.yaml");
        Files.writeString(file, MINIMAL);
        assertThat(BlocScenarios.load(file).scenario("test").blocs()).hasSize(2);
    }

    @Test
    void unknownKeyIsNamedWithItsScenario() {
        assertThatThrownBy(() -> BlocScenarios.parse(MINIMAL.replace("    blocs:", "    half_life: 3\n    blocs:")))
                .isInstanceOf(BlocScenarios.InvalidScenarioException.class)
                .hasMessageContaining("scenario 'test'").hasMessageContaining("unknown key 'half_life'");
        assertThatThrownBy(() -> BlocScenarios.parse("defaults: {half_lif_days: 3}\n" + MINIMAL))
                .hasMessageContaining("defaults").hasMessageContaining("unknown key 'half_lif_days'");
    }

    @Test
    void emptyBlocIsRejected() {
        assertThatThrownBy(() -> BlocScenarios.parse(MINIMAL.replace("members: [CCC]", "members: []")))
                .hasMessageContaining("scenario 'test'").hasMessageContaining("bloc 'south'").hasMessageContaining("empty bloc");
    }

    @Test
    void memberInTwoBlocsOfOneScenarioIsRejected() {
        assertThatThrownBy(() -> BlocScenarios.parse(MINIMAL.replace("members: [CCC]", "members: [CCC, AAA]")))
                .hasMessageContaining("scenario 'test'")
                .hasMessageContaining("member AAA is in two blocs ('north' and 'south')");
    }

    @Test
    void memberMayChangeBlocOverNonOverlappingDates() {
        BlocScenarios s = BlocScenarios.parse(MINIMAL
                .replace("members: [AAA, BBB]", "members: [{code: AAA, to: 2019-12-31}, BBB]")
                .replace("members: [CCC]", "members: [CCC, {code: AAA, from: 2020-01-01}]"));
        assertThat(s.scenario("test").blocOf("AAA", LocalDate.of(2019, 6, 1))).isEqualTo("north");
        assertThat(s.scenario("test").blocOf("AAA", LocalDate.of(2020, 6, 1))).isEqualTo("south");
    }

    @Test
    void badDatesAreRejected() {
        assertThatThrownBy(() -> BlocScenarios.parse(MINIMAL.replace("members: [CCC]", "members: [{code: CCC, from: 2020-13-01}]")))
                .hasMessageContaining("member CCC").hasMessageContaining("'from' is not a date YYYY-MM-DD");
        assertThatThrownBy(() -> BlocScenarios.parse(MINIMAL.replace("members: [CCC]",
                "members: [{code: CCC, from: 2021-01-01, to: 2020-01-01}]")))
                .hasMessageContaining("member CCC: 'to' 2020-01-01 is before 'from' 2021-01-01");
    }

    @Test
    void otherMistakesAreNamed() {
        assertThatThrownBy(() -> BlocScenarios.parse("scenarios: []")).hasMessageContaining("'scenarios' must be a non-empty list");
        assertThatThrownBy(() -> BlocScenarios.parse(MINIMAL.replace("      - id: south\n        members: [CCC]\n", "")))
                .hasMessageContaining("scenario 'test'").hasMessageContaining("at least two blocs");
        assertThatThrownBy(() -> BlocScenarios.parse("defaults: {half_life_days: fast}\n" + MINIMAL))
                .hasMessageContaining("'half_life_days' must be a number");
        assertThatThrownBy(() -> BlocScenarios.parse("defaults: {rise_threshold: 0.1, rise_rearm: 0.2}\n" + MINIMAL))
                .hasMessageContaining("rise_rearm 0.2 must not be above rise_threshold 0.1");
        assertThatThrownBy(() -> BlocScenarios.parse(MINIMAL.replace("AAA, BBB", "aaa, BBB")))
                .hasMessageContaining("member code 'aaa'");
        assertThatThrownBy(() -> BlocScenarios.parse("settings: {allowed_lateness: 3}\n" + MINIMAL))
                .hasMessageContaining("settings").hasMessageContaining("unknown key 'allowed_lateness'");
        assertThatThrownBy(() -> BlocScenarios.parse("scenarios: [: ["))
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void overridesFromTheCommandLineApplyBeforeValidation() {
        BlocScenarios s = BlocScenarios.parse(MINIMAL, java.util.Map.of(
                "settings.allowed_lateness_hours", "12",
                "defaults.half_life_days", "45",
                "defaults.weights.threaten", "-8",
                "test.rise_threshold", "0.3",
                "test.counter_alignment_domains", "[defense, energy]"));
        assertThat(s.settings().allowedLatenessMs()).isEqualTo(12 * ScoringSettings.HOUR_MS);
        ScenarioParameters p = s.scenario("test").parameters();
        assertThat(p.halfLifeDays()).isEqualTo(45);
        assertThat(p.riseThreshold()).isEqualTo(0.3);
        assertThat(p.weights()).containsEntry("threaten", -8.0).containsEntry("criticize", -2.2);
        assertThat(p.counterAlignmentDomains()).containsExactly("defense", "energy");
        assertThatThrownBy(() -> BlocScenarios.parse(MINIMAL, java.util.Map.of("nowhere.half_life_days", "3")))
                .hasMessageContaining("override 'nowhere.half_life_days': unknown scenario 'nowhere'");
        assertThatThrownBy(() -> BlocScenarios.parse(MINIMAL, java.util.Map.of("test.half_life", "3")))
                .hasMessageContaining("scenario 'test': parameters: unknown key 'half_life'");
        assertThatThrownBy(() -> BlocScenarios.parse(MINIMAL, java.util.Map.of("settings.emit_cadence_hours", "often")))
                .hasMessageContaining("'emit_cadence_hours' must be a number");
    }

    @Test
    void scenariosSurviveJavaSerialization() throws Exception {
        BlocScenarios s = BlocScenarios.loadDefault();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new PairScorer(s, s.settings()));
            out.writeObject(s);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            in.readObject();
            BlocScenarios copy = (BlocScenarios) in.readObject();
            assertThat(copy.scenarios()).isEqualTo(s.scenarios());
            assertThat(copy.settings()).isEqualTo(s.settings());
        }
    }
}
