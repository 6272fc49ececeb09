package io.cadbridge.bootstrap.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A small sample CRM for {@code --demo}: a handful of fictitious customers, looked up by phone number
 * behind basic authentication, answered in the seed example's shape.
 */
public final class DemoCrm implements AutoCloseable {

    static final String USERNAME = "demo";
    static final String PASSWORD = "demo-crm-password";

    private final Javalin server;
    private final JsonNode customers;

    private DemoCrm(JsonNode customers, int port) {
        this.customers = customers;
        this.server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = "localhost";
            config.jetty.port = port;
            config.routes.get("/api/customers", this::findByPhone);
        });
    }

    public static DemoCrm start(int port) {
        DemoCrm crm = new DemoCrm(loadCustomers(), port);
        crm.server.start();
        return crm;
    }

    public String customersUrl() {
        return "http://localhost:" + server.port() + "/api/customers";
    }

    private void findByPhone(Context context) {
        if (!isAuthorized(context)) {
            context.status(HttpStatus.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Basic realm=\"demo-crm\"")
                    .json(Map.of("message", "basic authentication required"));
            return;
        }
        String phone = context.queryParam("phone");
        JsonNode customer = phone == null ? null : customers.get(phone);
        if (customer == null) {
            context.status(HttpStatus.NOT_FOUND).json(Map.of("message", "no customer with phone " + phone));
            return;
        }
        context.json(customer);
    }

    private static boolean isAuthorized(Context context) {
        return context.basicAuthCredentials() != null
                && USERNAME.equals(context.basicAuthCredentials().getUsername())
                && PASSWORD.equals(context.basicAuthCredentials().getPassword());
    }

    private static JsonNode loadCustomers() {
        try (InputStream in = DemoCrm.class.getResourceAsStream("/demo/customers.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo customers cannot be read", e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
