package io.blocwatch.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Mistakes in a scenario file are refused with where they are, in the file's terms and as a key path. */
class ScenarioFileBindingTest {

    static final String MINIMAL = """
            scenarios:
              - id: test
                blocs:
                  - id: north
                    label: The north
                    members: [AAA, {code: BBB, from: 2020-01-01}]
                  - id: south
                    members: [CCC]
            """;

    @Test
    void aWellFormedFileBindsMembersWrittenEitherWay() {
        Scenario s = BlocScenarios.parse(MINIMAL).scenario("test");
        assertThat(s.blocs().get(0).members()).containsExactly(
                new Scenario.Member("AAA", null, null), new Scenario.Member("BBB", LocalDate.of(2020, 1, 1), null));
    }

    @Test
    void aTypoedKeyIsNamedWithItsPlaceAndTheKeysAllowedThere() {
        assertThatThrownBy(() -> BlocScenarios.parse(MINIMAL.replace("label: The north", "lable: The north")))
                .isInstanceOf(BlocScenarios.InvalidScenarioException.class)
                .hasMessage("<yaml>: scenario 'test': bloc 'north': unknown key 'lable' (allowed: [id, label, members])"
                        + " (at scenarios[0].blocs[0].lable)");
        assertThatThrownBy(() -> BlocScenarios.parse(MINIMAL.replace("from: 2020", "form: 2020")))
                .hasMessage("<yaml>: scenario 'test': bloc 'north': member BBB: unknown key 'form' (allowed: [code, from, to])"
                        + " (at scenarios[0].blocs[0].members[1].form)");
        assertThatThrownBy(() -> BlocScenarios.parse("scenario: []"))
                .hasMessage("<yaml>: unknown key 'scenario' (allowed: [defaults, scenarios, settings]) (at scenario)");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithItsPlaceAndValue() {
        assertThatThrownBy(() -> BlocScenarios.parse(MINIMAL.replace("    blocs:", "    parameters: {half_life_days: '30'}\n    blocs:")))
                .hasMessage("<yaml>: scenario 'test': parameters: 'half_life_days' must be a number, not '30'"
                        + " (at scenarios[0].parameters.half_life_days)");
        assertThatThrownBy(() -> BlocScenarios.parse("defaults: {counter_alignment_domains: defense}\n" + MINIMAL))
                .hasMessage("<yaml>: defaults: 'counter_alignment_domains' must be a list, not 'defense'"
                        + " (at defaults.counter_alignment_domains)");
        assertThatThrownBy(() -> BlocScenarios.parse("defaults: {weights: {threaten: strong}}\n" + MINIMAL))
                .hasMessage("<yaml>: defaults: weights: 'threaten' must be a number, not 'strong' (at defaults.weights.threaten)");
        assertThatThrownBy(() -> BlocScenarios.parse(MINIMAL.replace("[CCC]", "[CCC, 12]")))
                .hasMessage("<yaml>: scenario 'test': bloc 'south': members[1]: a member is a code or {code, from, to},"
                        + " not '12' (at scenarios[0].blocs[1].members[1])");
        assertThatThrownBy(() -> BlocScenarios.parse("settings: 5\n" + MINIMAL))
                .hasMessage("<yaml>: 'settings' must be a mapping, not '5' (at settings)");
    }
}
