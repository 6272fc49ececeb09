package io.cadbridge.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensitiveValueMaskerTest {

    private final SensitiveValueMasker masker = new SensitiveValueMasker();

    @Test
    void phoneNumbersAreMaskedInTheFormsTheyTakeInUrlsAndMessages() {
        assertThat(SensitiveValueMasker.masked("caller +4915112345678 not found"))
                .isEqualTo("caller **** not found");
        assertThat(SensitiveValueMasker.masked("GET crm.example/customers?phone=%2B4915112345678&x=1"))
                .isEqualTo("GET crm.example/customers?phone=****&x=1");
        assertThat(SensitiveValueMasker.masked("/contacts/4915112345678/calls")).isEqualTo("/contacts/****/calls");
        assertThat(SensitiveValueMasker.masked("call +49 151 12345678 or (0151) 123-4567, tel:015112345678"))
                .isEqualTo("call **** or ****, tel:****");
    }

    @Test
    void credentialsAndEmailAddressesAreMasked() {
        assertThat(SensitiveValueMasker.masked("Authorization: Bearer eyJhbGciOi.J9-x_y/z= sent"))
                .isEqualTo("Authorization: Bearer **** sent");
        assertThat(SensitiveValueMasker.masked("header Basic Y2FkYnJpZGdlOnNlY3JldA=="))
                .isEqualTo("header Basic ****");
        assertThat(SensitiveValueMasker.masked("jdbc:postgresql://db/x?user=cb&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/x?user=cb&password=****&ssl=true");
        assertThat(SensitiveValueMasker.masked("GET /x?api_key=abc123&access_token=t0k3n"))
                .isEqualTo("GET /x?api_key=****&access_token=****");
        assertThat(SensitiveValueMasker.masked("proxy http://alice:wonderland@proxy.example:3128 refused"))
                .isEqualTo("proxy http://****@proxy.example:3128 refused");
        assertThat(SensitiveValueMasker.masked("no customer for aino.virtanen@acme.example"))
                .isEqualTo("no customer for ****");
    }

    @Test
    void timestampsIdsAddressesAndNumbersOfEverydayLinesStayReadable() {
        for (String readable : new String[] {
            "2026-12-05T08:53:15.123Z",
            "integration 3f2a9c1e-5b7d-4e21-9a3c-1234567890ab (Fetch) failed for event evt-20261205-42",
            "GET 127.0.0.1:38211/customers for integration 3f2a9c1e-5b7d-4e21-9a3c-1234567890ab failed: CONNECTION",
            "released 12 unfinished jobs for other processes",
            "retention deleted 250000 rows past their retention",
            "job 1234 (event e-1) stopped",
            "cadbridge-job-17",
            "io.cadbridge.adapters.http.RetrofitCrmClient",
            "the token endpoint answered 401",
            "crm.example refused HTTP Basic client authentication; asking again with the credentials in the form"
        }) {
            assertThat(SensitiveValueMasker.masked(readable)).as(readable).isEqualTo(readable);
        }
    }

    @Test
    void whatNeedsNoMaskIsLeftToTheEncoderAsItIs() {
        assertThat(masker.mask(null, "nothing to hide")).isNull();
        assertThat(masker.mask(null, 4915112345678L)).isNull();
        assertThat(masker.mask(null, "from +4915112345678")).isEqualTo("from ****");
    }
}
