package io.blocwatch.contracts;

import java.util.List;

/** A country or organisation named in an item: {@code kind} is "country" or "organization". */
public record ActorTag(String code, String kind, int mentions, List<String> evidence) {
    public static final String COUNTRY = ActorKind.COUNTRY.json();
    public static final String ORGANIZATION = ActorKind.ORGANIZATION.json();

    public ActorTag {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
