package io.blocwatch.connectors.files;

import io.blocwatch.connectors.RawRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.Path;

/**
 * A bounded {@link FileSource} of JSON-lines files: each line as raw bytes (not decoded, so the
 * parser can reject invalid UTF-8) with its origin {@code file:line}. Blank lines are skipped.
 */
public final class LineFileSource {

    private LineFileSource() {}

    public static FileSource<RawRecord> of(java.nio.file.Path file) {
        Path path = Path.fromLocalFile(file.toAbsolutePath().toFile());
        return FileSource.forRecordStreamFormat(new RawLineFormat(file.getFileName().toString()), path).build();
    }

    /** Not splittable: the reader counts lines from the start of the file, also after a restore. */
    static final class RawLineFormat extends SimpleStreamFormat<RawRecord> {
        private static final long serialVersionUID = 1L;
        private final String name;

        RawLineFormat(String name) {
            this.name = name;
        }

        @Override
        public StreamFormat.Reader<RawRecord> createReader(Configuration config, FSDataInputStream stream) {
            return new LineReader(stream, name);
        }

        @Override
        public TypeInformation<RawRecord> getProducedType() {
            return TypeInformation.of(RawRecord.class);
        }
    }

    private static final class LineReader implements StreamFormat.Reader<RawRecord> {
        private final InputStream in;
        private final String name;
        private long line;

        LineReader(FSDataInputStream stream, String name) {
            this.in = new java.io.BufferedInputStream(stream, 1 << 16);
            this.name = name;
        }

        @Override
        public RawRecord read() throws IOException {
            while (true) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
                int b;
                boolean any = false;
                while ((b = in.read()) != -1) {
                    any = true;
                    if (b == '\n') {
                        break;
                    }
                    buf.write(b);
                }
                if (!any) {
                    return null;
                }
                line++;
                byte[] bytes = buf.toByteArray();
                int len = bytes.length;
                if (len > 0 && bytes[len - 1] == '\r') {
                    bytes = java.util.Arrays.copyOf(bytes, len - 1);
                }
                if (isBlank(bytes)) {
                    continue;
                }
                return new RawRecord(name + ":" + line, bytes);
            }
        }

        private static boolean isBlank(byte[] bytes) {
            for (byte x : bytes) {
                if (x != ' ' && x != '\t') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
