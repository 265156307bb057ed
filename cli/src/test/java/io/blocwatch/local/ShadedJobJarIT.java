package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The cluster jar {@code jobs/target/blocwatch-job.jar} (built by the jobs module's package phase,
 * before this module's integration tests): the guava it carries for the language detector is
 * relocated, so it cannot clash with another guava on a cluster, and the detector still works
 * when loaded from the jar alone, as a TaskManager loads it (Flink and logging from the cluster).
 */
class ShadedJobJarIT {

    private static final Path JAR = Path.of("").toAbsolutePath().resolve("../jobs/target/blocwatch-job.jar").normalize();

    @Test
    void guavaIsRelocated() throws Exception {
        assertThat(JAR).as("build the jobs module first (mvn package)").isRegularFile();
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertThat(names).filteredOn(n -> n.startsWith("com/google/common/") || n.startsWith("com/google/thirdparty/"))
                    .as("unrelocated guava classes").isEmpty();
            assertThat(names).anyMatch(n -> n.startsWith("io/blocwatch/shaded/com/google/common/"));
            assertThat(names).contains("com/optimaize/langdetect/LanguageDetectorImpl.class");
        }
    }

    /**
     * No test or development tool ships to the cluster: they live in testkit, which only tests, the
     * command line and the benchmarks depend on. (Before testkit the jar held the in-process broker,
     * the generator, the gold evaluation, the sample items and the fault-injecting scorer.)
     */
    @Test
    void carriesNoTestTool() throws Exception {
        assertThat(JAR).as("build the jobs module first (mvn package)").isRegularFile();
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertThat(names).as("the job itself is there").contains("io/blocwatch/job/BlocwatchJob.class",
                    "io/blocwatch/job/BlocwatchPipeline.class", "io/blocwatch/connectors/kafka/KafkaEndpoints.class");
            assertThat(names).filteredOn(n -> n.startsWith("io/blocwatch/connectors/kafka/EmbeddedKafka")
                            || n.startsWith("io/blocwatch/connectors/kafka/Topic")
                            || n.startsWith("io/blocwatch/samples/") || n.startsWith("io/blocwatch/evaluation/")
                            || n.startsWith("io/blocwatch/testkit/") || n.startsWith("samples/")
                            || n.startsWith("io/blocwatch/job/Fault"))
                    .as("Blocwatch's test tools (broker, topic helpers, generator, gold evaluation, samples, fault injectors)")
                    .isEmpty();
            // The broker side of Kafka (KRaft, controller, metadata log, the Scala server, its test kit):
            // only kafka-clients belongs in the jar.
            assertThat(names).filteredOn(n -> n.startsWith("kafka/server/") || n.startsWith("kafka/raft/")
                            || (n.startsWith("kafka/") && n.endsWith(".class"))
                            || n.startsWith("org/apache/kafka/raft/") || n.startsWith("org/apache/kafka/controller/")
                            || n.startsWith("org/apache/kafka/metadata/") || n.startsWith("org/apache/kafka/common/test/")
                            || n.startsWith("org/apache/kafka/storage/") || n.startsWith("scala/")
                            || n.startsWith("org/junit/"))
                    .as("Kafka server, KRaft and test classes").isEmpty();
        }
    }

    @Test
    void theLanguageDetectorWorksFromTheJar() throws Exception {
        assertThat(Files.isRegularFile(JAR)).as("build the jobs module first (mvn package)").isTrue();
        // Only the JDK and slf4j (which the cluster provides, and the jar leaves out) come from outside the jar.
        ClassLoader outside = new ClassLoader(ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (name.startsWith("org.slf4j.")) {
                    return ShadedJobJarIT.class.getClassLoader().loadClass(name);
                }
                throw new ClassNotFoundException(name);
            }
        };
        try (URLClassLoader jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, outside)) {
            Class<?> guesser = jar.loadClass("io.blocwatch.connectors.feeds.LanguageGuesser");
            assertThat(guesser.getClassLoader()).isSameAs(jar);
            Object detector = guesser.getMethod("get").invoke(null);
            var detect = guesser.getMethod("detect", String.class, String.class);
            assertThat(detect.invoke(detector, "Serbia and Hungary signed a defence cooperation agreement in Belgrade on "
                    + "Tuesday, the two defence ministries said in a joint statement.", "fr")).isEqualTo("en");
            assertThat(detect.invoke(detector, "Die Regierung in Belgrad hat am Dienstag ein Abkommen über die "
                    + "Zusammenarbeit in der Verteidigung mit Ungarn unterzeichnet, teilten beide Ministerien mit.", "en"))
                    .isEqualTo("de");
        }
    }
}
