package io.blocwatch.job;

import io.blocwatch.config.JobConfig;
import io.blocwatch.connectors.json.ParseOutcome;
import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.BlocScore;
import io.blocwatch.contracts.DeadLetter;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.operators.ControlState;
import io.blocwatch.control.ControlUpdate;
import io.blocwatch.operators.ControlValidator;
import io.blocwatch.operators.RouteWithUpdates;
import io.blocwatch.operators.TagWithUpdates;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.operators.BlocPolarizationFunction;
import io.blocwatch.scoring.BlocScenarios;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The Blocwatch job graph, the only one: the cluster job ({@link BlocwatchJob#main}), the demo,
 * the replays, the tests and the benchmarks all build it. Read top to bottom, one news item goes
 *
 * <pre>
 * news input (Kafka, feeds or a file; parsed, with event time)
 *   → split-dead-letters → tag (dictionary in force) → route-to-bloc-pairs (blocs in force)
 *   → [bounded replay: order-by-event-time] → bloc-polarization (scores; alerts and late events on the side)
 *   → count → sinks: tagged, scores, alerts, dead letters
 * control input (updates) → validate-control-updates → broadcast to tag and route
 * </pre>
 *
 * <p>Inputs and sinks are passed in; nothing else differs between the runs. Without a control
 * topic ({@link ControlInput#NONE}) the tag and route operators get an empty, bounded control
 * stream: the same operators, uids and state. That stream ends at once, and an ended input counts
 * as "end of time" for event time, which is harmless next to an input that always holds the
 * watermark (a file or a bounded replay) but would let the watermark of an idle live input jump to
 * the end; so every live job has a real control topic ({@link BlocwatchJob#forKafka}).
 */
public final class BlocwatchPipeline {

    private final NewsInput news;
    private final ControlInput control;
    private final JobSinks sinks;
    private final JobConfig config;

    public BlocwatchPipeline(NewsInput news, ControlInput control, JobSinks sinks, JobConfig config) {
        this.news = news;
        this.control = control;
        this.sinks = sinks;
        this.config = config;
    }

    /** Without run-time updates (bounded replays of files). */
    public BlocwatchPipeline(NewsInput news, JobSinks sinks, JobConfig config) {
        this(news, ControlInput.NONE, sinks, config);
    }

    /** The same graph reading its news from {@code other} (a test's input that fails on purpose, a benchmark's generator). */
    public BlocwatchPipeline withNews(NewsInput other) {
        return new BlocwatchPipeline(other, control, sinks, config);
    }

    /** The same graph writing to {@code other} (files, collecting or failing sinks). */
    public BlocwatchPipeline withSinks(JobSinks other) {
        return new BlocwatchPipeline(news, control, other, config);
    }

    /** Adds the graph to {@code env}: news items in, tags, scores, alerts and dead letters out. */
    public void build(StreamExecutionEnvironment env) {
        BlocScenarios scenarios = prepare(env);

        DataStream<ParseOutcome> records = news.open(env, watermarks());
        SingleOutputStreamOperator<NewsItem> items = records
                .process(new DeadLetterSplitter()).uid("dead-letter-splitter").name("split-dead-letters");

        SingleOutputStreamOperator<ControlUpdate> updates = controlUpdates(env, scenarios);
        BroadcastStream<ControlUpdate> broadcast = updates.broadcast(ControlState.UPDATES);

        SingleOutputStreamOperator<TaggedItem> tagged = items.connect(broadcast)
                .process(new TagWithUpdates(config.dictionaryFile())).uid("news-tagger").name("tag");

        DataStream<DeadLetter> deadLetters = items.getSideOutput(DeadLetterSplitter.DEAD_LETTERS)
                .union(updates.getSideOutput(ControlValidator.REJECTED));
        routeScoreAndSink(tagged, broadcast, deadLetters, scenarios);
    }

    /**
     * The graph from the route stage on, over TaggedItem v1 records another tagger (or a gold file)
     * produced: the same operators, uids and sinks as {@link #build}. The records carry their event
     * time (published_at) as timestamps; {@code rejected} are the input lines that were not valid
     * TaggedItems.
     */
    public void buildFromTagged(StreamExecutionEnvironment env, DataStream<TaggedItem> tagged, DataStream<DeadLetter> rejected) {
        BlocScenarios scenarios = prepare(env);
        SingleOutputStreamOperator<ControlUpdate> updates = controlUpdates(env, scenarios);
        routeScoreAndSink(tagged, updates.broadcast(ControlState.UPDATES),
                rejected.union(updates.getSideOutput(ControlValidator.REJECTED)), scenarios);
    }

    /** Builds and runs the graph; returns when a bounded input is done (or never, for Kafka). */
    public JobExecutionResult execute(StreamExecutionEnvironment env) throws Exception {
        build(env);
        return env.execute(config.get("job.name"));
    }

    private BlocScenarios prepare(StreamExecutionEnvironment env) {
        if (config.parallelism() != null) {
            env.setParallelism(config.parallelism());
        }
        return config.scenariosFile() == null ? BlocScenarios.loadDefault() : BlocScenarios.load(config.scenariosFile());
    }

    private WatermarkStrategy<ParseOutcome> watermarks() {
        return config.boundedReplay()
                ? NewsWatermarks.atEndOfInput()
                : NewsWatermarks.strategy(config.duration("watermark.out-of-orderness"), config.duration("watermark.idleness"));
    }

    /** Run-time updates, checked against the scenarios; one subtask, so every update is seen in one order. */
    private SingleOutputStreamOperator<ControlUpdate> controlUpdates(StreamExecutionEnvironment env, BlocScenarios scenarios) {
        return control.open(env)
                .process(new ControlValidator(scenarios)).uid("control-validator").name("validate-control-updates")
                .setParallelism(1);
    }

    private void routeScoreAndSink(DataStream<TaggedItem> tagged, BroadcastStream<ControlUpdate> broadcast,
            DataStream<DeadLetter> deadLetters, BlocScenarios scenarios) {
        DataStream<BlocEvent> events = tagged.connect(broadcast)
                .process(new RouteWithUpdates(scenarios)).uid("bloc-event-router").name("route-to-bloc-pairs");
        if (config.boundedReplay()) {
            // A bounded backfill has no watermark until its end: order each pair's events by event time first.
            events = events.keyBy(BlocEvent::key)
                    .process(new EventTimeSorter<>(TypeInformation.of(BlocEvent.class)))
                    .uid("replay-event-time-sorter").name("order-by-event-time");
        }

        SingleOutputStreamOperator<BlocScore> scores = events.keyBy(BlocEvent::key)
                .process(new BlocPolarizationFunction(scenarios)).uid("bloc-polarization").name("bloc-polarization");
        DataStream<Alert> alerts = scores.getSideOutput(BlocPolarizationFunction.ALERTS);
        deadLetters = deadLetters.union(scores.getSideOutput(BlocPolarizationFunction.LATE)
                .map(LateEvents::deadLetter).uid("late-events").name("late-events-to-dead-letters"));

        // Counted just before their sinks: scoresEmitted, alertsOut.type.<TYPE>.count.
        DataStream<BlocScore> countedScores = scores
                .map(CountingMap.<BlocScore>total("scoresEmitted")).returns(scores.getType())
                .uid("count-scores").name("count-scores");
        DataStream<Alert> countedAlerts = alerts
                .map(CountingMap.<Alert>byLabel("alertsOut", "type", Alert::type)).returns(alerts.getType())
                .uid("count-alerts").name("count-alerts");

        sink(tagged.sinkTo(sinks.tagged()), "sink-tagged");
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
}
