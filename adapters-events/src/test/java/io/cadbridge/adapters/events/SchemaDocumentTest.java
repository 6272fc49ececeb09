package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema document itself: a valid draft 2020-12 schema that explains every member to the editor. */
class SchemaDocumentTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final List<String> CONDITIONS = List.of("/if", "/then", "/else", "/not");

    private final JsonNode schema = TestJson.object(IntegrationSchema.text());

    @Test
    void theSchemaIsAValidDraft202012SchemaWithAStableId() {
        var metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(DRAFT_2020_12));

        assertThat(metaSchema.validate(schema)).isEmpty();
        assertThat(schema.get("$schema").asText()).isEqualTo(DRAFT_2020_12);
        assertThat(schema.get("$id").asText()).isEqualTo(IntegrationSchema.ID);
    }

    @Test
    void everyPropertyHasADescriptionOfItsOwnOrThroughItsReference() {
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(schema, "", undescribed);

        assertThat(undescribed).isEmpty();
    }

    @Test
    void theTopLevelAndTheConfigurationRefuseUnknownFields() {
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        for (String definition : List.of("configuration", "request", "response", "set")) {
            assertThat(schema.at("/$defs/" + definition + "/additionalProperties")
                            .asBoolean(true))
                    .as(definition)
                    .isFalse();
        }
    }

    /** Conditions ({@code if}/{@code then}/{@code else}/{@code not}) only narrow properties declared elsewhere. */
    private void collectUndescribed(JsonNode node, String at, List<String> undescribed) {
        if (!node.isContainerNode() || CONDITIONS.stream().anyMatch(at::endsWith)) {
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            properties.properties().forEach(property -> {
                if (property.getValue().isObject() && !describes(property.getValue())) {
                    undescribed.add(at + "/properties/" + property.getKey());
                }
            });
        }
        node.properties()
                .forEach(member -> collectUndescribed(member.getValue(), at + "/" + member.getKey(), undescribed));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            collectUndescribed(node.get(i), at + "/" + i, undescribed);
        }
    }

    private boolean describes(JsonNode property) {
        if (property.has("description")) {
            return true;
        }
        JsonNode reference = property.get("$ref");
        return reference != null && schema.at(reference.asText().substring(1)).has("description");
    }
}
