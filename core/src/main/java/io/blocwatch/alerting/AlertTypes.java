package io.blocwatch.alerting;

import io.blocwatch.contracts.AlertType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;

/** The deterministic alert id, and the UTC day that some incidents are named by. */
public final class AlertTypes {

    private AlertTypes() {}

    /** First 16 hex digits of SHA-256 over scenario|type|blocA|blocB|idPart. */
    public static String alertId(String scenario, AlertType type, String blocA, String blocB, String idPart) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] h = sha.digest(String.join("|", scenario, type.json(), blocA, blocB, idPart)
                    .getBytes(StandardCharsets.UTF_8));
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
