package io.cadbridge.adapters.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/** The ObjectMapper of the API: strict when parsing, exact with numbers so configurations round-trip. */
final class ApiJson {

    private ApiJson() {}

    static ObjectMapper newMapper() {
        ObjectMapper mapper = new ObjectMapper();
        // Jackson's default buffer pool is per thread, and every request runs on a new virtual thread:
        // each parse and each answer allocated fresh buffers (~18 KB for writing an answer). A shared
        // pool hands them from request to request; what is read and written is the same.
        mapper.getFactory().setRecyclerPool(JsonRecyclerPools.sharedConcurrentDequePool());
        return mapper
                // Keep numbers as written (14.50 stays 14.50) so a configuration comes back verbatim.
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // A repeated member would silently drop one value; say so instead.
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
