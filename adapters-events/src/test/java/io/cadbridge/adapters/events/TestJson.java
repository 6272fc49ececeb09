package io.cadbridge.adapters.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Test bodies as trees, so a test can change one member of an example. */
final class TestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestJson() {}

    static ObjectNode object(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("bad test JSON", e);
        }
    }
}
