package io.blocwatch.tagging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A dictionary document (YAML or JSON) as written, bound by Jackson into records: an unknown key,
 * a scalar where a list belongs or a number where a name belongs is refused with the path of the
 * value ("countries[3].aliases[0]"). What the values mean is checked by {@link Dictionary}.
 */
record DictionaryDocument(List<CountryEntry> countries, List<OrganizationEntry> organizations,
        List<PersonEntry> persons, List<String> stopPhrases, Boolean jdkCountries) {

    record CountryEntry(String code, List<String> aliases, List<String> demonyms, List<String> seats,
            List<String> subnational, List<String> ambiguous, List<String> ambiguousSeats, String countsFor) {}

    record OrganizationEntry(String code, String parent, List<String> aliases, List<String> seats) {}

    record PersonEntry(String name, List<String> aliases, Boolean surnameAlone, List<OfficeEntry> offices) {}

    /** Dates as written (YYYY-MM-DD); Dictionary parses them and names a bad one. */
    record OfficeEntry(String role, String country, String from, String to) {}

    private static final ObjectMapper YAML = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        // a name is a string: a number, a boolean or an object in its place is a mistake, not a name
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            m.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return m;
    }

    /**
     * Binds {@code document}; {@code name} (a file name, or "dictionary") starts every error message.
     *
     * @throws IllegalArgumentException naming the path of the bad value and what is wrong with it
     */
    static DictionaryDocument read(String document, String name) {
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException(name + ": empty dictionary document");
        }
        DictionaryDocument d;
        try {
            d = YAML.readValue(document, DictionaryDocument.class);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException syntax) {
                // the YAML itself, not its content: bad syntax found while binding
                throw new IllegalArgumentException(name + ": not valid JSON or YAML: " + firstLine(syntax.getOriginalMessage()), e);
            }
            throw new IllegalArgumentException(name + ": " + describe(e), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": not valid JSON or YAML: " + firstLine(e.getOriginalMessage()), e);
        }
        if (d == null) {
            throw new IllegalArgumentException(name + ": " + NOT_AN_OBJECT);
        }
        return d;
    }

    private static final String NOT_AN_OBJECT =
            "the document must be an object with countries, organizations, persons or stop_phrases";

    /** "countries[3]: unknown key 'aliasse' (expected one of ...)", "persons[0].offices: must be a list". */
    private static String describe(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (e instanceof UnrecognizedPropertyException u) {
            String known = String.join(", ", new TreeSet<>(snake(u.getKnownPropertyIds())));
            if (path.size() <= 1) {
                return "unknown section '" + u.getPropertyName() + "' (expected one of " + known + ")";
            }
            return path(path.subList(0, path.size() - 1)) + ": unknown key '" + u.getPropertyName()
                    + "' (expected one of " + known + ")";
        }
        if (path.isEmpty()) {
            return NOT_AN_OBJECT;
        }
        String what = firstLine(e.getOriginalMessage());
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> t = m.getTargetType();
            if (Collection.class.isAssignableFrom(t)) {
                what = "must be a list";
            } else if (t == String.class) {
                what = "must be a string";
            } else if (t == Boolean.class || t == boolean.class) {
                what = "must be true or false";
            } else if (t.isRecord() || Map.class.isAssignableFrom(t)) {
                what = "must be an object";
            }
        }
        return path(path) + ": " + what;
    }

    private static List<String> snake(Collection<Object> ids) {
        return ids.stream().map(String::valueOf)
                .map(s -> PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(s)).toList();
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
