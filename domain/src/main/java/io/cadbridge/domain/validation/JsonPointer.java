package io.cadbridge.domain.validation;

/** Builds RFC 6901 JSON pointers. */
public final class JsonPointer {

    private JsonPointer() {}

    public static String child(String parent, String memberName) {
        return parent + "/" + memberName.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
