package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.integration.HttpMethod;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Retrofit;

/** The call built by the check is sent only when an attempt would have built the very same one, and only once. */
class CheckedCallTest {

    private static final CallTimeout TIMEOUT = CallTimeout.of(Duration.ofSeconds(5));
    private static final Optional<String> BASIC = Optional.of("Basic dTpw");
    private static final CallTarget TARGET = new CallTarget(HttpMethod.GET, "crm.example", "/contacts");

    private final Call<ResponseBody> call = new Retrofit.Builder()
            .baseUrl("http://localhost/")
            .client(new OkHttpClient())
            .build()
            .create(CrmService.class)
            .get("http://crm.example/contacts", Map.of(), Map.of(), TIMEOUT);

    @Test
    void theSameAuthorizationAndTimeoutTakeTheCheckedCallOnce() {
        CheckedCall checked = new CheckedCall(call, BASIC, TIMEOUT, TARGET);

        assertThat(checked.take(BASIC, CallTimeout.of(Duration.ofSeconds(5)))).containsSame(call);
        assertThat(checked.take(BASIC, TIMEOUT)).isEmpty();
    }

    @Test
    void anotherAuthorizationNeedsACallOfItsOwn() {
        CheckedCall checked = new CheckedCall(call, Optional.of("placeholder"), TIMEOUT, TARGET);

        assertThat(checked.take(Optional.of("Bearer token"), TIMEOUT)).isEmpty();
        assertThat(checked.take(Optional.empty(), TIMEOUT)).isEmpty();
        assertThat(checked.take(Optional.of("placeholder"), TIMEOUT)).containsSame(call);
    }

    @Test
    void aDeadlineCutByWaitingNeedsACallOfItsOwn() {
        CheckedCall checked = new CheckedCall(call, Optional.empty(), TIMEOUT, TARGET);

        assertThat(checked.take(Optional.empty(), TIMEOUT.within(Duration.ofSeconds(3))))
                .isEmpty();
        assertThat(checked.take(Optional.empty(), TIMEOUT)).containsSame(call);
    }
}
