package io.cadbridge.domain.integration;

/** How requests authenticate: {@code "authentication": {"type": "basic"}} or not at all. */
public enum AuthenticationType {
    NONE,
    BASIC
}
