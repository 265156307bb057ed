package io.blocwatch.tagging.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The sentence splitter of the linguistic layer gives SentenceDetectorME's spans, span for span:
 * on every paragraph of the development sets, on awkward punctuation and whitespace, and on random
 * strings of end marks, spaces and letters.
 */
class SentenceSplitterTest {

    private static final String[] SETS = {"/gold/tune.jsonl", "/gold/blind.jsonl", "/gold/wire-tune.jsonl",
        "/gold/wire-blind.jsonl", "/tagging/unseen-gold.jsonl"};

    private static SentenceModel model() throws IOException {
        try (InputStream in = SentenceSplitterTest.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.1-2.4.0.bin")) {
            return new SentenceModel(in);
        }
    }

    private static List<String> paragraphs() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String set : SETS) {
            try (InputStream in = SentenceSplitterTest.class.getResourceAsStream(set)) {
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

    private static final List<String> AWKWARD = List.of("", " ", "   \t ", ".", "...", "?!", "Hi.", " Hi. ",
            "Gen. Charles Q. Brown met the U.S. envoy in Washington, D.C. on Tuesday. Talks ended.",
            "\"Is it over?\" she asked. \"Yes!\" he said... Then: silence.",
            "Prices rose 3.5% in Q3. The U.N.'s report (p. 12) said so.End of story.Really?!No.",
            "It ended.\u00a0Then\u2009it began.\u3000Again. ", "a.b.c.d. e.f. g", "Wait . . . what ? Yes !",
            "Mr.Smith went. Dr.  Who came.   Done.", "No end mark at all", "Trailing space.   ");

    @Test
    void givesSentenceDetectorMesSpans() throws IOException {
        SentenceModel model = model();
        SentenceDetectorME reference = new SentenceDetectorME(model);
        SentenceSplitter splitter = new SentenceSplitter(model);
        List<String> texts = new ArrayList<>(paragraphs());
        texts.addAll(AWKWARD);
        int sentences = 0;
        for (String t : texts) {
            Span[] expected = reference.sentPosDetect(t);
            assertThat(splitter.sentPosDetect(t)).as(t).containsExactly(expected);
            sentences += expected.length;
        }
        assertThat(sentences).isGreaterThan(1000);
    }

    @Test
    void sameOnRandomPunctuation() throws IOException {
        SentenceModel model = model();
        SentenceDetectorME reference = new SentenceDetectorME(model);
        SentenceSplitter splitter = new SentenceSplitter(model);
        String alphabet = "..!?  \t\u00a0abcXYZ\"')1";
        Random random = new Random(11);
        int split = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(40);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = b.toString();
            Span[] expected = reference.sentPosDetect(t);
            assertThat(splitter.sentPosDetect(t)).as("'%s'", t).containsExactly(expected);
            split += expected.length > 1 ? 1 : 0;
        }
        assertThat(split).as("texts of several sentences").isGreaterThan(1000);
    }
}
