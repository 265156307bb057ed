package io.blocwatch.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicateSignatureTest {

    static final String STORY = "Officials in Skopje said on Monday that a convoy of trucks carrying spare parts for "
            + "the army had crossed the border overnight, and that the defense minister would brief parliament "
            + "on the delivery later in the week after opposition deputies demanded an explanation.";
    static final String REWRITE = "A convoy of trucks with spare parts for the army crossed the border overnight, "
            + "officials in Skopje said on Monday, adding that the defense minister would brief parliament on the "
            + "delivery later this week after opposition deputies demanded explanations.";
    static final String OTHER = "Officials in Skopje said on Monday that the defense minister would travel to "
            + "Brussels next month to discuss the purchase of helicopters, a plan that opposition deputies "
            + "have criticised as too expensive for the country's small budget.";

    static double sim(String a, String b) {
        return NearDuplicateSignature.similarity(NearDuplicateSignature.of(a), NearDuplicateSignature.of(b));
    }

    @Test
    void rewriteOfTheSameStoryIsANearDuplicate() {
        assertThat(sim(STORY, REWRITE)).isGreaterThanOrEqualTo(ScoringSettings.defaults().nearDuplicateThreshold());
    }

    @Test
    void differentStoryOnTheSameTopicIsNot() {
        assertThat(sim(STORY, OTHER)).isLessThan(ScoringSettings.defaults().nearDuplicateThreshold());
    }

    @Test
    void identicalTextIsOneAndCaseAccentsAndPunctuationDoNotMatter() {
        assertThat(sim(STORY, STORY)).isEqualTo(1.0);
        assertThat(sim("Vučić met Kurti, in Brussels!", "vucic met kurti in brussels")).isEqualTo(1.0);
    }

    @Test
    void signatureIsDeterministicAndEmptyForEmptyText() {
        assertThat(NearDuplicateSignature.of(STORY)).hasSize(NearDuplicateSignature.LENGTH).isEqualTo(NearDuplicateSignature.of(STORY));
        assertThat(NearDuplicateSignature.of("  ...  ")).isEmpty();
        assertThat(NearDuplicateSignature.similarity(new long[0], new long[0])).isZero();
    }

    @Test
    void theFoldedTextTheTaggerHasGivesTheSameSignature() {
        String folded = io.blocwatch.tagging.TextFolding.foldWithOffsets("  " + STORY + " ...\n").text();
        assertThat(NearDuplicateSignature.ofFolded(folded)).isEqualTo(NearDuplicateSignature.of(STORY));
        assertThat(NearDuplicateSignature.of("Kurti")).hasSize(NearDuplicateSignature.LENGTH)
                .isEqualTo(NearDuplicateSignature.ofFolded(" kurti "));
    }

    @Test
    void shingleHashIsFnv1aOfTheSpaceJoinedWords() {
        // Signatures are kept in state across restarts: the hash must not change with the implementation.
        java.util.List<String> words = java.util.List.of("vucic", "met", "kurti");
        for (int from = 0; from < words.size(); from++) {
            for (int to = from + 1; to <= words.size(); to++) {
                String joined = String.join(" ", words.subList(from, to));
                long h = 0xcbf29ce484222325L;
                for (int i = 0; i < joined.length(); i++) {
                    h ^= joined.charAt(i);
                    h *= 0x100000001b3L;
                }
                assertThat(NearDuplicateSignature.shingleHash(words, from, to)).isEqualTo(h);
            }
        }
        // and the signature's own scan over the folded text gives exactly those bigram hashes
        java.util.List<Long> scanned = new java.util.ArrayList<>();
        assertThat(NearDuplicateSignature.shingles(" vucic met  kurti ", scanned::add)).isEqualTo(3);
        assertThat(scanned).containsExactly(NearDuplicateSignature.shingleHash(words, 0, 2),
                NearDuplicateSignature.shingleHash(words, 1, 3));
        scanned.clear();
        NearDuplicateSignature.shingles("kurti", scanned::add);
        assertThat(scanned).containsExactly(NearDuplicateSignature.shingleHash(java.util.List.of("kurti"), 0, 1));
    }
}
