package io.blocwatch.tagging.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The remembered word splits give TokenizerME's spans, span for span: on every paragraph of the
 * development sets (each word seen again is answered from memory), on words that TokenizerME
 * splits in several places, and after the memory has been emptied.
 */
class TokenizerMemoTest {

    private static final String[] SETS = {"/gold/tune.jsonl", "/gold/blind.jsonl", "/gold/wire-tune.jsonl",
        "/gold/wire-blind.jsonl", "/tagging/unseen-gold.jsonl"};

    private static TokenizerModel model() throws IOException {
        try (InputStream in = TokenizerMemoTest.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.1-2.4.0.bin")) {
            return new TokenizerModel(in);
        }
    }

    private static List<String> paragraphs() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String set : SETS) {
            try (InputStream in = TokenizerMemoTest.class.getResourceAsStream(set)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        JsonNode item = json.readTree(line);
                        out.add(item.path("title").asText());
                        out.addAll(List.of(item.path("body").asText().split("\n")));
                    }
                }
            }
        }
        return out;
    }

    private static final List<String> AWKWARD = List.of(
            "U.S.-backed forces (AP) said: \"It's over.\" Somalia's and the Houthis' claims -- 3.5% of $1.2bn, 24/7.",
            "e-mail@example.org http://example.org/a?b=c&d=e #hashtag @handle ...and... \u201cquoted\u201d \u2014 dashes",
            "  leading  and   trailing   spaces\u00a0with\u2009odd\u3000spaces  ",
            "Mr. Dr. Gen. U.N. e.g. i.e. etc. No. 10 Downing St. 2024-06-27T10:00Z 10:30 p.m.",
            "a", "", "x'", "''", "((()))", "don't can't won't y'all o'clock Côte d'Ivoire's N'Djamena",
            "\u0627\u0644\u0639\u0631\u0628\u064a\u0629, \u4e2d\u6587\u3002 \u0420\u043e\u0441\u0441\u0438\u044f, emoji \uD83D\uDE00!");

    @Test
    void givesTokenizerMesSpansOnTheDevelopmentSets() throws IOException {
        TokenizerModel model = model();
        TokenizerME reference = new TokenizerME(model);
        TokenizerMemo memo = new TokenizerMemo(model);
        List<String> texts = new ArrayList<>(paragraphs());
        texts.addAll(AWKWARD);
        int tokens = 0;
        int splitWords = 0;
        for (int round = 0; round < 2; round++) { // the second round answers every word from memory
            for (String t : texts) {
                Span[] expected = reference.tokenizePos(t);
                assertThat(memo.tokenizePos(t)).as(t).containsExactly(expected);
                tokens += expected.length;
            }
        }
        for (String t : AWKWARD) {
            if (reference.tokenizePos(t).length > t.split("\\s+").length) {
                splitWords++;
            }
        }
        assertThat(tokens).isGreaterThan(40_000);
        assertThat(splitWords).as("texts with words TokenizerME splits").isGreaterThan(3);
    }

    @Test
    void sameSpansAfterTheMemoryIsEmptied() throws IOException {
        TokenizerModel model = model();
        TokenizerME reference = new TokenizerME(model);
        TokenizerMemo memo = new TokenizerMemo(model, 3);
        for (int round = 0; round < 3; round++) {
            for (String t : AWKWARD) {
                assertThat(memo.tokenizePos(t)).as(t).containsExactly(reference.tokenizePos(t));
            }
        }
    }
}
