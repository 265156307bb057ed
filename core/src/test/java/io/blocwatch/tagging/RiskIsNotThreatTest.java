package io.blocwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.contracts.NewsItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A move that "threatens to destabilise" is a risk someone names, not a threat someone makes. */
class RiskIsNotThreatTest {

    private static List<String> kinds(String body) {
        NewsItem item = new NewsItem("r-1", "Desk", "https://example.org/r-1", "2025-04-02T10:00:00Z", "en",
                "Belgrade objects to new pact", body);
        return NewsTagger.withDefaults().tag(item).interactions().stream()
                .map(i -> i.source() + ">" + i.target() + ":" + i.kind()).toList();
    }

    @Test
    void aRiskStatementInsideAWarningStaysAWarning() {
        List<String> k = kinds("Albania and Croatia signed a defence declaration on Monday. Serbian President Aleksandar Vucic "
                + "warned that the declaration could fuel an arms race, arguing it threatened to destabilise the region.");
        assertThat(k).noneMatch(x -> x.endsWith(":threaten"));
        assertThat(k).contains("SRB>ALB:warn", "SRB>HRV:warn");
    }

    @Test
    void aRealThreatIsStillAThreat() {
        List<String> k = kinds("Serbia threatened to send troops into Kosovo if the special police units were not withdrawn.");
        assertThat(k).contains("SRB>XKX:threaten");
    }

    @Test
    void forcePostureIsAThreat() {
        List<String> k = kinds("Serbia has massed troops and tanks along its border with Kosovo, officials in Pristina said.");
        assertThat(k).contains("SRB>XKX:threaten");
        assertThat(InteractionTag.CONFLICTUAL).isEqualTo("conflictual");
    }
}
