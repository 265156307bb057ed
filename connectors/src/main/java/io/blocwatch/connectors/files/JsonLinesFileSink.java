package io.blocwatch.connectors.files;

import io.blocwatch.contracts.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes each element as one JSON line to a local file, for bounded replays and local runs. Run it
 * at parallelism 1 to get one file; at higher parallelism each subtask writes {@code file.N}.
 * The file is rewritten from the start when the job starts: it is not a sink for failover.
 */
public final class JsonLinesFileSink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;
    private final String file;

    public JsonLinesFileSink(Path file) {
        this.file = file.toAbsolutePath().toString();
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        int subtask = context.getTaskInfo().getIndexOfThisSubtask();
        int parallelism = context.getTaskInfo().getNumberOfParallelSubtasks();
        Path target = parallelism == 1 ? Path.of(file) : Path.of(file + "." + subtask);
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(target,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 1 << 16);
        return new Writer<>(out);
    }

    private static final class Writer<T> implements SinkWriter<T> {
        private final OutputStream out;

        Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(T element, Context context) throws IOException {
            out.write(Json.writeBytes(element));
            out.write('\n');
        }

        @Override
        public void flush(boolean endOfInput) throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
