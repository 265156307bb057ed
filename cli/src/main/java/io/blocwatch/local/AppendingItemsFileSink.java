package io.blocwatch.local;

import io.blocwatch.contracts.Json;
import io.blocwatch.contracts.NewsItem;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.SupportsWriterState;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * Appends NewsItem v1 lines to the end of an existing file (for {@code ingest --output}), at
 * parallelism 1. The file's length is the writer's checkpointed state: after a failover the file is
 * cut back to the length of the checkpoint restored (or to its length when the command started),
 * so that the items the source emits again after the restore are not in it twice.
 */
final class AppendingItemsFileSink implements Sink<NewsItem>, SupportsWriterState<NewsItem, Long> {

    private static final long serialVersionUID = 1L;
    private final String file;
    private final long lengthAtStart;

    AppendingItemsFileSink(Path file) throws IOException {
        this.file = file.toAbsolutePath().toString();
        this.lengthAtStart = Files.exists(file) ? Files.size(file) : 0L;
    }

    @Override
    public StatefulSinkWriter<NewsItem, Long> createWriter(WriterInitContext context) throws IOException {
        return open(lengthAtStart);
    }

    @Override
    public StatefulSinkWriter<NewsItem, Long> restoreWriter(WriterInitContext context, Collection<Long> states) throws IOException {
        return open(states.stream().mapToLong(Long::longValue).max().orElse(lengthAtStart));
    }

    private Writer open(long length) throws IOException {
        Path target = Path.of(file);
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        channel.truncate(length);
        channel.position(length);
        Writer w = new Writer(channel, length);
        if (length > 0) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, length - 1);
            if (last.get(0) != '\n') {
                w.writeBytes(new byte[] {'\n'});
            }
        }
        return w;
    }

    @Override
    public SimpleVersionedSerializer<Long> getWriterStateSerializer() {
        return new SimpleVersionedSerializer<>() {
            @Override
            public int getVersion() {
                return 1;
            }

            @Override
            public byte[] serialize(Long length) {
                return ByteBuffer.allocate(Long.BYTES).putLong(length).array();
            }

            @Override
            public Long deserialize(int version, byte[] bytes) {
                return ByteBuffer.wrap(bytes).getLong();
            }
        };
    }

    private static final class Writer implements StatefulSinkWriter<NewsItem, Long> {
        private final FileChannel channel;
        private final OutputStream out;
        private long length;

        Writer(FileChannel channel, long length) {
            this.channel = channel;
            this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            this.length = length;
        }

        void writeBytes(byte[] bytes) throws IOException {
            out.write(bytes);
            length += bytes.length;
        }

        @Override
        public void write(NewsItem item, Context context) throws IOException {
            byte[] line = Json.writeBytes(item);
            byte[] withNewline = new byte[line.length + 1];
            System.arraycopy(line, 0, withNewline, 0, line.length);
            withNewline[line.length] = '\n';
            writeBytes(withNewline);
        }

        @Override
        public List<Long> snapshotState(long checkpointId) throws IOException {
            out.flush();
            return List.of(length);
        }

        @Override
        public void flush(boolean endOfInput) throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
            channel.close();
        }
    }
}
