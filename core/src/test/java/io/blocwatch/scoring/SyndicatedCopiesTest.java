package io.blocwatch.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Copies of a wire story edited the way outlets edit them must stay near-duplicates; other stories
 * on the same topic, with the same names and words, must not. The estimates of the current
 * signature are printed beside those of the format-1 MinHash (128 hash functions per shingle).
 */
class SyndicatedCopiesTest {

    static final String[] BALKANS = {
        "Serbia and Kosovo agree to resume talks on energy",
        "BRUSSELS, March 3 (Wire) - Serbian and Kosovar negotiators agreed on Tuesday to resume talks on the "
            + "management of the electricity grid in the north of Kosovo, the European Union's envoy said after a "
            + "day of meetings that both delegations described as difficult but useful.",
        "The envoy said the two sides had accepted a timetable under which technical teams would meet every "
            + "two weeks, starting next month, to settle who collects payment from some forty thousand customers "
            + "in four northern municipalities who have not paid their bills for years.",
        "Belgrade's chief negotiator told reporters that Serbia would not accept any arrangement that cut the "
            + "local distribution company off from the Serbian network, while the Kosovo delegation said the "
            + "grid operator in Pristina had to be the only one allowed to bill customers.",
        "Diplomats in Brussels said the agreement on a timetable was modest but that it was the first written "
            + "commitment the two sides had made since the autumn, when a shooting near the border halted all "
            + "contacts and both governments recalled their liaison officers.",
        "The European Union has made progress in the talks a condition for releasing part of a development "
            + "fund for the region, and the envoy is expected to report to foreign ministers at the end of the "
            + "month on whether the technical teams have begun their work.",
    };

    static final String[] CAUCASUS = {
        "Armenia and Azerbaijan sign protocol on border demarcation",
        "YEREVAN, June 12 (Wire) - Armenia and Azerbaijan signed a protocol on Wednesday setting out how a "
            + "joint commission will mark a first stretch of their shared border, the Armenian foreign ministry "
            + "said, calling it a step towards a peace treaty the two neighbours have negotiated for two years.",
        "The protocol covers about twelve kilometres of the frontier between the Tavush region and the "
            + "Gazakh district, where four villages abandoned in the war of the early nineties would return to "
            + "Azerbaijani control under the terms agreed by the commission in April.",
        "Residents of the Armenian villages along the road have protested for weeks, saying the new line "
            + "would bring Azerbaijani posts within a few hundred metres of their homes and cut the main highway "
            + "to Georgia, and several hundred people gathered outside the regional offices on Wednesday.",
        "The prime minister said in a televised address that the demarcation would make the border safer, "
            + "not more dangerous, because for the first time both sides would know where the line ran and "
            + "would have no pretext for the shooting incidents that killed dozens of soldiers last year.",
        "Officials in Baku welcomed the signing and said work on the next stretch, in the north of the "
            + "frontier, could begin after the summer, once the commission's experts had finished surveying "
            + "the ground with maps from the Soviet general staff.",
    };

    static final String[] SAHEL = {
        "Mali's junta expels French envoy over remarks on elections",
        "BAMAKO, Jan 31 (Wire) - Mali's military government ordered France's ambassador to leave the country "
            + "within seventy-two hours on Monday, state television said, after the French foreign minister "
            + "described the junta as illegitimate and its plan to delay elections as unacceptable.",
        "A statement read on state television said the ambassador had been summoned to the foreign ministry "
            + "and told of the decision, which the government said followed hostile and outrageous remarks by "
            + "French officials about the transition and the country's choice of partners.",
        "Relations between Bamako and Paris have deteriorated since the colonels who seized power in two "
            + "coups postponed the vote planned for February and brought in Russian military contractors, a "
            + "move France and its European allies have condemned.",
        "France has kept several thousand troops in the Sahel to fight Islamist militants for nearly a "
            + "decade, and officials in Paris said the government was consulting its European partners about "
            + "the future of the mission after the expulsion.",
        "Regional leaders of the West African bloc imposed sanctions on Mali this month, closing borders and "
            + "freezing state assets at the regional central bank, and the junta has accused France of being "
            + "behind the measures, which Paris denies.",
    };

    /** Other stories on each topic: the same names and many of the same words, other facts. */
    static final String[][] SAME_TOPIC = {
        {
            "Kosovo police close two crossings after clashes with Serbs",
            "PRISTINA, March 9 (Wire) - Kosovo police closed two crossings on the border with Serbia on Sunday "
                + "after clashes with local Serbs who had blocked the roads with trucks, the interior minister said, "
                + "and the European Union's envoy called on both governments to calm the situation in the north.",
            "Belgrade said the closure was a provocation and that Serbian officials would raise it at the next "
                + "meeting in Brussels, while the Kosovo government said the crossings would reopen once the "
                + "barricades in the four northern municipalities had been removed.",
            "Diplomats said the clashes threatened the timetable for the technical talks and the release of "
                + "the development fund, which the European Union has tied to progress in the dialogue between "
                + "the two sides since the autumn.",
        },
        {
            "Azerbaijan accuses Armenia of firing on border posts",
            "BAKU, June 20 (Wire) - Azerbaijan's defence ministry accused Armenian forces on Thursday of firing "
                + "on its positions in the Gazakh district overnight, days after the two neighbours signed a "
                + "protocol on demarcating a first stretch of their border, and said one soldier was wounded.",
            "The Armenian defence ministry denied the accusation and said its troops in the Tavush region had "
                + "not opened fire, calling the statement from Baku an attempt to put pressure on the villages "
                + "whose residents have protested against the new line for weeks.",
            "The prime minister's office in Yerevan said the joint commission would meet as planned next month "
                + "and that the peace treaty negotiated for two years remained the government's priority.",
        },
        {
            "West African leaders meet on Mali sanctions as junta holds firm",
            "ACCRA, Feb 14 (Wire) - Leaders of the West African bloc met in Accra on Monday to review the "
                + "sanctions imposed on Mali last month, as the military government in Bamako repeated that it "
                + "would not hold elections before it had restored security across the country.",
            "The sanctions, which closed borders and froze state assets at the regional central bank, have "
                + "caused shortages of fuel and medicine in Bamako, and the junta has asked neighbouring Guinea "
                + "to open its ports to goods bound for Mali.",
            "France and its European allies, whose troops have fought Islamist militants in the Sahel for a "
                + "decade, said they supported the bloc's position, and the French foreign minister called again "
                + "for a short transition to civilian rule.",
        },
    };

    record Edit(String name, UnaryOperator<List<String>> apply) {}

    static final List<Edit> EDITS = List.of(
            new Edit("new headline", p -> with(p, 0, "Talks to resume after months of deadlock, envoy says")),
            new Edit("dropped last paragraph", p -> new ArrayList<>(p.subList(0, p.size() - 1))),
            new Edit("dropped middle paragraph", p -> without(p, 3)),
            new Edit("added paragraph", p -> {
                List<String> l = new ArrayList<>(p);
                l.add("Our correspondent adds that local newspapers gave the news prominence on their front pages, "
                        + "and that the opposition asked for a debate in parliament next week.");
                return l;
            }),
            new Edit("byline and boilerplate", p -> {
                List<String> l = new ArrayList<>(p);
                l.add(1, "By Staff Reporter | Updated 14:05 GMT | Share this article");
                l.add("Reporting by the wire service; editing by our desk. Subscribe to our newsletter for more.");
                return l;
            }),
            new Edit("re-punctuated", p -> p.stream()
                    .map(s -> s.replace(", ", " — ").replace("'s", "’s").replace(" - ", " — ").replace(".", ";"))
                    .toList()),
            new Edit("typos", p -> p.stream()
                    .map(s -> s.replace("the ", "teh ").replaceFirst("said", "siad"))
                    .toList()),
            new Edit("different dateline", p -> with(p, 1, p.get(1).replaceFirst("^[A-Z]+, [A-Za-z]+ \\d+ \\(Wire\\) - ",
                    "LONDON (Agencies) — "))),
            new Edit("headline, dropped paragraph, dateline and boilerplate", p -> {
                List<String> l = without(p, p.size() - 1);
                l.set(0, "What the latest step means for the region");
                l.set(1, l.get(1).replaceFirst("^[A-Z]+, [A-Za-z]+ \\d+ \\(Wire\\) - ", ""));
                l.add("This article was amended to correct a spelling.");
                return l;
            }));

    static List<String> with(List<String> p, int i, String s) {
        List<String> l = new ArrayList<>(p);
        l.set(i, s);
        return l;
    }

    static List<String> without(List<String> p, int i) {
        List<String> l = new ArrayList<>(p);
        l.remove(i);
        return l;
    }

    static String text(List<String> paragraphs) {
        return paragraphs.get(0) + "\n\n" + String.join("\n", paragraphs.subList(1, paragraphs.size()));
    }

    @Test
    void editedCopiesAreNearDuplicatesAndOtherStoriesOnTheTopicAreNot() {
        double threshold = ScoringSettings.defaults().nearDuplicateThreshold();
        List<String[]> stories = List.of(BALKANS, CAUCASUS, SAHEL);
        List<Double> copiesNew = new ArrayList<>();
        List<Double> copiesOld = new ArrayList<>();
        List<Double> othersNew = new ArrayList<>();
        List<Double> othersOld = new ArrayList<>();
        for (int s = 0; s < stories.size(); s++) {
            String original = text(List.of(stories.get(s)));
            for (Edit e : EDITS) {
                String copy = text(e.apply().apply(List.of(stories.get(s))));
                double now = sim(original, copy);
                double before = legacySim(original, copy);
                assertThat(now).as("story %d, %s (format 1: %.2f)", s, e.name(), before).isGreaterThanOrEqualTo(threshold);
                copiesNew.add(now);
                copiesOld.add(before);
            }
            for (int t = 0; t < stories.size(); t++) {
                String[] other = t == s ? SAME_TOPIC[s] : stories.get(t);
                if (t < s) {
                    continue;
                }
                double now = sim(original, text(List.of(other)));
                double before = legacySim(original, text(List.of(other)));
                if (t == s) {
                    assertThat(now).as("story %d vs another story on its topic (format 1: %.2f)", s, before).isLessThan(threshold);
                    assertThat(sim(original, text(List.of(other)))).isLessThan(threshold);
                } else {
                    assertThat(now).as("story %d vs story %d", s, t).isLessThan(threshold);
                }
                othersNew.add(now);
                othersOld.add(before);
            }
        }
        System.out.printf("near-duplicate estimates (threshold %.2f)%n  edited copies  new %s%n                 old %s%n"
                + "  other stories  new %s%n                 old %s%n", threshold,
                summary(copiesNew), summary(copiesOld), summary(othersNew), summary(othersOld));
        // no worse than format 1: the weakest copy scores at least what it did, within the estimators' noise
        assertThat(min(copiesNew)).isGreaterThanOrEqualTo(min(copiesOld) - 0.1);
        assertThat(max(othersNew)).isLessThanOrEqualTo(Math.max(max(othersOld) + 0.1, 0.15));
    }

    @Test
    void aSignatureOfTheEarlierFormatIsNeverSimilarToANewOne() {
        String story = text(List.of(BALKANS));
        long[] old = LegacyMinHash.of(story);
        long[] now = NearDuplicateSignature.of(story);
        assertThat(now).hasSize(NearDuplicateSignature.LENGTH);
        assertThat(now[0]).isEqualTo(NearDuplicateSignature.FORMAT);
        assertThat(NearDuplicateSignature.similarity(old, now)).isZero();
        assertThat(NearDuplicateSignature.similarity(now, old)).isZero();
        // two of the earlier format still compare as they did
        assertThat(NearDuplicateSignature.similarity(old, LegacyMinHash.of(story))).isEqualTo(1.0);
    }

    static double sim(String a, String b) {
        return NearDuplicateSignature.similarity(NearDuplicateSignature.of(a), NearDuplicateSignature.of(b));
    }

    static double legacySim(String a, String b) {
        return NearDuplicateSignature.similarity(LegacyMinHash.of(a), LegacyMinHash.of(b));
    }

    static double min(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    static double max(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    static String summary(List<Double> l) {
        double[] v = l.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format("n=%d min %.2f median %.2f max %.2f  %s", v.length, v[0], v[v.length / 2], v[v.length - 1],
                Arrays.toString(Arrays.stream(v).mapToObj(x -> String.format("%.2f", x)).toArray()));
    }
}
