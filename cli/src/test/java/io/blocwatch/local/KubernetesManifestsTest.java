package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.blocwatch.config.JobConfig;
import io.blocwatch.scoring.BlocScenarios;
import io.blocwatch.scoring.Scenario;
import io.blocwatch.tagging.Dictionary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the FlinkDeployment needs around it, checked without a Kubernetes cluster: the service account
 * and its Role in the job's namespace, the KafkaUser's ACLs for everything the job reads and writes,
 * the Strimzi CA truststore and the JAAS secret (required) in the pods, no --job.parallelism in args,
 * and the scenario and dictionary files from a ConfigMap mounted where the args name them. The
 * ConfigMap is rendered to a directory as the pods would see it, and the job's own validation runs
 * over the args with it.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("").toAbsolutePath().resolve("../deploy/k8s").normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theServiceAccountAndItsRoleAreInTheJobsNamespace() throws Exception {
        JsonNode deployment = one("blocwatch-deployment.yaml");
        String namespace = deployment.path("metadata").path("namespace").asText();
        String account = deployment.path("spec").path("serviceAccount").asText();
        Map<String, JsonNode> rbac = byKind(all("blocwatch-rbac.yaml"));

        assertThat(rbac.get("ServiceAccount").path("metadata").path("name").asText()).isEqualTo(account);
        assertThat(rbac.values()).allSatisfy(d -> assertThat(d.path("metadata").path("namespace").asText()).isEqualTo(namespace));
        JsonNode binding = rbac.get("RoleBinding");
        assertThat(binding.path("roleRef").path("name").asText()).isEqualTo(rbac.get("Role").path("metadata").path("name").asText());
        assertThat(binding.path("subjects").get(0).path("name").asText()).isEqualTo(account);
        // The JobManager creates its TaskManager pods and services; HA keeps its leaders in ConfigMaps.
        Map<String, Set<String>> verbs = new HashMap<>();
        for (JsonNode rule : rbac.get("Role").path("rules")) {
            for (JsonNode r : rule.path("resources")) {
                verbs.computeIfAbsent(r.asText(), k -> new java.util.HashSet<>()).addAll(texts(rule.path("verbs")));
            }
        }
        for (String resource : List.of("pods", "services", "configmaps", "deployments")) {
            assertThat(verbs.get(resource)).as(resource).contains("get", "list", "watch", "create", "update", "delete");
        }
    }

    @Test
    void theKafkaUserMayDoExactlyWhatTheJobDoes(@TempDir Path root) throws Exception {
        JobConfig config = renderedConfig(root);
        JsonNode user = one("kafka-user.yaml");
        JsonNode topics = all("kafka-topics.yaml").get(0);
        assertThat(user.path("kind").asText()).isEqualTo("KafkaUser");
        assertThat(user.path("metadata").path("labels").path("strimzi.io/cluster").asText())
                .isEqualTo(topics.path("metadata").path("labels").path("strimzi.io/cluster").asText());
        assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
        assertThat(config.get("kafka.client.sasl.mechanism")).isEqualTo("SCRAM-SHA-512");

        List<JsonNode> acls = new ArrayList<>();
        user.path("spec").path("authorization").path("acls").forEach(acls::add);
        for (String in : List.of(config.get("topics.input"), config.get("topics.control"))) {
            assertThat(allowed(acls, "topic", in)).as(in).contains("Read");
        }
        for (String out : List.of("topics.alerts", "topics.scores", "topics.tagged", "topics.deadletter")) {
            assertThat(allowed(acls, "topic", config.get(out))).as(out).contains("Write");
        }
        assertThat(allowed(acls, "group", config.get("kafka.group-id"))).contains("Read");
        assertThat(allowed(acls, "group", config.get("kafka.group-id") + "-control")).contains("Read");
        assertThat(allowed(acls, "transactionalId", config.get("kafka.transactional-id-prefix") + "-sink-alerts-0-1"))
                .contains("Write", "Describe");
        assertThat(allowed(acls, "topic", "some.other.topic")).isEmpty();
    }

    @Test
    void thePodsGetTheCaTruststoreTheRequiredJaasSecretAndTheFilesTheArgsName(@TempDir Path root) throws Exception {
        JsonNode spec = one("blocwatch-deployment.yaml").path("spec");
        JsonNode pod = spec.path("podTemplate").path("spec");
        JsonNode container = pod.path("containers").get(0);
        Map<String, JsonNode> env = new HashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("valueFrom").path("secretKeyRef")));
        assertThat(env.get("BLOCWATCH_KAFKA_CLIENT_SASL_JAAS_CONFIG").path("key").asText()).isEqualTo("sasl.jaas.config");
        assertThat(env.values()).allSatisfy(ref -> assertThat(ref.path("optional").asBoolean(true)).isFalse());

        JobConfig config = renderedConfig(root);
        assertThat(config.parallelism()).as("no --job.parallelism overriding spec.job.parallelism").isNull();
        assertThat(spec.path("job").path("parallelism").asInt()).isPositive();

        // The truststore path of the args is a key of the CA secret's volume, and its password comes from the same secret.
        String truststore = argValue("kafka.client.ssl.truststore.location");
        JsonNode caVolume = volumeAt(pod, container, truststore);
        String caSecret = caVolume.path("secret").path("secretName").asText();
        assertThat(caSecret).isNotEmpty();
        assertThat(caVolume.path("secret").path("items").findValuesAsText("path"))
                .contains(Path.of(truststore).getFileName().toString());
        assertThat(env.get("BLOCWATCH_KAFKA_CLIENT_SSL_TRUSTSTORE_PASSWORD").path("name").asText()).isEqualTo(caSecret);
        assertThat(argValue("kafka.client.ssl.truststore.type")).isEqualTo("PKCS12");

        // Scenarios and dictionary: from the ConfigMap volume, valid, the job's scenarios.
        for (String key : List.of("scenarios.file", "dictionary.file")) {
            JsonNode volume = volumeAt(pod, container, argValue(key));
            assertThat(volume.path("configMap").path("name").asText()).as(key)
                    .isEqualTo(one("blocwatch-files.yaml").path("metadata").path("name").asText());
        }
        assertThat(BlocScenarios.load(config.scenariosFile()).scenarios()).extracting(Scenario::id)
                .containsExactlyElementsOf(BlocScenarios.loadDefault().scenarios().stream().map(Scenario::id).toList());
        // The ConfigMap's copy says what the shipped file says: the same blocs, parameters and weights.
        assertThat(BlocScenarios.load(config.scenariosFile()).scenarios()).isEqualTo(BlocScenarios.loadDefault().scenarios());
        assertThat(BlocScenarios.load(config.scenariosFile()).settings()).isEqualTo(BlocScenarios.loadDefault().settings());
        assertThat(Dictionary.defaultsWith(config.dictionaryFile())).isNotNull();
    }

    /** The deployment's args, with the ConfigMap written under {@code root} where the pods mount it, through JobConfig. */
    private static JobConfig renderedConfig(Path root) throws Exception {
        JsonNode files = one("blocwatch-files.yaml");
        JsonNode spec = one("blocwatch-deployment.yaml").path("spec");
        JsonNode container = spec.path("podTemplate").path("spec").path("containers").get(0);
        String mount = null;
        for (JsonNode m : container.path("volumeMounts")) {
            if (m.path("name").asText().equals("blocwatch-files")) {
                mount = m.path("mountPath").asText();
            }
        }
        assertThat(mount).as("the files ConfigMap is mounted").isNotNull();
        Path rendered = root.resolve(mount.substring(1));
        Files.createDirectories(rendered);
        for (var it = files.path("data").fields(); it.hasNext(); ) {
            var e = it.next();
            Files.writeString(rendered.resolve(e.getKey()), e.getValue().asText());
        }
        List<String> args = new ArrayList<>();
        for (JsonNode a : spec.path("job").path("args")) {
            args.add(a.asText().startsWith(mount + "/") ? rendered + a.asText().substring(mount.length()) : a.asText());
        }
        return JobConfig.fromArgs(args.toArray(String[]::new), Map.of());
    }

    private static String argValue(String key) throws Exception {
        List<String> args = texts(one("blocwatch-deployment.yaml").path("spec").path("job").path("args"));
        int i = args.indexOf("--" + key);
        assertThat(i).as("--%s in args", key).isNotNegative();
        return args.get(i + 1);
    }

    /** The volume mounted at a directory that holds {@code file}. */
    private static JsonNode volumeAt(JsonNode pod, JsonNode container, String file) {
        String name = null;
        for (JsonNode m : container.path("volumeMounts")) {
            if (file.startsWith(m.path("mountPath").asText() + "/")) {
                name = m.path("name").asText();
            }
        }
        assertThat(name).as("a volume is mounted where %s lies", file).isNotNull();
        for (JsonNode v : pod.path("volumes")) {
            if (v.path("name").asText().equals(name)) {
                return v;
            }
        }
        throw new AssertionError("no volume " + name + " in the pod template");
    }

    /** The operations the ACLs allow on one resource (literal names, prefixes, and the cluster). */
    private static Set<String> allowed(List<JsonNode> acls, String type, String name) {
        return acls.stream().filter(a -> a.path("resource").path("type").asText().equals(type)).filter(a -> {
            String n = a.path("resource").path("name").asText();
            return a.path("resource").path("patternType").asText("literal").equals("prefix") ? name.startsWith(n) : name.equals(n);
        }).flatMap(a -> texts(a.path("operations")).stream()).collect(Collectors.toSet());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode one(String file) throws Exception {
        return YAML.readTree(K8S.resolve(file).toFile());
    }

    private static List<JsonNode> all(String file) throws Exception {
        return YAML.readValues(YAML.getFactory().createParser(K8S.resolve(file).toFile()), JsonNode.class).readAll();
    }

    private static Map<String, JsonNode> byKind(List<JsonNode> docs) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        docs.forEach(d -> out.put(d.path("kind").asText(), d));
        return out;
    }
}
