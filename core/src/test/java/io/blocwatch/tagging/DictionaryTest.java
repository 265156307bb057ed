package io.blocwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blocwatch.contracts.PersonTag;
import io.blocwatch.contracts.TaggedItem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryTest {

    @Test
    void defaultsIncludeJdkCountriesAndCuratedEntries() {
        Dictionary d = Dictionary.defaults();
        assertThat(d.countries()).containsKeys("SRB", "HUN", "XKX", "BIH", "FRA", "BRA");
        assertThat(d.countries().get("BIH").subnational()).contains("Republika Srpska");
        assertThat(d.organizations().get("KFOR").parent()).isEqualTo("NATO");
        assertThat(d.persons()).containsKey("Aleksandar Vucic");
    }

    @Test
    void noStopPhraseHidesTheNameOfAState() {
        // A stop phrase wins over any alias it covers; one equal to a state's own name would make
        // that state invisible (a stop phrase written to keep "Guinea" out of "New Guinea" once
        // also listed Papua New Guinea, so Papua New Guinea was never found).
        Dictionary d = Dictionary.defaults();
        java.util.Set<String> names = new java.util.HashSet<>();
        d.countries().values().forEach(c -> { c.aliases().forEach(a -> names.add(TextFolding.fold(a)));
            c.demonyms().forEach(a -> names.add(TextFolding.fold(a))); });
        d.organizations().values().forEach(o -> o.aliases().forEach(a -> names.add(TextFolding.fold(a))));
        assertThat(d.stopPhrases()).allSatisfy(s -> assertThat(names).doesNotContain(TextFolding.fold(s)));
        assertThat(NewsTagger.withDefaults().tag(new io.blocwatch.contracts.NewsItem("png", "wire", "https://example.org/png",
                "2024-05-02T10:00:00Z", "en", "", "Australia and Papua New Guinea signed a policing treaty on Tuesday."))
                .actors()).extracting(io.blocwatch.contracts.ActorTag::code).contains("AUS", "PNG");
    }

    @Test
    void officeHoldersCountOnlyDuringTheirTenure() {
        NewsTagger tagger = NewsTagger.withDefaults();
        String body = "Foreign Minister Ivica Dacic met Secretary of State Antony Blinken in Belgrade.";
        TaggedItem in2023 = tagger.tag(TaggerFixtures.item("a", "2023-03-01T09:00:00Z", "Talks", body));
        TaggedItem in2025 = tagger.tag(TaggerFixtures.item("b", "2025-06-01T09:00:00Z", "Talks", body));
        assertThat(in2023.persons()).extracting(PersonTag::name, PersonTag::role)
                .containsExactlyInAnyOrder(tuple("Ivica Dacic", "foreign minister"), tuple("Antony Blinken", "secretary of state"));
        // In 2025 Blinken is out of office and Dacic holds another office: the role is the one held that day.
        assertThat(in2025.persons()).extracting(PersonTag::name, PersonTag::role)
                .containsExactly(tuple("Ivica Dacic", "interior minister"));
        assertThat(in2023.actors()).extracting(a -> a.code()).contains("USA", "SRB");
    }

    @Test
    void surnameAloneCountsOnceThePersonIsKnown() {
        NewsTagger tagger = NewsTagger.withDefaults();
        TaggedItem t = tagger.tag(TaggerFixtures.item("s", "2024-03-04T09:00:00Z", "Rama speaks",
                "Albanian Prime Minister Edi Rama spoke in Tirana. Rama said the base would open soon."));
        assertThat(t.persons()).extracting(PersonTag::name, PersonTag::role)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Edi Rama", "prime minister"));
    }

    @Test
    void parsesAWholeDictionaryFromYamlOrJson() {
        Dictionary yaml = Dictionary.parse("""
                persons:
                  - name: Jana Novakova
                    offices:
                      - {role: defense minister, country: SVK, from: 2024-01-01}
                """);
        assertThat(yaml.persons()).containsKey("Jana Novakova");
        assertThat(yaml.countries()).containsKey("SVK"); // JDK names stay unless jdk_countries: false
        Dictionary json = Dictionary.parse("{\"jdk_countries\": false, \"organizations\": "
                + "[{\"code\": \"GUAM\", \"aliases\": [\"GUAM Organization\"]}]}");
        assertThat(json.countries()).isEmpty();
        assertThat(json.organizations()).containsKey("GUAM");

        NewsTagger tagger = NewsTagger.withDictionary(Dictionary.defaults().merge(yaml));
        TaggedItem t = tagger.tag(TaggerFixtures.item("n", "2024-05-01T09:00:00Z", "Visit",
                "Slovak Defence Minister Jana Novakova visited Budapest."));
        assertThat(t.persons()).extracting(PersonTag::name, PersonTag::country)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Jana Novakova", "SVK"));
    }

    @Test
    void rejectsMalformedDocumentsWithAClearMessage() {
        assertThatThrownBy(() -> Dictionary.parse("countries: [")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON or YAML");
        assertThatThrownBy(() -> Dictionary.parse("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Dictionary.parse("- just a list")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be an object");
        assertThatThrownBy(() -> Dictionary.parse("countrys: []")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown section 'countrys'");
        assertThatThrownBy(() -> Dictionary.parse("countries:\n  - aliases: [Atlantis]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("countries[0]: missing code");
        assertThatThrownBy(() -> Dictionary.parse("countries:\n  - code: atl"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code 'atl'");
        assertThatThrownBy(() -> Dictionary.parse(
                "persons:\n  - name: A B\n    offices:\n      - {role: president, country: SRB, from: 2024-13-01}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("persons[0] (A B).offices[0]").hasMessageContaining("2024-13-01");
        assertThatThrownBy(() -> Dictionary.parse("persons:\n  - name: A B"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offices");
        assertThatThrownBy(() -> Dictionary.parse("organizations:\n  - code: XYZ\n    aliases: [1, {}]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aliases");
    }

    @Test
    void aMistypedKeyIsRefusedWithItsPathAndTheKeysMeant() {
        assertThatThrownBy(() -> Dictionary.parse("countries:\n  - code: ATL\n    aliasses: [Atlantis]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dictionary: countries[0]: unknown key 'aliasses'")
                .hasMessageContaining("aliases");
        assertThatThrownBy(() -> Dictionary.parse(
                "persons:\n  - name: A B\n    offices:\n      - {role: president, country: SRB, form: 2024-01-01}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("persons[0].offices[0]: unknown key 'form'").hasMessageContaining("from");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedWithItsPath() {
        assertThatThrownBy(() -> Dictionary.parse("countries:\n  - code: ATL\n    aliases: Atlantis"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("countries[0].aliases: must be a list");
        assertThatThrownBy(() -> Dictionary.parse("organizations:\n  - code: XYZ\n    aliases: [XYZ, 7]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organizations[0].aliases[1]: must be a string");
        assertThatThrownBy(() -> Dictionary.parse("persons:\n  - name: A B\n    surname_alone: maybe\n    offices: []"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("persons[0].surname_alone: must be true or false");
        assertThatThrownBy(() -> Dictionary.parse("stop_phrases: {New: Mexico}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stop_phrases: must be a list");
    }

    @Test
    void aUserFileWithAMistakeNamesTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.yaml");
        Files.writeString(f, "organisations:\n  - code: GUAM\n    aliases: [GUAM]\n");
        assertThatThrownBy(() -> Dictionary.defaultsWith(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mine.yaml: unknown section 'organisations'").hasMessageContaining("organizations");
    }

    @Test
    void userFileMergesOverTheDefaults(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("user.yaml");
        Files.writeString(f, "countries:\n  - code: SRB\n    seats: [Dedinje]\n");
        NewsTagger tagger = NewsTagger.withUserDictionary(f);
        TaggedItem t = tagger.tag(TaggerFixtures.item("m", "2024-05-01T09:00:00Z", "Palace",
                "Officials at Dedinje said the government would respond."));
        assertThat(t.actors()).extracting(a -> a.code()).containsExactly("SRB");
        assertThat(tagger.dictionary().countries().get("SRB").aliases()).contains("Serbia");
    }
}
