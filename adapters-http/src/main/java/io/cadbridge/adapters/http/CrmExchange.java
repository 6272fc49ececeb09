package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OAuthClient;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.exchange.RequestAuthentication;
import java.io.IOException;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * Sends one rendered request with its authentication. With OAuth the request carries a cached bearer
 * token; if the CRM answers 401, that token is dropped and the request is sent once more with a new one.
 * A second 401 is the CRM's answer.
 */
final class CrmExchange {

    private static final int UNAUTHORIZED = 401;

    private final CrmCalls calls;
    private final ConnectionClients clients;
    private final OAuthTokens tokens;

    CrmExchange(CrmCalls calls, ConnectionClients clients, OAuthTokens tokens) {
        this.calls = requireNonNull(calls, "calls is null");
        this.clients = requireNonNull(clients, "clients is null");
        this.tokens = requireNonNull(tokens, "tokens is null");
    }

    /**
     * One attempt; {@code timeout} bounds each of its HTTP calls (the token request too). The {@code checked} call is
     * sent instead of a new one when it was built with the same authorization and timeout, and not sent yet.
     */
    CrmResponse send(OutboundRequest request, CallTarget target, CallTimeout timeout, CheckedCall checked)
            throws CrmCallException {
        return switch (request.authentication()) {
            case RequestAuthentication.None none -> execute(request, target, Optional.empty(), timeout, checked);
            case RequestAuthentication.Basic basic ->
                execute(request, target, Optional.of(CrmCalls.basicAuthorization(basic)), timeout, checked);
            case RequestAuthentication.OAuth oauth -> withToken(request, target, oauth.client(), timeout, checked);
        };
    }

    private CrmResponse withToken(
            OutboundRequest request, CallTarget target, OAuthClient client, CallTimeout timeout, CheckedCall checked)
            throws CrmCallException {
        // The token request goes the CRM call's way: same proxy, same TLS choice, same timeouts.
        OkHttpClient http = clients.of(ConnectionOptions.of(request));
        TokenGrant token = tokens.token(client, http, timeout);
        CrmResponse response = execute(request, target, Optional.of(token.authorization()), timeout, checked);
        if (response.status() != UNAUTHORIZED) {
            return response;
        }
        tokens.discard(client, token);
        TokenGrant renewed = tokens.token(client, http, timeout);
        return execute(request, target, Optional.of(renewed.authorization()), timeout, checked);
    }

    private CrmResponse execute(
            OutboundRequest request,
            CallTarget target,
            Optional<String> authorization,
            CallTimeout timeout,
            CheckedCall checked)
            throws CrmCallException {
        Optional<Call<ResponseBody>> same = checked.take(authorization, timeout);
        Call<ResponseBody> call =
                same.isPresent() ? same.get() : calls.prepare(request, target, authorization, timeout);
        long start = System.nanoTime();
        try {
            return CrmResponses.read(call.execute(), start);
        } catch (IOException e) {
            throw CallFailures.translate(e, target, timeout);
        }
    }
}
