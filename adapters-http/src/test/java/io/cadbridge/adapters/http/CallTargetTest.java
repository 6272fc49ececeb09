package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.integration.HttpMethod;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class CallTargetTest {

    @Test
    void logsSayMethodHostAndPathButNeverTheQuery() {
        assertThat(target("https://crm.example/api/customers?phone=%2B4915112345678&key=secret"))
                .hasToString("GET crm.example/api/customers");
        assertThat(target("http://127.0.0.1:8081/")).hasToString("GET 127.0.0.1:8081/");
    }

    @Test
    void aPathSegmentHoldingAPhoneNumberOrAnEmailAddressIsMasked() {
        assertThat(target("https://crm.example/contacts/%2B4915112345678/Received"))
                .hasToString("GET crm.example/contacts/****/Received");
        assertThat(target("https://crm.example/contacts/0151%20123%204567"))
                .hasToString("GET crm.example/contacts/****");
        assertThat(target("https://crm.example/people/aino%40acme.example/tickets"))
                .hasToString("GET crm.example/people/****/tickets");
    }

    @Test
    void ordinaryPathSegmentsStayReadable() {
        assertThat(target("https://crm.example/api/v2/customers/C-1001/tickets/42"))
                .hasToString("GET crm.example/api/v2/customers/C-1001/tickets/42");
    }

    private static CallTarget target(String url) {
        return CallTarget.of(HttpMethod.GET, HttpUrl.get(url));
    }
}
