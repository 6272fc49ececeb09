package io.cadbridge.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Freshdesk for the example plugin, on loopback: one contact whose phone is stored as
 * {@code (415) 555-1212} (Freshdesk's {@code phone} filter is an exact match), two tickets of which
 * one is open, and the API key checked as HTTP Basic user name.
 */
final class FakeFreshdesk implements AutoCloseable {

    static final String API_KEY = "fd-api-key-0123456789";
    static final String STORED_PHONE = "(415) 555-1212";

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private FakeFreshdesk(HttpServer server) {
        this.server = server;
    }

    static FakeFreshdesk start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeFreshdesk fake = new FakeFreshdesk(server);
        server.createContext("/", fake::handle);
        server.start();
        return fake;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery() == null
                ? ""
                : exchange.getRequestURI().getRawQuery();
        String decoded = URLDecoder.decode(query, StandardCharsets.UTF_8);
        requests.add(
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + "?" + decoded);
        String expected =
                "Basic " + Base64.getEncoder().encodeToString((API_KEY + ":X").getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 401, "{\"code\": \"invalid_credentials\"}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/api/v2/contacts")) {
            boolean matches = decoded.equals("phone=" + STORED_PHONE);
            reply(
                    exchange,
                    200,
                    matches
                            ? "[{\"id\": 42, \"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\", \"phone\": \""
                                    + STORED_PHONE + "\"}]"
                            : "[]");
        } else if (path.equals("/api/v2/tickets") && decoded.contains("requester_id=42")) {
            reply(
                    exchange,
                    200,
                    "[{\"id\": 7, \"subject\": \"Router keeps rebooting\", \"status\": 2},"
                            + " {\"id\": 3, \"subject\": \"Invoice copy\", \"status\": 5}]");
        } else {
            reply(exchange, 404, "{\"code\": \"not_found\"}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
