package io.cadbridge.adapters.events;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pages' own stylesheet and scripts ({@code src/main/resources/assets}), served at names that
 * carry a hash of their content ({@code /assets/cadbridge.3f2a9c1d0b7e.css}) and cached for a year:
 * a changed file has a new name, so no browser keeps a stale one. htmx and its SSE extension come
 * from their webjars ({@code /webjars/…}, versioned paths).
 */
@Singleton
final class Assets implements ApiRoutes {

    static final String HTMX = "/webjars/htmx.org/2.0.8/dist/htmx.min.js";
    static final String HTMX_SSE = "/webjars/htmx-ext-sse/2.2.2/sse.js";
    private static final String PATH = "/assets/";
    private static final List<String> FILES = List.of("cadbridge.css", "agent.js");

    private record Asset(String hashedName, byte[] bytes, String contentType) {}

    private final Map<String, Asset> byName =
            FILES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), Assets::load));
    private final Map<String, Asset> byHashedName =
            byName.values().stream().collect(Collectors.toUnmodifiableMap(Asset::hashedName, Function.identity()));

    /** Where the page finds {@code file} (one of the assets). */
    String url(String file) {
        Asset asset = byName.get(file);
        if (asset == null) {
            throw new IllegalArgumentException("no asset " + file);
        }
        return PATH + asset.hashedName();
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH + "{file}", this::serve, Access.OPEN);
    }

    private void serve(Context ctx) {
        Asset asset = byHashedName.get(ctx.pathParam("file"));
        if (asset == null) {
            throw new ApiException(ApiError.NOT_FOUND, "no asset " + ctx.pathParam("file"));
        }
        ctx.header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .contentType(asset.contentType())
                .result(asset.bytes());
    }

    private static Asset load(String file) {
        try (InputStream in = Assets.class.getResourceAsStream("/assets/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the asset " + file + " is missing from the jar");
            }
            byte[] bytes = in.readAllBytes();
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 12);
            int dot = file.lastIndexOf('.');
            String type = file.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            return new Asset(file.substring(0, dot) + "." + hash + file.substring(dot), bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
