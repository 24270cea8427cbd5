package dev.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.parley.api.forecast.Accuracy;

class AccuracyMeterTest {

    @Test
    void mapeLeavesOutZeroActualsWhileWapeAndSmapeCountThem() {
        AccuracyMeter meter = new AccuracyMeter();
        meter.add(10, 12); // 20 %, sMAPE 2*2/22
        meter.add(0, 3); // no percentage; sMAPE 200 %
        meter.add(0, 0); // nothing but a period
        meter.add(20, 15); // 25 %, sMAPE 2*5/35

        Accuracy accuracy = meter.accuracy();

        assertThat(accuracy.mape()).isCloseTo(22.5, within(1e-9));
        assertThat(accuracy.wape()).isCloseTo(100.0 * (2 + 3 + 5) / 30, within(1e-9));
        assertThat(accuracy.smape()).isCloseTo(100.0 * (4.0 / 22 + 2 + 10.0 / 35) / 3, within(1e-9));
        assertThat(accuracy.periods()).isEqualTo(4);
    }

    @Test
    void nothingToMeasureIsNullNotZero() {
        AccuracyMeter meter = new AccuracyMeter();
        meter.add(0, 0);

        assertThat(meter.accuracy()).isEqualTo(new Accuracy(null, null, null, 1));
    }
}
