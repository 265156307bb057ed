package io.blocwatch.alerting;

import io.blocwatch.contracts.Evidence;
import io.blocwatch.scoring.BlocEvent;
import java.util.ArrayList;
import java.util.List;

/** The evidence of an alert about the index: up to three sentences of the event, cross-bloc interactions first. */
public final class EventEvidence {

    static final int MAX_SENTENCES = 3;

    private EventEvidence() {}

    public static List<Evidence> of(BlocEvent event) {
        List<String> sentences = new ArrayList<>();
        for (BlocEvent.BlocInteraction i : event.interactions) {
            if (BlocEvent.ACROSS.equals(i.channel) && i.sentence != null && !sentences.contains(i.sentence)) {
                sentences.add(i.sentence);
            }
        }
        for (BlocEvent.BlocInteraction i : event.interactions) {
            if (i.sentence != null && !sentences.contains(i.sentence)) {
                sentences.add(i.sentence);
            }
        }
        for (BlocEvent.BlocAgreement a : event.agreements) {
            if (a.sentence != null && !sentences.contains(a.sentence)) {
                sentences.add(a.sentence);
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        for (String sentence : sentences.subList(0, Math.min(MAX_SENTENCES, sentences.size()))) {
            evidence.add(new Evidence(event.itemId, event.url, sentence));
        }
        if (evidence.isEmpty()) {
            evidence.add(new Evidence(event.itemId, event.url, null));
        }
        return evidence;
    }
}
