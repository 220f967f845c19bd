package org.earlyhelp.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/**
 * Scenario 4: the two reads whose cost grows with the dataset, the caseload and a family's timeline, half each, at a
 * light open-loop rate ({@code -Dbench.rate}, default 20/s) for {@code -Dbench.seconds}: what a practitioner waits for
 * once the area holds N families (the teacher leads one plan in a thousand: 1 000 of them at 1 000 000 families).
 */
public class QueriesAtScaleSimulation extends Simulation {
    {
        setUp(scenario("caseload and timeline at scale").feed(Practitioners.families())
                .exec(Practitioners.as(Practitioners.TEACHER, randomSwitch().on(
                        percent(50.0).then(Practitioners.CASELOAD),
                        percent(50.0).then(Practitioners.TIMELINE))))
                .injectOpen(constantUsersPerSec(Bench.rate(20)).during(Bench.duration(30))))
                .protocols(Bench.protocol());
    }
}
