package io.cadbridge.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenSecretTest {

    @Test
    void theDigestIsTheSha256OfTheSecretsUtf8Bytes() {
        assertThat(HexFormat.of().formatHex(new TokenSecret("abc").digest()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(HexFormat.of().formatHex(new TokenSecret("").digest()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void digestsTakenAtTheSameTimeDoNotMix() throws Exception {
        List<TokenSecret> secrets = IntStream.range(0, 64)
                .mapToObj(i -> new TokenSecret(TokenSecret.PREFIX + "secret-" + i))
                .toList();
        List<String> alone = secrets.stream()
                .map(secret -> HexFormat.of().formatHex(secret.digest()))
                .toList();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int round = 0; round < 50; round++) {
                List<Future<String>> together = secrets.stream()
                        .map(secret -> threads.submit(() -> HexFormat.of().formatHex(secret.digest())))
                        .toList();
                for (int i = 0; i < secrets.size(); i++) {
                    assertThat(together.get(i).get()).isEqualTo(alone.get(i));
                }
            }
        }
    }
}
