package io.blocwatch.alerting;

/** The polarization index at an event time (Flink POJO). */
public class PolarizationSample {
    public long time;
    public double polarization;

    public PolarizationSample() {}

    public PolarizationSample(long time, double polarization) {
        this.time = time;
        this.polarization = polarization;
    }
}
