package io.blocwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.blocwatch.contracts.ActorTag;
import io.blocwatch.contracts.AgreementTag;
import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.contracts.PersonTag;
import io.blocwatch.contracts.TaggedItem;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NewsTaggerSeedTest {

    private static TaggedItem tagged;

    @BeforeAll
    static void tag() {
        tagged = NewsTagger.withDefaults().tag(TaggerFixtures.seedParaphrase());
    }

    @Test
    void findsTheActors() {
        assertThat(tagged.actors()).extracting(ActorTag::code)
                .containsExactlyInAnyOrder("SRB", "HUN", "XKX", "HRV", "ALB", "NATO", "EU");
        assertThat(tagged.actors()).filteredOn(a -> a.code().equals("NATO"))
                .extracting(ActorTag::kind).containsExactly(ActorTag.ORGANIZATION);
        assertThat(tagged.signature()).isEmpty();
    }

    @Test
    void findsThePersonsWithFoldedNames() {
        assertThat(tagged.persons()).extracting(PersonTag::name, PersonTag::country).containsExactlyInAnyOrder(
                tuple("Aleksandar Vucic", "SRB"), tuple("Bratislav Gasic", "SRB"),
                tuple("Kristof Szalay-Bobrovniczky", "HUN"), tuple("Viktor Orban", "HUN"),
                tuple("Marko Duric", "SRB"));
        assertThat(tagged.persons()).filteredOn(p -> p.name().equals("Viktor Orban"))
                .extracting(PersonTag::role).containsExactly("prime minister");
    }

    @Test
    void findsBothAgreementsWithDatesAndPlaces() {
        assertThat(tagged.agreements()).extracting(AgreementTag::form, AgreementTag::domain, AgreementTag::parties,
                AgreementTag::status, AgreementTag::date, AgreementTag::place).containsExactlyInAnyOrder(
                tuple("agreement", "defense", java.util.List.of("HUN", "SRB"), "signed", "2025-04-01", "Belgrade"),
                tuple("declaration", "defense", java.util.List.of("ALB", "HRV", "XKX"), "signed", "2025-03-18",
                        "Tirana"));
    }

    @Test
    void findsSigningAndCriticism() {
        assertThat(tagged.interactions()).extracting(InteractionTag::source, InteractionTag::target,
                InteractionTag::polarity).contains(
                tuple("HUN", "SRB", "cooperative"), tuple("SRB", "HUN", "cooperative"),
                tuple("SRB", "ALB", "conflictual"), tuple("SRB", "HRV", "conflictual"),
                tuple("SRB", "XKX", "conflictual"));
        // The Tirana declaration of two weeks earlier is background: listed, with its day, but no signing pairs.
        assertThat(tagged.agreements()).extracting(AgreementTag::parties, AgreementTag::date)
                .contains(tuple(List.of("ALB", "HRV", "XKX"), "2025-03-18"));
        assertThat(tagged.interactions()).filteredOn(i -> i.kind().equals("sign-agreement"))
                .extracting(InteractionTag::source).doesNotContain("ALB", "HRV", "XKX");
        assertThat(tagged.interactions()).allSatisfy(i -> {
            assertThat(i.source()).isNotEqualTo(i.target());
            assertThat(i.evidence()).isNotEmpty();
            assertThat(Math.signum(i.weight())).isEqualTo(i.polarity().equals("cooperative") ? 1.0 : -1.0);
        });
        assertThat(tagged.interactions()).filteredOn(i -> i.polarity().equals("conflictual"))
                .extracting(InteractionTag::source).containsOnly("SRB");
    }

    @Test
    void taggingIsRepeatable() {
        TaggedItem again = NewsTagger.withDefaults().tag(TaggerFixtures.seedParaphrase());
        assertThat(again).usingRecursiveComparison().isEqualTo(tagged);
    }
}
