package io.blocwatch.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * TaggedItem v1: what the tagger found in one news item. Codes are ISO 3166-1 alpha-3 for
 * countries (Kosovo is XKX) and short names for organisations (NATO, EU, UN...).
 *
 * <p>{@code signature} is a near-duplicate fingerprint of the text (MinHash over shingles) used
 * inside the job to count syndicated copies once; it is not part of the JSON contract.
 */
@JsonPropertyOrder({"schema", "id", "published_at", "source", "url", "actors", "persons", "agreements", "interactions"})
public record TaggedItem(
        String schema,
        String id,
        String publishedAt,
        String source,
        String url,
        List<ActorTag> actors,
        List<PersonTag> persons,
        List<AgreementTag> agreements,
        List<InteractionTag> interactions,
        @JsonIgnore long[] signature) {

    public static final String SCHEMA = "blocwatch.tagged-item/v1";

    public TaggedItem {
        actors = actors == null ? List.of() : List.copyOf(actors);
        persons = persons == null ? List.of() : List.copyOf(persons);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
        interactions = interactions == null ? List.of() : List.copyOf(interactions);
        signature = signature == null ? new long[0] : signature;
        schema = schema == null ? SCHEMA : schema;
    }

    public TaggedItem withSignature(long[] newSignature) {
        return new TaggedItem(schema, id, publishedAt, source, url, actors, persons, agreements, interactions, newSignature);
    }

    public long eventTimeMillis() {
        return java.time.Instant.parse(publishedAt).toEpochMilli();
    }
}
