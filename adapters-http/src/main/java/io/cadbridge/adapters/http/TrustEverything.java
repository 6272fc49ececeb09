package io.cadbridge.adapters.http;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * Contact Pro's {@code "verify": false}: any certificate, any host name. This makes TLS open to
 * interception; it exists for test CRMs with self-signed certificates (see ADR 0012).
 */
final class TrustEverything implements X509TrustManager {

    private TrustEverything() {}

    static OkHttpClient.Builder apply(OkHttpClient.Builder builder) {
        TrustEverything trustManager = new TrustEverything();
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return builder.sslSocketFactory(context.getSocketFactory(), trustManager)
                    .hostnameVerifier((host, session) -> true);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM offers no TLS context", e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
        // Only the server's certificate is ever checked by a client.
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
        // Deliberately accepts any certificate: the integration said "verify": false.
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
