package io.blocwatch.connectors.feeds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A feed item's id: a hash of its GUID (RSS guid, Atom id) or, without one, of its canonical link,
 * so the same entry has the same id in every poll, after every restart and whatever tracking
 * parameters a feed appends. Canonical: scheme and host in lower case, no default port, no
 * fragment, no {@code utm_*}, {@code fbclid}, {@code gclid} parameters, an empty path as "/".
 */
public final class ItemIds {

    /** What every feed item's id starts with (and no other producer's should). */
    public static final String PREFIX = "feed-";

    private ItemIds() {}

    /** {@code feed-} and 20 hex digits; null when the entry has neither a GUID nor a link. */
    public static String of(String guid, String link) {
        String key;
        if (guid != null && !guid.isBlank()) {
            String g = guid.strip();
            key = g.startsWith("http://") || g.startsWith("https://") ? "url:" + canonical(g) : "guid:" + g;
        } else if (link != null && !link.isBlank()) {
            key = "url:" + canonical(link.strip());
        } else {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String canonical(String url) {
        URI u;
        try {
            u = URI.create(url);
        } catch (IllegalArgumentException bad) {
            return url;
        }
        if (u.getScheme() == null || u.getHost() == null) {
            return url;
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        List<String> kept = new ArrayList<>();
        if (u.getRawQuery() != null) {
            for (String param : u.getRawQuery().split("&")) {
                String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
                String n = name.toLowerCase(Locale.ROOT);
                if (!param.isEmpty() && !n.startsWith("utm_") && !n.equals("fbclid") && !n.equals("gclid")) {
                    kept.add(param);
                }
            }
        }
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }
}
