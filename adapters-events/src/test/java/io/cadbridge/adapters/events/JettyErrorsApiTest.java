package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What Jetty rejects before any route runs still answers with the API's JSON error body. */
class JettyErrorsApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void anUnparseableUriIsAJsonBadRequest() throws IOException {
        String answer = raw("GET /v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("application/json").contains("\"code\":\"bad_request\"");
    }

    @Test
    void headersThatAreTooLargeAreAJsonError() throws IOException {
        String answer = raw("GET /v1/health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(64 * 1024)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 431");
        assertThat(answer).contains("\"code\":\"request_header_fields_too_large\"");
    }

    private String raw(String request) throws IOException {
        URI base = api.baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
