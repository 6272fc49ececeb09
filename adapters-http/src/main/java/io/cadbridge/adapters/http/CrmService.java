package io.cadbridge.adapters.http;

import java.util.Map;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HeaderMap;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.QueryMap;
import retrofit2.http.Streaming;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/**
 * Any CRM endpoint: the full URL comes with each call; Retrofit encodes the query values.
 * {@code @Streaming} keeps Retrofit from buffering successful bodies, so {@link ResponseSizeLimit} bounds them.
 */
interface CrmService {

    @GET
    @Streaming
    Call<ResponseBody> get(
            @Url String url,
            @HeaderMap Map<String, String> headers,
            @QueryMap Map<String, String> query,
            @Tag CallTimeout timeout);

    @DELETE
    @Streaming
    Call<ResponseBody> delete(
            @Url String url,
            @HeaderMap Map<String, String> headers,
            @QueryMap Map<String, String> query,
            @Tag CallTimeout timeout);

    @POST
    @Streaming
    Call<ResponseBody> post(
            @Url String url,
            @HeaderMap Map<String, String> headers,
            @QueryMap Map<String, String> query,
            @Body RequestBody body,
            @Tag CallTimeout timeout);

    @PUT
    @Streaming
    Call<ResponseBody> put(
            @Url String url,
            @HeaderMap Map<String, String> headers,
            @QueryMap Map<String, String> query,
            @Body RequestBody body,
            @Tag CallTimeout timeout);

    @PATCH
    @Streaming
    Call<ResponseBody> patch(
            @Url String url,
            @HeaderMap Map<String, String> headers,
            @QueryMap Map<String, String> query,
            @Body RequestBody body,
            @Tag CallTimeout timeout);
}
