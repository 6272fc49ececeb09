package io.cadbridge.domain.condition;

import java.util.Map;
import java.util.regex.MatchResult;

/** An {@code re.Match}: always truthy. */
record PyMatch(MatchResult result, Map<String, Integer> groupNames) {

    PyMatch {
        groupNames = Map.copyOf(groupNames);
    }
}
