package io.cadbridge.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** What a token endpoint answered: the status and the body, read as JSON when it is a JSON object. */
record TokenAnswer(int status, Optional<JsonNode> json) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static TokenAnswer of(int status, String body) {
        return new TokenAnswer(status, parse(body));
    }

    boolean successful() {
        return status >= 200 && status < 300;
    }

    /** A text member, when the answer is JSON and has it. */
    Optional<String> text(String member) {
        return json.map(node -> node.get(member)).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    /** RFC 6749 §5.2: a server refusing the client's authentication says 401 or {@code invalid_client}. */
    boolean refusesClientAuthentication() {
        return status == 401 || text("error").filter("invalid_client"::equals).isPresent();
    }

    private static Optional<JsonNode> parse(String body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }
}
