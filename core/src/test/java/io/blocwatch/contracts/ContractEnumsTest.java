package io.blocwatch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The enums of the closed sets hold exactly the values the published JSON Schemas allow, and write them. */
class ContractEnumsTest {

    private static JsonNode schema(String name) throws Exception {
        try (InputStream in = ContractEnumsTest.class.getResourceAsStream("/schemas/" + name)) {
            return Json.MAPPER.readTree(in);
        }
    }

    private static List<String> allowed(JsonNode schema, String pointer) {
        List<String> values = new ArrayList<>();
        schema.at(pointer).forEach(v -> values.add(v.asText()));
        assertThat(values).as(pointer).isNotEmpty();
        return values;
    }

    private static <E extends Enum<E>> List<String> json(Class<E> type, Function<E, String> json) {
        return Arrays.stream(type.getEnumConstants()).map(json).toList();
    }

    @Test
    void alertTypesAndSeveritiesAreTheAlertSchemas() throws Exception {
        JsonNode alert = schema("alert.v1.json");
        assertThat(json(AlertType.class, AlertType::json)).containsExactlyElementsOf(allowed(alert, "/properties/type/enum"));
        assertThat(json(Severity.class, Severity::json)).containsExactlyElementsOf(allowed(alert, "/properties/severity/enum"));
    }

    @Test
    void kindsPolaritiesAndStatusesAreTheTaggedItemSchemas() throws Exception {
        JsonNode tagged = schema("tagged-item.v1.json");
        assertThat(json(InteractionKind.class, InteractionKind::json)).containsExactlyInAnyOrderElementsOf(
                allowed(tagged, "/properties/interactions/items/properties/kind/enum"));
        assertThat(json(Polarity.class, Polarity::json)).containsExactlyElementsOf(
                allowed(tagged, "/properties/interactions/items/properties/polarity/enum"));
        assertThat(json(AgreementStatus.class, AgreementStatus::json)).containsExactlyElementsOf(
                allowed(tagged, "/properties/agreements/items/properties/status/enum"));
        assertThat(json(ActorKind.class, ActorKind::json)).containsExactlyElementsOf(
                allowed(tagged, "/properties/actors/items/properties/kind/enum"));
    }

    @Test
    void theEnumsWriteTheirContractValues() {
        assertThat(Json.write(List.of(AlertType.CROSS_BLOC_HOSTILITY, Severity.CRITICAL, Polarity.CONFLICTUAL,
                InteractionKind.SIGN_AGREEMENT, AgreementStatus.SIGNED, ActorKind.ORGANIZATION)))
                .isEqualTo("[\"CROSS_BLOC_HOSTILITY\",\"critical\",\"conflictual\",\"sign-agreement\",\"signed\",\"organization\"]");
        assertThat(InteractionKind.fromJson("arms-transfer")).isEqualTo(InteractionKind.ARMS_TRANSFER);
        assertThat(InteractionKind.fromJson("hug")).isNull();
        assertThat(Polarity.fromJson("cooperative")).isEqualTo(Polarity.COOPERATIVE);
    }
}
