package io.blocwatch.alerting;

import java.util.ArrayList;
import java.util.List;

/** A signed intra-bloc agreement kept for the counter-alignment window (Flink POJO state). */
public class RememberedAgreement {
    /** The bloc id whose members signed it. */
    public String bloc;
    /** {@code parties:form:date}, the agreement's identity. */
    public String identity;
    public List<String> parties = new ArrayList<>();
    public String form;
    public String domain;
    /** Signing day as epoch day (UTC). */
    public long signedDay;
    /** Whether {@link #signedDay} is a date the item gave (else the item's own day). */
    public boolean dated;
    public String itemId;
    public String url;
    public String sentence;

    public RememberedAgreement() {}
}
