package io.blocwatch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blocwatch.contracts.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ControlUpdatesTest {

    private static byte[] message(Map<String, String> fields) {
        return Json.write(fields).getBytes(StandardCharsets.UTF_8);
    }

    private static final String SCENARIOS = """
            scenarios:
              - id: western-balkans
                blocs:
                  - id: belgrade-budapest
                    members: [SRB, HUN, MNE]
                  - id: tirana-zagreb-pristina
                    members: [ALB, HRV, XKX]
            """;

    @Test
    void aScenarioUpdateMayChangeMembersOfKnownScenarios() {
        ControlUpdate u = ControlUpdates.validate(message(Map.of("schema", "blocwatch.control/v1", "kind", "scenarios",
                "version", "s2", "document", SCENARIOS)), Set.of("western-balkans", "great-powers"));
        assertThat(u.kind()).isEqualTo("scenarios");
        assertThat(u.version()).isEqualTo("s2");
    }

    @Test
    void malformedOrUnsupportedUpdatesAreRejectedWithTheReason() {
        Set<String> known = Set.of("western-balkans");
        assertThatThrownBy(() -> ControlUpdates.validate("not json".getBytes(StandardCharsets.UTF_8), known))
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> ControlUpdates.validate(message(Map.of("schema", "blocwatch.control/v1", "kind", "weights",
                "version", "1", "document", "x: 1")), known)).hasMessageContaining("'kind'");
        assertThatThrownBy(() -> ControlUpdates.validate(message(Map.of("schema", "blocwatch.control/v1", "kind", "scenarios",
                "version", "1", "document", SCENARIOS.replace("western-balkans", "caucasus"))), known))
                .hasMessageContaining("scenario 'caucasus' is not one the job started with");
        assertThatThrownBy(() -> ControlUpdates.validate(message(Map.of("schema", "blocwatch.control/v1", "kind", "scenarios",
                "version", "1", "document", "scenarios: [{id: western-balkans, blocs: []}]")), known))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ControlUpdates.validate(message(Map.of("kind", "dictionary", "version", "1",
                "document", "organizations: []")), known)).hasMessageContaining("'schema'");
    }
}
