package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * The call {@link CrmCalls#check} built to find out whether HTTP can carry the request. Building one costs
 * a URL parse and the whole Retrofit request, so the first attempt sends this very call when it would have
 * built an identical one: same authorization, same timeout. Used by the one thread that runs the
 * {@link GuardedCall}; a Retrofit call runs once, so it is handed out at most once.
 */
final class CheckedCall {

    private final Call<ResponseBody> call;
    private final Optional<String> authorization;
    private final CallTimeout timeout;
    private final CallTarget target;
    private boolean taken;

    CheckedCall(Call<ResponseBody> call, Optional<String> authorization, CallTimeout timeout, CallTarget target) {
        this.call = requireNonNull(call, "call is null");
        this.authorization = requireNonNull(authorization, "authorization is null");
        this.timeout = requireNonNull(timeout, "timeout is null");
        this.target = requireNonNull(target, "target is null");
    }

    /** Where the request goes, as logs and messages may say. */
    CallTarget target() {
        return target;
    }

    /** The checked call if it was built with exactly these and is not taken yet; else a new one must be prepared. */
    Optional<Call<ResponseBody>> take(Optional<String> authorization, CallTimeout timeout) {
        if (taken || !this.authorization.equals(authorization) || !this.timeout.equals(timeout)) {
            return Optional.empty();
        }
        taken = true;
        return Optional.of(call);
    }
}
