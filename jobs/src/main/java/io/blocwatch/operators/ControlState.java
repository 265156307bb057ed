package io.blocwatch.operators;

import io.blocwatch.control.ControlUpdate;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/** The broadcast state: the update in force per kind, checkpointed with the job. */
public final class ControlState {

    private ControlState() {}

    public static final MapStateDescriptor<String, ControlUpdate> UPDATES =
            new MapStateDescriptor<>("control-updates", Types.STRING, TypeInformation.of(ControlUpdate.class));
}
