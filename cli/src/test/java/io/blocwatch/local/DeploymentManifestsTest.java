package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.blocwatch.config.JobConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests and the image recipe in deploy/ describe the job this build produces:
 * the real entry class, the jar the build writes, only configuration keys the job knows, the topics it
 * uses, and the same Prometheus reporter as the local cluster. Nothing here needs a Kubernetes cluster.
 */
class DeploymentManifestsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().resolve("..").normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String JAR_NAME = "blocwatch-job.jar";

    @Test
    void flinkDeploymentRunsTheBuiltJarsEntryClassWithKnownConfigurationKeys() throws Exception {
        JsonNode deployment = YAML.readTree(ROOT.resolve("deploy/k8s/blocwatch-deployment.yaml").toFile());
        assertThat(deployment.path("apiVersion").asText()).isEqualTo("flink.apache.org/v1beta1");
        assertThat(deployment.path("kind").asText()).isEqualTo("FlinkDeployment");
        JsonNode spec = deployment.path("spec");
        JsonNode job = spec.path("job");

        Class<?> entry = Class.forName(job.path("entryClass").asText());
        assertThat(entry.getMethod("main", String[].class)).isNotNull();
        // The jar the jobs module's shade plugin writes, where the Dockerfile puts it.
        assertThat(Files.readString(ROOT.resolve("jobs/pom.xml")))
                .contains("<outputFile>${project.build.directory}/" + JAR_NAME + "</outputFile>");
        assertThat(job.path("jarURI").asText()).isEqualTo("local:///opt/flink/usrlib/" + JAR_NAME);
        assertThat(Files.readString(ROOT.resolve("deploy/k8s/Dockerfile")))
                .containsPattern("(?m)^FROM flink:2\\.2")
                .contains("COPY --chown=flink:flink jobs/target/" + JAR_NAME + " /opt/flink/usrlib/" + JAR_NAME);

        List<String> args = new ArrayList<>();
        job.path("args").forEach(a -> args.add(a.asText()));
        assertThat(optionKeys(args)).allSatisfy(DeploymentManifestsTest::assertKnownKey);
        // The whole argument list, with the mounted files in place, passes the job's validation: KubernetesManifestsTest.
        assertThat(args).doesNotContain("--job.parallelism");
        assertThat(job.path("parallelism").asInt()).isPositive();

        assertThat(job.path("upgradeMode").asText()).isEqualTo("savepoint");
        assertThat(spec.path("flinkVersion").asText()).isEqualTo("v2_2");
        JsonNode flink = spec.path("flinkConfiguration");
        assertThat(flink.path("high-availability.type").asText()).isEqualTo("kubernetes");
        assertThat(flink.path("high-availability.storageDir").asText()).startsWith("s3://");
        assertThat(flink.path("execution.checkpointing.dir").asText()).startsWith("s3://");
        assertThat(flink.path("execution.checkpointing.savepoint-dir").asText()).startsWith("s3://")
                .isEqualTo(flink.path("state.savepoints.dir").asText());
        assertThat(spec.path("jobManager").path("resource").path("memory").asText()).isNotEmpty();
        assertThat(spec.path("taskManager").path("resource").path("memory").asText()).isNotEmpty();
    }

    @Test
    void kubernetesUsesTheSamePrometheusReporterAsTheLocalCluster() throws Exception {
        JsonNode shared = YAML.readTree(ROOT.resolve("deploy/flink-conf/metrics.yaml").toFile());
        JsonNode flink = YAML.readTree(ROOT.resolve("deploy/k8s/blocwatch-deployment.yaml").toFile())
                .path("spec").path("flinkConfiguration");
        assertThat(shared.path("metrics.reporter.prom.factory.class").asText())
                .isEqualTo("org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
        shared.fieldNames().forEachRemaining(key ->
                assertThat(flink.path(key).asText()).as(key).isEqualTo(shared.path(key).asText()));
    }

    @Test
    void strimziTopicsAreTheJobsTopicsWithCompactedScores() throws Exception {
        Map<String, JsonNode> topics = new LinkedHashMap<>();
        for (JsonNode doc : YAML.readValues(YAML.getFactory().createParser(
                ROOT.resolve("deploy/k8s/kafka-topics.yaml").toFile()), JsonNode.class).readAll()) {
            assertThat(doc.path("kind").asText()).isEqualTo("KafkaTopic");
            assertThat(doc.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isNotEmpty();
            topics.put(doc.path("spec").path("topicName").asText(), doc.path("spec"));
        }
        Set<String> jobTopics = JobConfig.KEYS.stream()
                .filter(k -> k.key().startsWith("topics."))
                .map(k -> String.valueOf(k.defaultValue()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(jobTopics);
        assertThat(topics.get("bloc.scores").path("config").path("cleanup.policy").asText()).isEqualTo("compact");
    }

    /** The keys of {@code --key value} and {@code --key=value} options. */
    private static List<String> optionKeys(List<String> args) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            assertThat(a).as("argument %d", i).startsWith("--");
            int eq = a.indexOf('=');
            keys.add(eq > 0 ? a.substring(2, eq) : a.substring(2));
            if (eq < 0) {
                i++;
            }
        }
        return keys;
    }

    private static void assertKnownKey(String key) {
        boolean known = JobConfig.KEYS.stream().anyMatch(k -> k.key().equals(key))
                || key.startsWith(JobConfig.CLIENT_PREFIX);
        assertThat(known).as("'%s' is a key of JobConfig.KEYS", key).isTrue();
    }
}
