package io.cadbridge.adapters.events;

/** Ids, numbers and addresses of the directory are compared exactly, so stray white space would make them unfindable. */
final class DirectoryTexts {

    private DirectoryTexts() {}

    /** True when {@code text} can name something; otherwise reports why not at {@code at}. */
    static boolean isIdentifier(String text, String at, JsonFields fields) {
        if (text.isBlank()) {
            fields.problem(at, "must not be blank");
            return false;
        }
        if (!text.equals(text.strip())) {
            fields.problem(at, "must not start or end with white space");
            return false;
        }
        return true;
    }
}
