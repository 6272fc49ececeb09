package io.cadbridge.domain.routing;

/** The routing operations of {@code response.set}, under their Contact Pro names. */
public enum SetOperation {
    PRIORITY("priority"),
    QUEUE("queue"),
    PREFERRED_AGENT("preferredAgent"),
    REQUIRED_AGENTS("requiredAgents");

    private final String wireName;

    SetOperation(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
