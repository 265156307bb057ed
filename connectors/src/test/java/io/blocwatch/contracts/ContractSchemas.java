package io.blocwatch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;

/** Validates JSON against the contract schemas shipped in the connectors jar (schemas/*.json). */
public final class ContractSchemas {

    private ContractSchemas() {}

    public static JsonSchema load(String name) {
        InputStream in = ContractSchemas.class.getResourceAsStream("/schemas/" + name);
        assertThat(in).as("schema %s on the classpath", name).isNotNull();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    }

    public static void assertValid(String name, JsonNode json) {
        Set<ValidationMessage> errors = load(name).validate(json);
        assertThat(errors).as("%s against %s", json, name).isEmpty();
    }
}
