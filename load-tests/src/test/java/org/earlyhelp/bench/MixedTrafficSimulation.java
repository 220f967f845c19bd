package org.earlyhelp.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import io.gatling.javaapi.core.Simulation;

/**
 * Scenario 1: mixed practitioner traffic at a constant open-loop arrival rate ({@code -Dbench.rate},
 * default 300/s) for {@code -Dbench.seconds} (default 60), after a 10 s ramp. Also the steps of
 * scenario 3 (the ramp): the bench runs it at rising rates and reports where p99 passes 100 ms.
 */
public class MixedTrafficSimulation extends Simulation {
    {
        int rate = Bench.rate(300);
        setUp(Practitioners.mixed("mixed practitioner traffic").injectOpen(
                rampUsersPerSec(1).to(rate).during(10),
                constantUsersPerSec(rate).during(Bench.duration(60))))
                .protocols(Bench.protocol());
    }
}
