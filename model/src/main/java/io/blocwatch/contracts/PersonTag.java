package io.blocwatch.contracts;

import java.util.List;

/** An office holder named in an item, with the country and role held on the item's date. */
public record PersonTag(String name, String country, String role, List<String> evidence) {
    public PersonTag {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
