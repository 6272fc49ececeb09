package io.cadbridge.bootstrap.logging;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.logstash.logback.mask.ValueMasker;

/**
 * The safety net of the JSON logs (ADR 0027): in every text value of a line (message, stack trace,
 * MDC), what looks like a phone number, an e-mail address or a credential is replaced by
 * {@value #MASK}. The log statements themselves do not print such data; this catches what slips
 * through, such as an exception message that quotes a value.
 */
public final class SensitiveValueMasker implements ValueMasker {

    static final String MASK = "****";

    private record Rule(Pattern pattern, String replacement) {}

    private static final List<Rule> RULES = List.of(
            // A credential after its scheme, in a header value or an exception message: eight characters or more,
            // not all lower-case letters, so that "HTTP Basic client authentication" stays as it is.
            rule(
                    "\\b((?i:Bearer|Basic|Digest))\\s+(?=[A-Za-z0-9._~+/=-]{8})(?=[a-z]*[A-Z0-9._~+/=-])[A-Za-z0-9._~+/=-]+",
                    "$1 " + MASK),
            // Secrets as parameters: ?password=…, &api_key=…, client_secret=…
            rule(
                    "(?i)\\b(password|passwd|pwd|secret|client_secret|token|access_token|refresh_token|api[_-]?key)=[^&\\s\"]+",
                    "$1=" + MASK),
            // The user and password of a URL.
            rule("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s:@]+:[^/\\s@]+@", "$1" + MASK + "@"),
            rule("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+", MASK),
            // Seven digits or more, alone or with single separators, perhaps after +, %2B or (: +49 151 12345678,
            // %2B4915112345678, (0151) 123-4567. Not part of a longer word, so that dates in timestamps,
            // UUIDs and host names stay readable.
            rule("(?<![\\w-])(?:\\+|%2[Bb]|\\()?\\d(?:[ ()-]{0,2}\\d){6,}(?![\\w-])", MASK));

    private static Rule rule(String regex, String replacement) {
        return new Rule(Pattern.compile(regex), replacement);
    }

    /** The masked text, or null (logstash's "leave it as it is") when nothing in it looks sensitive. */
    @Override
    public Object mask(JsonStreamContext context, Object value) {
        if (!(value instanceof CharSequence text)) {
            return null;
        }
        String masked = masked(text.toString());
        return masked.contentEquals(text) ? null : masked;
    }

    /** {@code text} with what looks sensitive masked; the same string when nothing does. */
    static String masked(String text) {
        String result = text;
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(result);
            if (matcher.find()) {
                result = matcher.replaceAll(rule.replacement());
            }
        }
        return result;
    }
}
