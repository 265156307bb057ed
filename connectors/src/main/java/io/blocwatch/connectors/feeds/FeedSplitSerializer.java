package io.blocwatch.connectors.feeds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/** Splits and the enumerator's state in checkpoints, versioned so that later layouts can still read version 1. */
public final class FeedSplitSerializer implements SimpleVersionedSerializer<FeedSplit> {

    static final int VERSION = 1;

    @Override
    public int getVersion() {
        return VERSION;
    }

    @Override
    public byte[] serialize(FeedSplit split) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(split, out);
        }
        return bytes.toByteArray();
    }

    @Override
    public FeedSplit deserialize(int version, byte[] serialized) throws IOException {
        if (version != VERSION) {
            throw new IOException("unknown feed split version " + version);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
            return read(in);
        }
    }

    static void write(FeedSplit split, DataOutputStream out) throws IOException {
        FeedConfig f = split.feed();
        out.writeUTF(f.url());
        writeNullable(out, f.name());
        writeNullable(out, f.language());
        out.writeLong(f.poll().toMillis());
        out.writeBoolean(f.fetchPages());
        writeNullable(out, split.etag());
        writeNullable(out, split.lastModified());
        out.writeInt(split.seen().size());
        for (Map.Entry<String, Long> e : split.seen().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue());
        }
    }

    static FeedSplit read(DataInputStream in) throws IOException {
        FeedConfig f = new FeedConfig(in.readUTF(), readNullable(in), readNullable(in), Duration.ofMillis(in.readLong()), in.readBoolean());
        String etag = readNullable(in);
        String modified = readNullable(in);
        int n = in.readInt();
        Map<String, Long> seen = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            seen.put(in.readUTF(), in.readLong());
        }
        return new FeedSplit(f, etag, modified, seen);
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** The enumerator's state: the splits not assigned yet and the ids of every feed it ever handed out. */
    public record EnumState(List<FeedSplit> pending, Set<String> known) {}

    /** Serializer of {@link EnumState}. */
    public static final class EnumStateSerializer implements SimpleVersionedSerializer<EnumState> {
        @Override
        public int getVersion() {
            return VERSION;
        }

        @Override
        public byte[] serialize(EnumState state) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(state.pending().size());
                for (FeedSplit s : state.pending()) {
                    write(s, out);
                }
                out.writeInt(state.known().size());
                for (String k : state.known()) {
                    out.writeUTF(k);
                }
            }
            return bytes.toByteArray();
        }

        @Override
        public EnumState deserialize(int version, byte[] serialized) throws IOException {
            if (version != VERSION) {
                throw new IOException("unknown feed enumerator state version " + version);
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
                int n = in.readInt();
                List<FeedSplit> pending = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    pending.add(read(in));
                }
                int k = in.readInt();
                Set<String> known = new LinkedHashSet<>();
                for (int i = 0; i < k; i++) {
                    known.add(in.readUTF());
                }
                return new EnumState(pending, known);
            }
        }
    }
}
