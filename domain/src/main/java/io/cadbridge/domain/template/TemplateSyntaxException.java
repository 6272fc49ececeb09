package io.cadbridge.domain.template;

/** A template or placeholder that cannot be parsed; the message says where. */
public final class TemplateSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateSyntaxException(String message) {
        super(message);
    }
}
