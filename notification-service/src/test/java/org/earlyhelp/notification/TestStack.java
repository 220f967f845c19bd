package org.earlyhelp.notification;

import org.earlyhelp.localstack.ServiceTestStack;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Real PostgreSQL and Kafka (one each for this test JVM), the OIDC test server and a real SMTP server, for every @QuarkusTest here. */
@QuarkusTestResource(ServiceTestStack.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SmtpServer.class)
public class TestStack {
}
