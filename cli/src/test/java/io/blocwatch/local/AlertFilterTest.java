package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.Evidence;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AlertFilterTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2025-04-10T12:00:00Z"), ZoneOffset.UTC);

    static Alert at(String time, String severity) {
        return AlertsCommandTest.alert("x", "POLARIZATION_RISE", "western-balkans", severity, time, "s",
                new Evidence("i", null, "s"));
    }

    @Test
    void sinceTakesAnInstantOrASpanBackFromNow() {
        assertThat(AlertFilter.sinceInstant("2025-04-01T00:00:00Z", NOW)).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
        assertThat(AlertFilter.sinceInstant("PT6H", NOW)).isEqualTo(Instant.parse("2025-04-10T06:00:00Z"));
        assertThat(AlertFilter.sinceInstant("P7D", NOW)).isEqualTo(Instant.parse("2025-04-03T12:00:00Z"));
        assertThat(AlertFilter.sinceInstant("7d", NOW)).isEqualTo(Instant.parse("2025-04-03T12:00:00Z"));
        assertThat(AlertFilter.sinceInstant("90m", NOW)).isEqualTo(Instant.parse("2025-04-10T10:30:00Z"));
        assertThatThrownBy(() -> AlertFilter.sinceInstant("last week", NOW)).hasMessageContaining("--since last week");
        assertThatThrownBy(() -> AlertFilter.sinceInstant("-PT1H", NOW)).hasMessageContaining("--since -PT1H");
    }

    @Test
    void aSpanKeepsAlertsAtOrAfterItsStartAndSeverityIsAFloor() {
        AlertFilter f = AlertFilter.parse(null, null, "high", "P7D", NOW);
        assertThat(f.matches(at("2025-04-03T12:00:00Z", "high"))).isTrue();
        assertThat(f.matches(at("2025-04-03T11:59:59Z", "critical"))).isFalse();
        assertThat(f.matches(at("2025-04-09T00:00:00Z", "critical"))).isTrue();
        assertThat(f.matches(at("2025-04-09T00:00:00Z", "medium"))).isFalse();
        assertThat(AlertFilter.parse(null, null, null, null, NOW).matches(at("1999-01-01T00:00:00Z", "low"))).isTrue();
    }
}
