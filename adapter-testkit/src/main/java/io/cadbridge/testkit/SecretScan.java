package io.cadbridge.testkit;

import static org.assertj.core.api.Assertions.fail;

import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.spi.VendorAuth;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Looks for secret values (and their Basic-auth encodings) in what a run, the logs or errors show. */
final class SecretScan {

    private final Set<String> forbidden = new LinkedHashSet<>();

    SecretScan(Collection<String> secretValues, VendorAuth auth) {
        for (String secret : secretValues) {
            forbidden.add(secret);
            if (auth instanceof VendorAuth.Basic basic) {
                forbidden.add(Base64.getEncoder()
                        .encodeToString((basic.username() + ":" + secret).getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    /** What a run shows anyone: the run log's reason, the saved data, the answer and its retry note. */
    static List<String> texts(HostRun run) {
        List<String> texts = new ArrayList<>();
        texts.add(run.toString());
        texts.add(run.run().toString());
        texts.add(run.saved().toJson());
        run.trace().request().ifPresent(request -> texts.add(request.toString()));
        run.response().ifPresent(answer -> texts.addAll(answerTexts(answer)));
        return texts;
    }

    private static List<String> answerTexts(CrmResponse answer) {
        List<String> texts = new ArrayList<>();
        texts.add(answer.headers().toString());
        answer.json().ifPresent(json -> texts.add(json.toJson()));
        texts.add(answer.text());
        answer.retryNote().ifPresent(texts::add);
        return texts;
    }

    /** Fails naming {@code where} and a masked excerpt when any text holds a secret. */
    void assertAbsent(String where, Collection<String> texts) {
        for (String text : texts) {
            for (String secret : forbidden) {
                int at = text.indexOf(secret);
                if (at >= 0) {
                    String masked = text.substring(Math.max(0, at - 60), at) + "<SECRET>"
                            + text.substring(at + secret.length(), Math.min(text.length(), at + secret.length() + 60));
                    fail("a secret value appears in " + where + ": …" + masked + "…");
                }
            }
        }
    }
}
