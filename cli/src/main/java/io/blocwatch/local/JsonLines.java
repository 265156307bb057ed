package io.blocwatch.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Splits a file into its lines as raw bytes (so that invalid UTF-8 reaches the parser as it is). */
final class JsonLines {

    private JsonLines() {}

    static List<byte[]> read(Path file) throws IOException {
        return split(Files.readAllBytes(file));
    }

    static List<byte[]> split(byte[] all) {
        List<byte[]> lines = new ArrayList<>();
        ByteArrayOutputStream cur = new ByteArrayOutputStream();
        for (int i = 0; i < all.length; i++) {
            byte b = all[i];
            if (b == '\n') {
                lines.add(strip(cur.toByteArray()));
                cur.reset();
            } else {
                cur.write(b);
            }
        }
        if (cur.size() > 0) {
            lines.add(strip(cur.toByteArray()));
        }
        return lines;
    }

    private static byte[] strip(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\r' ? java.util.Arrays.copyOf(line, line.length - 1) : line;
    }

    static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
