package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.HttpMethod;
import java.net.ProxySelector;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The check's target comes from the URL the call holds; it must be the one the request's own URL gives. */
class CrmCallsTest {

    private final CrmCalls calls =
            new CrmCalls(new CrmServices(new ConnectionClients(new OkHttpClient(), ProxySelector.getDefault())));

    @Test
    void theTargetIsTheOneTheRequestsUrlGives() throws Exception {
        List<String> urls = List.of(
                "https://crm.example/api/customers?phone=%2B4915112345678&key=secret",
                "http://127.0.0.1:8081/",
                "http://127.0.0.1:80/a",
                "https://crm.example:443/a/b/",
                "https://crm.example:8443",
                "HTTPS://CRM.Example/Contacts/%2B4915112345678/Received",
                "http://user:secret@crm.example/people/aino%40acme.example/tickets",
                "https://[::1]:8080/contacts/0151%20123%204567#fragment",
                "https://crm.example/a/../b/./c//d",
                "https://crm.example/caf\u00e9/%zz",
                "http:\\\\crm.example\\a\\b",
                "https://xn--caf-dma.example/contacts/C-1001",
                "https://café.example/contacts/C-1001",
                " https://crm.example/padded ",
                "http:/crm.example/one-slash",
                "//crm.example/no-scheme",
                "/relative/path",
                "contacts");
        int compared = 0;
        for (String url : urls) {
            OutboundRequest request = Requests.request(HttpMethod.GET, url)
                    .query("phone", "+49 30 1234")
                    .build();
            CheckedCall checked;
            try {
                checked = calls.check(request);
            } catch (CrmCallException notSendable) {
                continue;
            }
            assertThat(checked.target()).as(url).isEqualTo(CallTarget.of(request));
            compared++;
        }
        assertThat(compared).isGreaterThan(urls.size() - 3);
    }

    @Test
    void aUrlHttpCannotCarryIsRefusedNamingTheTargetAsBefore() {
        OutboundRequest request = Requests.get("ftp://crm.example/contacts");

        assertThatThrownBy(() -> calls.check(request))
                .isInstanceOf(CrmCallException.class)
                .hasMessage("cannot send GET (invalid URL): the URL is not a valid http(s) URL");
    }
}
