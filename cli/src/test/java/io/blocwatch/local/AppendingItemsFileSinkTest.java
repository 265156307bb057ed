package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.contracts.Json;
import io.blocwatch.contracts.NewsItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file sink of {@code ingest --output}: appends, and after a failover holds no line twice. */
class AppendingItemsFileSinkTest {

    private static NewsItem item(String id) {
        return new NewsItem(id, "Balkan Wire", "http://localhost/" + id, "2026-12-01T10:00:00Z", "en", "title " + id, "body " + id);
    }

    private static List<String> ids(Path file) throws Exception {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(l -> Json.read(l, NewsItem.class).id()).toList();
    }

    @Test
    void appendsAfterWhatIsThereAndCutsBackToTheCheckpointOnRestore(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("items.jsonl");
        // An earlier run's line, its newline missing (a hand edit): the next line still starts on its own.
        Files.writeString(file, new String(Json.writeBytes(item("a")), java.nio.charset.StandardCharsets.UTF_8));
        AppendingItemsFileSink sink = new AppendingItemsFileSink(file);

        StatefulSinkWriter<NewsItem, Long> w = sink.createWriter(null);
        w.write(item("b"), null);
        long checkpoint = w.snapshotState(1).get(0);
        w.write(item("c"), null); // after the checkpoint: the source emits it again after a restore
        w.flush(false);
        w.close();
        assertThat(ids(file)).containsExactly("a", "b", "c");

        StatefulSinkWriter<NewsItem, Long> restored = sink.restoreWriter(null, List.of(checkpoint));
        restored.write(item("c"), null);
        restored.close();
        assertThat(ids(file)).containsExactly("a", "b", "c");

        // A failover before any checkpoint: back to the file as the command found it.
        StatefulSinkWriter<NewsItem, Long> fresh = sink.createWriter(null);
        fresh.write(item("b"), null);
        fresh.close();
        assertThat(ids(file)).containsExactly("a", "b");
    }
}
