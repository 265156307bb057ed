package io.blocwatch.contracts;

import java.util.List;

/**
 * An agreement reported by an item. {@code form}: agreement|declaration|memorandum|treaty|contract|plan;
 * {@code domain}: defense|economic|energy|other; {@code parties}: sorted codes; {@code status}:
 * signed|planned|reported; {@code date}: YYYY-MM-DD or null; {@code place}: city or null.
 */
public record AgreementTag(
        String form,
        String domain,
        List<String> parties,
        String status,
        String date,
        String place,
        List<String> evidence) {

    public static final String SIGNED = AgreementStatus.SIGNED.json();
    public static final String PLANNED = AgreementStatus.PLANNED.json();
    public static final String REPORTED = AgreementStatus.REPORTED.json();

    public AgreementTag {
        parties = parties == null ? List.of() : parties.stream().sorted().distinct().toList();
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
