package io.cadbridge.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> FIELDS = List.of("name", "channelType", "endpointUrl", "events");

    @Test
    void aNameWithinTwoEditsIsSuggested() {
        assertThat(Suggestions.closest("chanelType", FIELDS)).contains("channelType");
        assertThat(Suggestions.closest("evnets", FIELDS)).contains("events");
    }

    @Test
    void caseDoesNotCountAsAnEdit() {
        assertThat(Suggestions.closest("endpointURL", FIELDS)).contains("endpointUrl");
    }

    @Test
    void nothingIsSuggestedForANameFarFromEveryKnownOne() {
        assertThat(Suggestions.closest("configuration", FIELDS)).isEmpty();
        assertThat(Suggestions.didYouMean("configuration", FIELDS)).isEmpty();
    }

    @Test
    void theDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }
}
