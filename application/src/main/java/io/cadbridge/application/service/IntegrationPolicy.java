package io.cadbridge.application.service;

/** Operator choices about which integrations may be saved. */
public record IntegrationPolicy(boolean allowPlainHttp) {

    /** Production default: https only. */
    public static final IntegrationPolicy HTTPS_ONLY = new IntegrationPolicy(false);
}
