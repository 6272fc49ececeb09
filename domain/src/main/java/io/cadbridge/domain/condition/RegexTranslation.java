package io.cadbridge.domain.condition;

/** Rewrites Python-only regular expression syntax for {@link java.util.regex.Pattern}. */
final class RegexTranslation {

    private RegexTranslation() {}

    static String toJava(String python) {
        StringBuilder java = new StringBuilder(python.length());
        for (int i = 0; i < python.length(); i++) {
            char c = python.charAt(i);
            if (c == '\\' && i + 1 < python.length()) {
                char next = python.charAt(++i);
                java.append(next == 'Z' ? "\\z" : "\\" + next);
            } else if (python.startsWith("(?P<", i)) {
                java.append("(?<");
                i += 3;
            } else if (python.startsWith("(?P=", i)) {
                int end = python.indexOf(')', i);
                if (end < 0) {
                    java.append(python.substring(i));
                    break;
                }
                java.append("\\k<").append(python, i + 4, end).append('>');
                i = end;
            } else {
                java.append(c);
            }
        }
        return java.toString();
    }
}
