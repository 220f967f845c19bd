package org.earlyhelp.reporting;

import org.earlyhelp.localstack.ServiceTestStack;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Real PostgreSQL and Kafka (one each for this test JVM) and the OIDC test server, for every @QuarkusTest here. */
@QuarkusTestResource(ServiceTestStack.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public class TestStack {
}
