package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.run.RunStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document on its own: what OpenAPI 3.1 asks of path parameters and schemas, every
 * operation described, and the names it lists (events, channels, scopes, error codes) the server's own.
 */
class OpenApiWellFormedTest {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Schema DRAFT_2020_12 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    private final OpenApiDocument document = OpenApiDocument.resource();

    @Test
    void eachPathParameterOfATemplateIsDeclaredAndEachDeclaredOneIsInTheTemplate() {
        List<String> mismatches = new ArrayList<>();
        document.operations().forEach((route, operation) -> {
            Set<String> inTemplate = new TreeSet<>();
            Matcher names = PATH_PARAMETER.matcher(route);
            while (names.find()) {
                inTemplate.add(names.group(1));
            }
            Set<String> declared = new TreeSet<>();
            operation.path("parameters").forEach(parameter -> {
                if (parameter.path("in").asText().equals("path")
                        && parameter.path("required").asBoolean()) {
                    declared.add(parameter.path("name").asText());
                }
            });
            if (!declared.equals(inTemplate)) {
                mismatches.add(route + " declares the required path parameters " + declared);
            }
        });

        assertThat(mismatches).isEmpty();
    }

    @Test
    void everySchemaIsAValidDraft202012Schema() {
        Map<String, JsonNode> schemas = document.schemas();
        List<String> problems = new ArrayList<>();
        schemas.forEach((pointer, schema) -> DRAFT_2020_12
                .validate(schema)
                .forEach(error -> problems.add(pointer + error.getInstanceLocation() + ": " + error.getMessage())));

        assertThat(schemas).containsKey("/components/schemas/Error");
        assertThat(problems).isEmpty();
    }

    @Test
    void everyOperationIsDescribedAndAnswersSuccessSomehow() {
        Set<String> operationIds = new HashSet<>();
        document.operations().forEach((route, operation) -> {
            assertThat(operation.path("summary").asText()).as(route).isNotBlank();
            assertThat(operation.path("description").asText()).as(route).isNotBlank();
            assertThat(operationIds.add(operation.path("operationId").asText()))
                    .as(route + " has an operationId of its own")
                    .isTrue();
            assertThat(operation.path("responses").properties())
                    .as(route)
                    .anyMatch(response -> response.getKey().startsWith("2"));
        });
    }

    @Test
    void theNamedValuesAndErrorCodesAreTheServersOwn() {
        JsonNode schemas = document.root().at("/components/schemas");

        assertThat(texts(schemas.at("/EventName/enum")))
                .containsExactly(Arrays.stream(EventName.values())
                        .map(EventName::displayName)
                        .toArray(String[]::new));
        assertThat(texts(schemas.at("/ChannelType/enum")))
                .containsExactly(Arrays.stream(ChannelType.values())
                        .map(ChannelType::wireName)
                        .toArray(String[]::new));
        assertThat(texts(schemas.at("/Scope/enum")))
                .containsExactly(
                        Arrays.stream(Scope.values()).map(Scope::wireName).toArray(String[]::new));
        assertThat(texts(schemas.at("/RunStatus/enum")))
                .containsExactly(Arrays.stream(RunStatus.values())
                        .map(RunStatus::wireName)
                        .toArray(String[]::new));
        assertThat(texts(schemas.at("/HistoryMode/enum")))
                .containsExactly(Arrays.stream(HistoryMode.values())
                        .map(HistoryMode::wireName)
                        .toArray(String[]::new));
        assertThat(texts(schemas.at("/Error/properties/error/properties/code/anyOf/0/enum")))
                .contains(Arrays.stream(ApiError.values()).map(ApiError::code).toArray(String[]::new));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
