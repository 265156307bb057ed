package io.blocwatch.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.contracts.ActorTag;
import io.blocwatch.contracts.AgreementTag;
import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.contracts.Json;
import io.blocwatch.contracts.PersonTag;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.tagging.Dictionary;
import io.blocwatch.tagging.NewsTagger;
import io.blocwatch.tagging.Weights;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gold-to-tagged --input GOLD.jsonl --output TAGGED.jsonl}: the {@code gold} block of each
 * line (NewsItem + gold, the format of the development sets) as a TaggedItem v1 line, so that
 * scoring can be judged apart from tagging ({@code replay --tagged}). Weights come from the kind
 * table; each tag's evidence is the item's headline and first paragraph, which also gives the
 * near-duplicate signature something to compare.
 */
@Command(name = "gold-to-tagged", description = {
        "the gold blocks of a development set as TaggedItem v1 lines (weights from the kind table),",
        "so that scoring can be judged apart from tagging (replay --tagged)"})
final class GoldToTaggedCommand extends CliCommand {

    @Option(names = "--input", required = true, paramLabel = "GOLD.jsonl", description = "items with a gold block")
    String inputFile;
    @Option(names = "--output", required = true, paramLabel = "TAGGED.jsonl", description = "the TaggedItem v1 lines")
    String outputFile;

    @Override
    int run(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) throws Exception {
        Path input = requiredFile("input", inputFile);
        Path output = Path.of(outputFile);
        Dictionary dictionary = NewsTagger.withDefaults().dictionary();
        int written = 0;
        int skipped = 0;
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = Json.MAPPER.readTree(line);
                JsonNode g = n.get("gold");
                if (g == null || !g.isObject()) {
                    skipped++;
                    continue;
                }
                String lead = n.path("title").asText("");
                String body = n.path("body").asText("");
                List<String> evidence = new ArrayList<>();
                if (!lead.isBlank()) {
                    evidence.add(lead);
                }
                if (!body.isBlank()) {
                    evidence.add(body.split("\n")[0]);
                }
                List<ActorTag> actors = new ArrayList<>();
                g.path("actors").forEach(a -> actors.add(new ActorTag(a.asText(),
                        dictionary.countries().containsKey(a.asText()) ? ActorTag.COUNTRY : ActorTag.ORGANIZATION, 1, evidence)));
                List<PersonTag> persons = new ArrayList<>();
                g.path("persons").forEach(p -> persons.add(new PersonTag(p.path("name").asText(),
                        p.path("country").asText(), p.path("role").asText(), List.of())));
                List<AgreementTag> agreements = new ArrayList<>();
                g.path("agreements").forEach(a -> {
                    List<String> parties = new ArrayList<>();
                    a.path("parties").forEach(x -> parties.add(x.asText()));
                    agreements.add(new AgreementTag(a.path("form").asText(), a.path("domain").asText("other"), parties,
                            a.path("status").asText(), text(a, "date"), text(a, "place"), evidence));
                });
                List<InteractionTag> interactions = new ArrayList<>();
                g.path("interactions").forEach(i -> interactions.add(new InteractionTag(i.path("source").asText(),
                        i.path("target").asText(), i.path("polarity").asText(), i.path("kind").asText(),
                        Weights.of(i.path("kind").asText(), i.path("polarity").asText()), evidence,
                        i.hasNonNull("plover") ? i.get("plover").asText() : null)));
                TaggedItem t = new TaggedItem(TaggedItem.SCHEMA, n.path("id").asText(), n.path("published_at").asText(),
                        n.path("source").asText(""), n.path("url").asText(""), actors, persons, agreements, interactions, null);
                w.write(Json.write(t));
                w.newLine();
                written++;
            }
        }
        out.println("wrote " + written + " TaggedItem line(s) to " + output
                + (skipped > 0 ? ", skipped " + skipped + " line(s) without a gold block" : ""));
        return written == 0 ? 2 : 0;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
