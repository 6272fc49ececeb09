package io.cadbridge.application.administration;

/** Operator choices about which integrations may be saved. */
public record IntegrationPolicy(boolean allowPlainHttp) {

    /** Production default: https only. */
    public static final IntegrationPolicy HTTPS_ONLY = new IntegrationPolicy(false);
}
