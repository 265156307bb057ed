package io.blocwatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.config.JobConfig;
import io.blocwatch.connectors.kafka.KafkaEndpoints;
import io.blocwatch.connectors.kafka.KafkaSettings;
import io.blocwatch.contracts.Alert;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;

/**
 * Kafka client security settings given as {@code --kafka.client.*} options or
 * {@code BLOCWATCH_KAFKA_CLIENT_*} variables reach the job's real KafkaSource and every KafkaSink
 * unchanged, and their secret values appear in no toString and no client log line.
 */
class KafkaSecurityPassThroughTest {

    static final String JAAS_SECRET = "s3cr3t-jaas-pw";
    static final String KEY_SECRET = "s3cr3t-key-pw";
    static final String STORE_SECRET = "s3cr3t-store-pw";

    static JobConfig config(String protocol) {
        return JobConfig.fromArgs(new String[] {
                        "--kafka.bootstrap-servers", "127.0.0.1:1",
                        "--kafka.client.security.protocol", protocol,
                        "--kafka.client.sasl.mechanism", "SCRAM-SHA-512",
                        "--kafka.client.ssl.truststore.location", "/etc/blocwatch/truststore.jks",
                        "--kafka.client.ssl.key.password=" + KEY_SECRET},
                Map.of("BLOCWATCH_KAFKA_CLIENT_SASL_JAAS_CONFIG",
                                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"bw\" password=\"" + JAAS_SECRET + "\";",
                        "BLOCWATCH_KAFKA_CLIENT_SSL_TRUSTSTORE_PASSWORD", STORE_SECRET,
                        "UNRELATED_VARIABLE", "ignored"));
    }

    @Test
    void clientPropertiesFromOptionsAndEnvironmentReachTheSourceAndEverySink() throws Exception {
        KafkaSettings settings = config("SASL_SSL").kafkaSettings();
        Map<String, String> expected = Map.of(
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "ssl.truststore.location", "/etc/blocwatch/truststore.jks",
                "ssl.key.password", KEY_SECRET,
                "ssl.truststore.password", STORE_SECRET);

        KafkaSource<?> source = KafkaEndpoints.newsSource(settings, BlocwatchJob.parser(config("SASL_SSL")));
        Properties sourceProps = (Properties) field(KafkaSource.class, "props").get(source);
        assertThat(sourceProps).containsAllEntriesOf(expected);
        assertThat(sourceProps.getProperty("sasl.jaas.config")).contains(JAAS_SECRET);
        assertThat(sourceProps).containsEntry("isolation.level", "read_committed");

        JobSinks sinks = JobSinks.kafka(settings);
        for (Object sink : List.of(sinks.tagged(), sinks.scores(), sinks.alerts(), sinks.deadLetters())) {
            Properties sinkProps = (Properties) field(KafkaSink.class, "kafkaProducerConfig").get(sink);
            assertThat(sinkProps).containsAllEntriesOf(expected);
            assertThat(sinkProps.getProperty("sasl.jaas.config")).contains(JAAS_SECRET);
            assertThat(sinkProps).containsEntry("transaction.timeout.ms", "600000");
        }
        assertThat(List.of(settings.toString(), config("SASL_SSL").toString(), source.toString(),
                        KafkaEndpoints.jsonSink(settings, "t", Alert.class, Alert::alertId).toString()))
                .allSatisfy(s -> assertThat(s).doesNotContain(JAAS_SECRET, KEY_SECRET, STORE_SECRET));
        assertThat(settings.toString()).contains("ssl.key.password=******", "ssl.truststore.password=******",
                "sasl.jaas.config=******", "security.protocol=SASL_SSL");
    }

    @Test
    void theKafkaClientsLogTheirConfigurationWithoutTheSecrets() {
        // PLAINTEXT: the clients are created (and log their configuration) without a login attempt.
        KafkaSettings settings = config("PLAINTEXT").kafkaSettings();
        StringWriter log = new StringWriter();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Appender appender = WriterAppender.newBuilder().setName("capture-kafka-config").setTarget(log)
                .setLayout(PatternLayout.newBuilder().withPattern("%m%n").build()).build();
        appender.start();
        LoggerConfig kafkaLogger = new LoggerConfig("org.apache.kafka", Level.INFO, false);
        kafkaLogger.addAppender(appender, Level.INFO, null);
        context.getConfiguration().addLogger("org.apache.kafka", kafkaLogger);
        context.updateLoggers();
        try {
            Properties producerProps = settings.clientProperties();
            producerProps.put("transactional.id", "security-test");
            KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer());
            producer.close(java.time.Duration.ZERO);
            new KafkaConsumer<>(settings.clientProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer())
                    .close(java.time.Duration.ZERO);
            LogManager.getLogger("org.apache.kafka.blocwatch-test").info("job settings: {}", settings);
        } finally {
            context.getConfiguration().removeLogger("org.apache.kafka");
            context.updateLoggers();
            appender.stop();
        }
        String text = log.toString();
        assertThat(text).contains("ProducerConfig values", "ConsumerConfig values", "sasl.jaas.config = [hidden]",
                "ssl.key.password = [hidden]", "ssl.truststore.password = [hidden]");
        assertThat(text).doesNotContain(JAAS_SECRET, KEY_SECRET, STORE_SECRET);
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
