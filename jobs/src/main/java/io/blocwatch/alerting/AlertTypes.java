package io.blocwatch.alerting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;

/** Alert types, severities and the deterministic alert id. */
public final class AlertTypes {

    public static final String COUNTER_ALIGNMENT = "COUNTER_ALIGNMENT";
    public static final String POLARIZATION_RISE = "POLARIZATION_RISE";
    public static final String POLARIZATION_JUMP = "POLARIZATION_JUMP";
    public static final String CROSS_BLOC_HOSTILITY = "CROSS_BLOC_HOSTILITY";
    public static final String REALIGNMENT = "REALIGNMENT";

    public static final String LOW = "low";
    public static final String MEDIUM = "medium";
    public static final String HIGH = "high";
    public static final String CRITICAL = "critical";

    private AlertTypes() {}

    /** First 16 hex digits of SHA-256 over scenario|type|blocA|blocB|idPart. */
    public static String alertId(String scenario, String type, String blocA, String blocB, String idPart) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] h = sha.digest(String.join("|", scenario, type, blocA, blocB, idPart).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(16);
            for (int i = 0; i < 8; i++) {
                sb.append(String.format("%02x", h[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The UTC day of an event time, YYYY-MM-DD. */
    public static String day(long eventTime) {
        return Instant.ofEpochMilli(eventTime).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
