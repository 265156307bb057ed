package io.blocwatch.tagging.coder;

/**
 * An actor named in a sentence, over tokens [first, last]. {@code code} is the country or
 * organisation it stands for; a person mention also carries the person's name and role.
 */
public record Mention(int sentence, int first, int last, Type type, String code, String person, String role) {

    /** How the actor is named. */
    public enum Type { COUNTRY, DEMONYM, SEAT, SUBNATIONAL, ORGANIZATION, PERSON }

    public boolean isPerson() {
        return type == Type.PERSON;
    }
}
