package io.blocwatch.config;

import static org.apache.flink.configuration.ConfigOptions.key;

import java.time.Duration;
import java.util.List;
import org.apache.flink.configuration.ConfigOption;

/**
 * Every configuration key of the job as one of Flink's own {@link ConfigOption}s: its name, type,
 * default and description. {@link JobConfig} reads and checks values through them, and the job's
 * {@code --help} is generated from them. A key's name and default are part of the job's interface
 * (the README, the Kubernetes manifests and deploy/local/flink pass them): change neither.
 */
public final class BlocwatchOptions {

    private BlocwatchOptions() {}

    public static final ConfigOption<String> KAFKA_BOOTSTRAP_SERVERS = key("kafka.bootstrap-servers").stringType()
            .noDefaultValue().withDescription("Kafka brokers, host:port[,host:port] (required for the Kafka job)");
    public static final ConfigOption<String> KAFKA_GROUP_ID = key("kafka.group-id").stringType()
            .defaultValue("blocwatch").withDescription("consumer group of the news source (offsets are also kept in Flink state)");
    public static final ConfigOption<Boolean> KAFKA_EXACTLY_ONCE = key("kafka.exactly-once").booleanType()
            .defaultValue(true).withDescription("true: transactional exactly-once sinks (consumers read read_committed); false: at-least-once");
    public static final ConfigOption<String> KAFKA_TRANSACTIONAL_ID_PREFIX = key("kafka.transactional-id-prefix").stringType()
            .defaultValue("blocwatch").withDescription("prefix of the sinks' transactional ids; unique per job on a cluster");
    public static final ConfigOption<Duration> KAFKA_TRANSACTION_TIMEOUT = key("kafka.transaction-timeout").durationType()
            .defaultValue(Duration.ofMinutes(10)).withDescription("producer transaction timeout; must exceed checkpoint.interval plus checkpoint.timeout and stay within the broker's transaction.max.timeout.ms (15 min by default)");
    /** Not one key but a prefix: every {@code kafka.client.NAME} is passed to the Kafka clients as {@code NAME}. */
    public static final ConfigOption<String> KAFKA_CLIENT = key(JobConfig.CLIENT_PREFIX + "*").stringType()
            .noDefaultValue().withDescription("any Kafka client property passed through to the source and sinks, e.g. kafka.client.security.protocol=SASL_SSL (secrets are never logged)");
    public static final ConfigOption<String> TOPICS_INPUT = key("topics.input").stringType()
            .defaultValue("news.items").withDescription("topic of NewsItem v1 records");
    public static final ConfigOption<String> TOPICS_ALERTS = key("topics.alerts").stringType()
            .defaultValue("security.alerts").withDescription("topic of Alert v1 records");
    public static final ConfigOption<String> TOPICS_SCORES = key("topics.scores").stringType()
            .defaultValue("bloc.scores").withDescription("topic of BlocScore v1 records, keyed by scenario and pair (compaction-friendly)");
    public static final ConfigOption<String> TOPICS_TAGGED = key("topics.tagged").stringType()
            .defaultValue("news.tagged").withDescription("topic of TaggedItem v1 records");
    public static final ConfigOption<String> TOPICS_DEADLETTER = key("topics.deadletter").stringType()
            .defaultValue("news.deadletter").withDescription("topic of DeadLetter v1 records");
    public static final ConfigOption<String> TOPICS_CONTROL = key("topics.control").stringType()
            .defaultValue("blocwatch.control").withDescription("topic of run-time dictionary and scenario updates");
    public static final ConfigOption<String> JOB_NAME = key("job.name").stringType()
            .defaultValue("blocwatch").withDescription("the Flink job name");
    public static final ConfigOption<Integer> JOB_PARALLELISM = key("job.parallelism").intType()
            .noDefaultValue().withDescription("operator parallelism (default: the cluster's)");
    public static final ConfigOption<Duration> CHECKPOINT_INTERVAL = key("checkpoint.interval").durationType()
            .defaultValue(Duration.ofSeconds(10)).withDescription("checkpoint interval; exactly-once output becomes visible at each checkpoint");
    public static final ConfigOption<Duration> CHECKPOINT_TIMEOUT = key("checkpoint.timeout").durationType()
            .defaultValue(Duration.ofMinutes(5)).withDescription("a checkpoint taking longer is abandoned");
    public static final ConfigOption<Duration> CHECKPOINT_ALIGNED_TIMEOUT = key("checkpoint.aligned-timeout").durationType()
            .noDefaultValue().withDescription("unset (default): aligned checkpoints only; set: a checkpoint whose barriers wait longer than this behind queued input (backpressure) goes on unaligned, storing the queued records with it, so that its duration and exactly-once visibility stop growing with the backlog (savepoints stay aligned; after a restore from such a checkpoint the stored records are processed before the first watermark)");
    public static final ConfigOption<Integer> INPUT_MAX_RECORD_BYTES = key("input.max-record-bytes").intType()
            .defaultValue(1048576).withDescription("records larger than this go to dead letters as oversized");
    public static final ConfigOption<Duration> INPUT_MAX_FUTURE = key("input.max-future").durationType()
            .defaultValue(Duration.ofHours(24)).withDescription("items published further than this past the wall clock go to dead letters");
    public static final ConfigOption<Duration> WATERMARK_OUT_OF_ORDERNESS = key("watermark.out-of-orderness").durationType()
            .defaultValue(Duration.ofMinutes(10)).withDescription("how far out of published_at order items may arrive before counting as late");
    public static final ConfigOption<Duration> WATERMARK_IDLENESS = key("watermark.idleness").durationType()
            .defaultValue(Duration.ofMinutes(1)).withDescription("a partition silent this long no longer holds back event time");
    public static final ConfigOption<Boolean> INPUT_BOUNDED_REPLAY = key("input.bounded-replay").booleanType()
            .defaultValue(false).withDescription("true for a bounded backfill in any order: no watermark until the input ends, events re-ordered by published_at per bloc pair before scoring");
    public static final ConfigOption<String> SCENARIOS_FILE = key("scenarios.file").stringType()
            .noDefaultValue().withDescription("YAML file of bloc scenarios (default: the scenarios shipped in the jar)");
    public static final ConfigOption<String> DICTIONARY_FILE = key("dictionary.file").stringType()
            .noDefaultValue().withDescription("extra actor/person dictionary merged over the shipped one");
    public static final ConfigOption<String> INPUT_FEEDS_FILE = key("input.feeds.file").stringType()
            .noDefaultValue().withDescription("YAML file of RSS/Atom feeds to poll (feeds: - url, name, language, poll, fetch-pages); their items join the Kafka input");
    public static final ConfigOption<Boolean> INPUT_FEEDS_ONLY = key("input.feeds.only").booleanType()
            .defaultValue(false).withDescription("true: the feeds replace the Kafka input topic instead of joining it");
    public static final ConfigOption<Duration> INPUT_FEEDS_REMEMBER = key("input.feeds.remember").durationType()
            .defaultValue(Duration.ofDays(30)).withDescription("how long a feed's emitted ids are remembered; entries published before that are skipped");

    /** Every option, in the order of the help. */
    public static final List<ConfigOption<?>> ALL = List.of(KAFKA_BOOTSTRAP_SERVERS, KAFKA_GROUP_ID, KAFKA_EXACTLY_ONCE,
            KAFKA_TRANSACTIONAL_ID_PREFIX, KAFKA_TRANSACTION_TIMEOUT, KAFKA_CLIENT, TOPICS_INPUT, TOPICS_ALERTS,
            TOPICS_SCORES, TOPICS_TAGGED, TOPICS_DEADLETTER, TOPICS_CONTROL, JOB_NAME, JOB_PARALLELISM,
            CHECKPOINT_INTERVAL, CHECKPOINT_TIMEOUT, CHECKPOINT_ALIGNED_TIMEOUT, INPUT_MAX_RECORD_BYTES, INPUT_MAX_FUTURE, WATERMARK_OUT_OF_ORDERNESS,
            WATERMARK_IDLENESS, INPUT_BOUNDED_REPLAY, SCENARIOS_FILE, DICTIONARY_FILE, INPUT_FEEDS_FILE, INPUT_FEEDS_ONLY,
            INPUT_FEEDS_REMEMBER);

    /** The option named {@code key}, or null (also for kafka.client.* properties). */
    public static ConfigOption<?> named(String key) {
        for (ConfigOption<?> o : ALL) {
            if (o.key().equals(key) && o != KAFKA_CLIENT) {
                return o;
            }
        }
        return null;
    }

    /** A default as the configuration writes it: durations in ISO-8601 ({@code PT10S}, whole days as {@code P30D}). */
    public static String text(Object value) {
        if (value instanceof Duration d) {
            return d.toDays() > 1 && d.equals(Duration.ofDays(d.toDays())) ? "P" + d.toDays() + "D" : d.toString();
        }
        return String.valueOf(value);
    }
}
