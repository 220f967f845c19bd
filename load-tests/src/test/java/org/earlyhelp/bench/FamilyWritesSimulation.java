package org.earlyhelp.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.UUID;

import io.gatling.javaapi.core.Simulation;

/**
 * For the ratio to the database's ceiling: {@code POST /api/families} (a family, its child and
 * parent, the outbox row and the audit entry) by {@code -Dbench.clients} (default 8) clients in a
 * closed loop, each sending its next as soon as it has its answer, the same concurrency pgbench uses for the equivalent
 * transaction.
 */
public class FamilyWritesSimulation extends Simulation {
    {
        // closed model: each user registers one family; Gatling keeps the number of users in flight constant
        setUp(scenario("register family").exec(session -> session.set("token", Practitioners.TEACHER))
                .exec(session -> session.set("surname", "Bench" + UUID.randomUUID().toString().substring(0, 13)))
                .exec(http("register family").post("/api/families").header("Authorization", "Bearer #{token}")
                        .body(StringBody("""
                                        {"area": "isle-of-wight", "familyName": "#{surname}", "postcode": "PO30 1UD", "members": [
                                          {"givenName": "Amy", "familyName": "#{surname}", "dateOfBirth": "2015-03-02", "role": "CHILD"},
                                          {"givenName": "Beth", "familyName": "#{surname}", "dateOfBirth": "1988-07-02", "role": "PARENT"}]}"""))
                        .check(status().is(201)))
                .injectClosed(constantConcurrentUsers(Integer.getInteger("bench.clients", 8)).during(Bench.duration(30))))
                .protocols(Bench.protocol());
    }
}
