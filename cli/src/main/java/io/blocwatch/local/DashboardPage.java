package io.blocwatch.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The analyst's page, one self-contained HTML document: its script, its style and the uPlot
 * charting library (from its WebJar, pinned in the pom) are inlined, so it loads nothing from
 * anywhere. The live dashboard serves it without data (the page then listens to /events); the
 * report embeds the data as JSON. A content security policy lets only the page's own scripts run.
 */
final class DashboardPage {

    static final String UPLOT = "/META-INF/resources/webjars/uplot/1.6.30/dist/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DashboardPage() {}

    /** The live page: data arrives from the server-sent event stream {@code events} next to it. */
    static String live() {
        return build("live", "{}");
    }

    /** A report: the data (a {@link DashboardData#snapshotJson()}) is in the page. */
    static String report(String snapshotJson) {
        return build("report", snapshotJson);
    }

    private static String build(String mode, String dataJson) {
        byte[] n = new byte[18];
        RANDOM.nextBytes(n);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(n);
        String page = resource("/dashboard/page.html");
        // The data goes in last, so that nothing in it is ever read as a placeholder.
        String[] parts = page.split("\\{\\{DATA}}", -1);
        if (parts.length != 2) {
            throw new IllegalStateException("dashboard/page.html must hold {{DATA}} once");
        }
        return fill(parts[0], mode, nonce) + scriptSafe(dataJson) + fill(parts[1], mode, nonce);
    }

    private static String fill(String template, String mode, String nonce) {
        return template.replace("{{NONCE}}", nonce).replace("{{MODE}}", mode)
                .replace("{{UPLOT_LICENSE}}", resource(UPLOT.replace("dist/", "") + "LICENSE").replace("--", "- -"))
                .replace("{{UPLOT_CSS}}", resource(UPLOT + "uPlot.min.css"))
                .replace("{{APP_CSS}}", resource("/dashboard/page.css"))
                .replace("{{UPLOT_JS}}", scriptSafeCode(resource(UPLOT + "uPlot.iife.min.js")))
                .replace("{{APP_JS}}", scriptSafeCode(resource("/dashboard/page.js")));
    }

    /**
     * JSON that can sit inside a script element: {@code <}, {@code >} and {@code &} only occur
     * inside JSON strings, where their unicode escapes mean the same, so no text from a news
     * item can close the element ({@code </script>}) or open a comment.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String scriptSafeCode(String js) {
        if (js.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
            throw new IllegalStateException("a bundled script holds </script");
        }
        return js;
    }

    static String resource(String path) {
        try (InputStream in = DashboardPage.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " on the launcher's classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
