package io.blocwatch.job;

import io.blocwatch.config.JobConfig;
import io.blocwatch.control.ControlState;
import io.blocwatch.control.ControlUpdate;
import io.blocwatch.control.ControlValidator;
import io.blocwatch.control.RouteWithUpdates;
import io.blocwatch.control.TagWithUpdates;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.connectors.json.ParseOutcome;
import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.BlocScore;
import io.blocwatch.contracts.DeadLetter;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.BlocEventRouter;
import io.blocwatch.scoring.BlocPolarizationFunction;
import io.blocwatch.scoring.BlocScenarios;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The Blocwatch pipeline: parse (bad records to dead letters) → tag → route to bloc pairs →
 * rolling polarization per scenario and pair on event time → scores and alerts. The input and the
 * sinks are passed in; {@link #main} wires Kafka.
 */
public final class BlocwatchJob {

    private final NewsInput input;
    private final ControlInput control;
    private final JobSinks sinks;
    private final JobConfig config;
    private final FaultInjector faults;

    /** A job without run-time updates (bounded replays, tests). */
    public BlocwatchJob(NewsInput input, JobSinks sinks, JobConfig config) {
        this(input, null, sinks, config, FaultInjector.NONE);
    }

    /** A job whose dictionary and bloc membership can be replaced while it runs, through {@code control}. */
    public BlocwatchJob(NewsInput input, ControlInput control, JobSinks sinks, JobConfig config) {
        this(input, control, sinks, config, FaultInjector.NONE);
    }

    /** Without run-time updates, with a fault injector in the tag and score stages (recovery tests). */
    public BlocwatchJob(NewsInput input, JobSinks sinks, JobConfig config, FaultInjector faults) {
        this(input, null, sinks, config, faults);
    }

    /**
     * @param faults called in the scorer (events, checkpoints) and in the tag stage;
     *               {@link FaultInjector#NONE} in production
     */
    public BlocwatchJob(NewsInput input, ControlInput control, JobSinks sinks, JobConfig config, FaultInjector faults) {
        this.input = input;
        this.control = control;
        this.sinks = sinks;
        this.config = config;
        this.faults = faults;
    }

    /** The parser the configuration asks for (size and time limits). */
    public static NewsItemParser parser(JobConfig config) {
        return new NewsItemParser(config.maxRecordBytes(), config.duration("input.max-future"),
                Instant.parse("1900-01-01T00:00:00Z"), Clock.systemUTC());
    }

    /** Checkpointing, state and serialization settings for a streaming run. */
    public static Configuration flinkConfiguration(JobConfig config, boolean checkpointing) {
        Map<String, String> c = new HashMap<>();
        c.put("pipeline.name", config.get("job.name"));
        // Every type on the wire has a Flink serializer; a Kryo fallback would fail the job at build time.
        c.put("pipeline.generic-types", "false");
        if (checkpointing) {
            c.put("execution.checkpointing.interval", config.checkpointInterval().toMillis() + " ms");
            c.put("execution.checkpointing.mode", "EXACTLY_ONCE");
            c.put("execution.checkpointing.timeout", config.duration("checkpoint.timeout").toMillis() + " ms");
            c.put("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
            c.put("execution.checkpointing.min-pause", Math.min(1000, config.checkpointInterval().toMillis() / 2) + " ms");
        }
        return Configuration.fromMap(c);
    }

    /** Adds the pipeline to {@code env}. */
    public void build(StreamExecutionEnvironment env) {
        if (config.parallelism() != null) {
            env.setParallelism(config.parallelism());
        }
        BlocScenarios scenarios = config.scenariosFile() == null
                ? BlocScenarios.loadDefault() : BlocScenarios.load(config.scenariosFile());

        boolean replay = config.boundedReplay();
        DataStream<ParseOutcome> records = input.open(env, replay
                ? NewsWatermarks.atEndOfInput()
                : NewsWatermarks.strategy(config.duration("watermark.out-of-orderness"), config.duration("watermark.idleness")));

        SingleOutputStreamOperator<NewsItem> items = records
                .process(new DeadLetterSplitter()).uid("dead-letter-splitter").name("split-dead-letters");
        DataStream<DeadLetter> deadLetters = items.getSideOutput(DeadLetterSplitter.DEAD_LETTERS);

        SingleOutputStreamOperator<TaggedItem> tagged;
        DataStream<BlocEvent> events;
        if (control == null) {
            tagged = items.map(new TagFunction(config.dictionaryFile(), faults)).uid("news-tagger").name("tag");
            events = tagged.flatMap(new BlocEventRouter(scenarios)).uid("bloc-event-router").name("route-to-bloc-pairs");
        } else {
            SingleOutputStreamOperator<ControlUpdate> updates = control.open(env)
                    .process(new ControlValidator(scenarios)).uid("control-validator").name("validate-control-updates")
                    .setParallelism(1);
            deadLetters = deadLetters.union(updates.getSideOutput(ControlValidator.REJECTED));
            BroadcastStream<ControlUpdate> broadcast = updates.broadcast(ControlState.UPDATES);
            tagged = items.connect(broadcast).process(new TagWithUpdates(config.dictionaryFile(), faults))
                    .uid("news-tagger").name("tag");
            events = tagged.connect(broadcast).process(new RouteWithUpdates(scenarios))
                    .uid("bloc-event-router").name("route-to-bloc-pairs");
        }
        scoreAndSink(tagged, events, deadLetters, scenarios, replay);
    }

    /**
     * Routing, scoring and alerting over TaggedItem v1 records that another tagger (or a gold file)
     * produced: the stages after the tagger, with the same operators, uids and sinks. The records
     * carry their event time (published_at) as timestamps; {@code rejected} are the input lines that
     * were not valid TaggedItems.
     */
    public void buildFromTagged(StreamExecutionEnvironment env, DataStream<TaggedItem> tagged, DataStream<DeadLetter> rejected) {
        if (config.parallelism() != null) {
            env.setParallelism(config.parallelism());
        }
        BlocScenarios scenarios = config.scenariosFile() == null
                ? BlocScenarios.loadDefault() : BlocScenarios.load(config.scenariosFile());
        DataStream<BlocEvent> events = tagged.flatMap(new BlocEventRouter(scenarios)).uid("bloc-event-router")
                .name("route-to-bloc-pairs");
        scoreAndSink(tagged, events, rejected, scenarios, config.boundedReplay());
    }

    private void scoreAndSink(DataStream<TaggedItem> tagged, DataStream<BlocEvent> events, DataStream<DeadLetter> deadLetters,
            BlocScenarios scenarios, boolean replay) {
        if (replay) {
            events = events.keyBy(BlocEvent::key)
                    .process(new EventTimeSorter<>(TypeInformation.of(BlocEvent.class)))
                    .uid("replay-event-time-sorter").name("order-by-event-time");
        }
        BlocPolarizationFunction scorer = new BlocPolarizationFunction(scenarios);
        SingleOutputStreamOperator<BlocScore> scores = (faults == FaultInjector.NONE
                ? events.keyBy(BlocEvent::key).process(scorer)
                : events.keyBy(BlocEvent::key).process(new FaultInjectingScorer(scorer, faults)))
                .uid("bloc-polarization").name("bloc-polarization");
        DataStream<Alert> alerts = scores.getSideOutput(BlocPolarizationFunction.ALERTS);
        deadLetters = deadLetters.union(scores.getSideOutput(BlocPolarizationFunction.LATE)
                .map(LateEvents::deadLetter).uid("late-events").name("late-events-to-dead-letters"));

        sink(tagged.sinkTo(sinks.tagged()), "sink-tagged");
        // Counted just before their sinks: scoresEmitted, alertsOut.type.<TYPE>.count.
        DataStream<BlocScore> countedScores = scores
                .map(CountingMap.<BlocScore>total("scoresEmitted")).returns(scores.getType())
                .uid("count-scores").name("count-scores");
        DataStream<Alert> countedAlerts = alerts
                .map(CountingMap.<Alert>byLabel("alertsOut", "type", Alert::type)).returns(alerts.getType())
                .uid("count-alerts").name("count-alerts");
        sink(countedScores.sinkTo(sinks.scores()), "sink-scores");
        sink(countedAlerts.sinkTo(sinks.alerts()), "sink-alerts");
        sink(deadLetters.sinkTo(sinks.deadLetters()), "sink-deadletter");
    }

    private void sink(DataStreamSink<?> sink, String uid) {
        sink.uid(uid).name(uid);
        if (sinks.singleWriter()) {
            sink.setParallelism(1);
        }
    }

    /** Builds and runs the pipeline; returns when a bounded input is done (or never, for Kafka). */
    public JobExecutionResult execute(StreamExecutionEnvironment env) throws Exception {
        build(env);
        return env.execute(config.get("job.name"));
    }

    /** Cluster entry point: the Kafka job. Options are listed by --help. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println("Blocwatch job: news items from Kafka to alerts, scores, tags and dead letters.");
            System.out.println("Usage: flink run blocwatch-job.jar [--config FILE] [--key value]...");
            System.out.println(JobConfig.help());
            return;
        }
        JobConfig config = JobConfig.fromArgs(args, System.getenv());
        // A wrong address or a dead broker is a message now, not a job that restarts every minute in silence.
        io.blocwatch.connectors.kafka.KafkaReachability.check(config.kafkaSettings().bootstrapServers(),
                config.kafkaSettings().clientProperties(), io.blocwatch.connectors.kafka.KafkaReachability.DEFAULT_TIMEOUT);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flinkConfiguration(config, true));
        new BlocwatchJob(FeedInputs.forConfig(config, NewsInputs.kafka(config.kafkaSettings(), parser(config))),
                NewsInputs.kafkaControl(config.kafkaSettings(), config.get("topics.control")),
                JobSinks.kafka(config.kafkaSettings()), config).execute(env);
    }
}
