package io.blocwatch.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A scenario file as written (format in {@code scenarios/default.yaml}), bound by Jackson with
 * snake_case keys and every unknown key refused. A missing key is null here and takes its default
 * in {@link BlocScenarios}, which also checks the values.
 */
record ScenarioFile(Settings settings, Parameters defaults, List<ScenarioEntry> scenarios) {

    /** {@code settings}: the scoring operator's settings, shared by all scenarios. */
    record Settings(
            Double allowedLatenessHours,
            Double emitCadenceHours,
            Double clearAfterDays,
            Double nearDuplicateThreshold,
            Integer nearDuplicateMemory,
            Double nearDuplicateMaxAgeDays) {}

    /** {@code defaults}, and a scenario's {@code parameters} over them. */
    record Parameters(
            Double halfLifeDays,
            Double priorMass,
            Double cohesionWeight,
            Double scoreStep,
            Double riseThreshold,
            Double riseRearm,
            Double jumpWindowDays,
            Double jumpMinDelta,
            Double jumpFactor,
            Integer jumpMinHistory,
            Double hostilityWeight,
            Integer counterAlignmentDays,
            List<String> counterAlignmentDomains,
            Integer alertSuppressionDays,
            Map<String, Double> weights,
            String signingReports) {}

    /** One entry of {@code scenarios}. */
    record ScenarioEntry(String id, String description, List<BlocEntry> blocs, Parameters parameters) {}

    /** One bloc of a scenario; {@code label} is for people only. */
    record BlocEntry(String id, String label, List<MemberEntry> members) {}

    /** A member: a bare code, or {@code {code, from, to}} with inclusive dates. */
    record MemberEntry(String code, LocalDate from, LocalDate to) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        MemberEntry {}

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static MemberEntry bare(String code) {
            return new MemberEntry(code, null, null);
        }
    }
}
