package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.HttpMethod;
import okhttp3.HttpUrl;

/**
 * Where a call goes, as far as logs and error messages may say: method, host and path. Never the
 * query, headers or credentials, which may carry secrets or personal data.
 */
record CallTarget(HttpMethod method, String host, String path) {

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
        return new CallTarget(method, defaultPort ? url.host() : url.host() + ":" + url.port(), url.encodedPath());
    }

    @Override
    public String toString() {
        return method + " " + host + path;
    }
}
