package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.HttpMethod;
import java.util.List;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Where a call goes, as far as logs and error messages may say: method, host and path. Never the
 * query, headers or credentials, which may carry secrets or personal data; nor a path segment that
 * looks like a contact's phone number or e-mail address ({@code /contacts/{contact.source}}), which
 * is shown as {@value #MASK}.
 */
record CallTarget(HttpMethod method, String host, String path) {

    static final String MASK = "****";
    /** Seven digits or more, alone or with single separators (+49 151 12345678, 0151-1234567), or an e-mail's @. */
    private static final Pattern PERSONAL = Pattern.compile("\\d(?:[ ().-]?\\d){6,}|@");

    CallTarget {
        requireNonNull(method, "method is null");
        requireNonNull(host, "host is null");
        requireNonNull(path, "path is null");
    }

    static CallTarget of(OutboundRequest request) {
        HttpUrl url = HttpUrl.parse(request.url());
        if (url == null) {
            return new CallTarget(request.method(), "(invalid URL)", "");
        }
        return of(request.method(), url);
    }

    static CallTarget of(HttpMethod method, HttpUrl url) {
        boolean defaultPort = url.port() == HttpUrl.defaultPort(url.scheme());
        return new CallTarget(method, defaultPort ? url.host() : url.host() + ":" + url.port(), maskedPath(url));
    }

    private static String maskedPath(HttpUrl url) {
        List<String> encoded = url.encodedPathSegments();
        List<String> decoded = url.pathSegments();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < encoded.size(); i++) {
            path.append('/').append(PERSONAL.matcher(decoded.get(i)).find() ? MASK : encoded.get(i));
        }
        return path.toString();
    }

    @Override
    public String toString() {
        return method + " " + host + path;
    }
}
