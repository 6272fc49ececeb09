package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.spi.PhoneNumber;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The caller's number in every form a CRM may have stored it (libphonenumber). */
class PhoneNumbersTest {

    @Test
    void anInternationalNumberGivesEveryUsualSpelling() {
        PhoneNumber phone =
                PhoneNumbers.of("tel:+1 (415) 555-1212", Optional.empty()).orElseThrow();

        assertThat(phone.e164()).isEqualTo("+14155551212");
        assertThat(phone.digits()).isEqualTo("14155551212");
        assertThat(phone.nationalDigits()).isEqualTo("4155551212");
        assertThat(phone.variants())
                .containsExactly(
                        "+14155551212",
                        "14155551212",
                        "4155551212",
                        "(415) 555-1212",
                        "+1 415-555-1212",
                        "0014155551212",
                        "415-555-1212",
                        "415 555 1212",
                        "415.555.1212",
                        "+1 415 555 1212",
                        "+1-415-555-1212");
    }

    @Test
    void aNationalNumberIsReadInTheDefaultRegionWithItsTrunkPrefix() {
        PhoneNumber phone = PhoneNumbers.of("020 7946 0018", Optional.of("GB")).orElseThrow();

        assertThat(phone.e164()).isEqualTo("+442079460018");
        assertThat(phone.nationalDigits()).isEqualTo("2079460018");
        assertThat(phone.variants()).contains("02079460018", "020 7946 0018", "+44 20 7946 0018", "00442079460018");
    }

    @Test
    void withoutARegionOrWithAnAddressThatIsNoNumberThereIsNoPhone() {
        assertThat(PhoneNumbers.of("020 7946 0018", Optional.empty())).isEmpty();
        assertThat(PhoneNumbers.of("ada@example.com", Optional.of("US"))).isEmpty();
        assertThat(PhoneNumbers.of("12", Optional.of("US"))).isEmpty();
    }
}
