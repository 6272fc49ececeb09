package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class CrmResponsesTest {

    @Test
    void headerNamesAreLowerCaseAndRepeatedValuesJoinedInTheOrderReceived() {
        Headers headers = new Headers.Builder()
                .add("Content-Type", "application/json")
                .add("X-Trace", "a")
                .add("Set-Cookie", "one=1")
                .add("x-trace", "b")
                .add("SET-COOKIE", "two=2")
                .add("X-TRACE", "c")
                .add("X-Empty", "")
                .build();

        Map<String, String> joined = CrmResponses.headers(headers);

        assertThat(joined)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "content-type", "application/json",
                        "x-trace", "a, b, c",
                        "set-cookie", "one=1, two=2",
                        "x-empty", ""));
        assertThat(joined).isEqualTo(throughMultimap(headers));
    }

    @Test
    void noHeadersMakeAnEmptyMap() {
        assertThat(CrmResponses.headers(Headers.of())).isEmpty();
    }

    /** How the headers were read before: OkHttp's multimap, each list joined. */
    private static Map<String, String> throughMultimap(Headers headers) {
        Map<String, String> joined = new TreeMap<>();
        headers.toMultimap().forEach((name, values) -> joined.put(name, String.join(", ", values)));
        return joined;
    }

    @Test
    void aBodyIsJsonOnlyWhenAllOfItParses() {
        assertThat(CrmResponses.json("{\"id\": \"1001\", \"score\": 14.50}"))
                .hasValueSatisfying(json -> assertThat(json.toJson()).isEqualTo("{\"id\":\"1001\",\"score\":14.50}"));
        assertThat(CrmResponses.json("42 apples")).isEmpty();
        assertThat(CrmResponses.json("  ")).isEmpty();
    }

    @Test
    void aNumberBeyondWhatBigDecimalHoldsLeavesTheBodyAsTextNotAFailure() {
        assertThat(CrmResponses.json("{\"score\": 1E4073709551616}")).isEmpty();
    }
}
