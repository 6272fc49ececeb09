package io.cadbridge.adapters.http;

import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Marks this module's OkHttp client, so another module may bind its own {@code OkHttpClient} without a clash. */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@interface ForCrm {}
