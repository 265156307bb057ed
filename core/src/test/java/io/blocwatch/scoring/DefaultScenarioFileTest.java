package io.blocwatch.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.blocwatch.contracts.InteractionKind;
import io.blocwatch.tagging.Weights;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The shipped scenario file and the Java defaults say the same thing: its {@code settings} and
 * {@code defaults} are {@link ScoringSettings#defaults()} and {@link ScenarioParameters#defaults()},
 * and its weights are the counted column of the one weight table.
 */
class DefaultScenarioFileTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The shipped file's settings and defaults, with one scenario that overrides nothing. */
    private static BlocScenarios shippedDefaultsOnly() throws Exception {
        String text;
        try (InputStream in = BlocScenarios.class.getResourceAsStream(BlocScenarios.DEFAULT_RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ObjectNode root = (ObjectNode) YAML.readTree(text);
        root.set("scenarios", YAML.readTree("[{id: plain, blocs: [{id: a, members: [AAA]}, {id: b, members: [BBB]}]}]"));
        return BlocScenarios.parse(YAML.writeValueAsString(root));
    }

    @Test
    void theShippedSettingsAndDefaultsAreTheJavaDefaults() throws Exception {
        BlocScenarios shipped = shippedDefaultsOnly();
        assertThat(shipped.settings()).isEqualTo(ScoringSettings.defaults());
        assertThat(shipped.scenario("plain").parameters()).isEqualTo(ScenarioParameters.defaults());
    }

    @Test
    void everyKindHasOneRowAndTheScenarioWeightsAreItsCountedColumn() {
        for (InteractionKind kind : InteractionKind.values()) {
            assertThat(Weights.row(kind)).as(kind.json()).isNotNull();
            assertThat(ScenarioParameters.defaults().weights()).containsEntry(kind.json(), Weights.row(kind).counted());
        }
        assertThat(ScenarioParameters.defaults().weights()).hasSize(InteractionKind.values().length);
        // The columns differ where the scoring model is calibrated apart from the tag's Goldstein value.
        assertThat(Weights.of("sign-agreement", "cooperative")).isEqualTo(6.5);
        assertThat(ScenarioParameters.defaults().weightOf("sign-agreement", "cooperative", 6.5)).isEqualTo(5.0);
        assertThat(Weights.of("other", "conflictual")).isEqualTo(-4.5);
        assertThat(ScenarioParameters.defaults().weightOf("other", "conflictual", -4.5)).isEqualTo(-1.0);
        assertThat(Weights.of("a-kind-of-its-own", "cooperative")).isEqualTo(1.0);
    }
}
