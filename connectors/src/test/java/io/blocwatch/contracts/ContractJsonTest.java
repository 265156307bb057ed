package io.blocwatch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.contracts.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java records write exactly the versioned JSON their schemas publish. */
class ContractJsonTest {

    @Test
    void taggedItemIsSnakeCaseAndValid() throws Exception {
        TaggedItem item = new TaggedItem(null, "n-1", "2025-03-18T17:00:00Z", "Desk", "https://example.org/1",
                List.of(new ActorTag("ALB", ActorTag.COUNTRY, 2, List.of("Albania signed."))),
                List.of(new PersonTag("Edi Rama", "ALB", "prime minister", List.of())),
                List.of(new AgreementTag("declaration", "defense", List.of("XKX", "ALB", "HRV"), "signed", "2025-03-18",
                        "Tirana", List.of("They signed."))),
                List.of(new InteractionTag("ALB", "HRV", "cooperative", "sign-agreement", 6.5, List.of("They signed."))),
                new long[] {1, 2});
        JsonNode json = Json.MAPPER.readTree(Json.write(item));
        ContractSchemas.assertValid("tagged-item.v1.json", json);
        assertThat(json.get("published_at").asText()).isEqualTo("2025-03-18T17:00:00Z");
        assertThat(json.get("agreements").get(0).get("parties").toString()).isEqualTo("[\"ALB\",\"HRV\",\"XKX\"]");
        assertThat(json.has("signature")).as("the fingerprint stays inside the job").isFalse();
        assertThat(Json.read(Json.write(item), TaggedItem.class).agreements()).isEqualTo(item.agreements());
    }

    @Test
    void alertAndDeadLetterAreValid() throws Exception {
        Alert alert = new Alert(null, "a-1", "COUNTER_ALIGNMENT", "western-balkans", List.of("A", "B"), "high", 0.7,
                "2025-04-01T16:00:00Z", "two pacts", List.of(new Evidence("n-7", "https://example.org/7", "They signed.")),
                "2025-04-01T16:00:00Z");
        ContractSchemas.assertValid("alert.v1.json", Json.MAPPER.readTree(Json.write(alert)));
        DeadLetter dl = new DeadLetter(null, "malformed_json", "malformed JSON", "news.items/0@3", 5, "{\"id", "2026-01-01T00:00:00Z");
        ContractSchemas.assertValid("dead-letter.v1.json", Json.MAPPER.readTree(Json.write(dl)));
    }
}
