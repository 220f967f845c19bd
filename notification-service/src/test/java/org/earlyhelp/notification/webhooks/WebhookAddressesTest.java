package org.earlyhelp.notification.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where webhooks may go, with a fixed resolver (no DNS): public https only, re-judged after resolution. */
class WebhookAddressesTest {

    static final Map<String, String> DNS = Map.of("partner.example.org", "203.0.113.10", "rebound.example.org", "10.1.2.3",
            "meta.example.org", "169.254.169.254");

    static InetAddress[] resolve(String host) throws UnknownHostException {
        if (DNS.containsKey(host)) {
            return new InetAddress[] { InetAddress.getByName(DNS.get(host)) };
        }
        if (host.matches("[0-9a-fA-F.:]+")) {
            return new InetAddress[] { InetAddress.getByName(host) }; // a literal: no lookup
        }
        throw new UnknownHostException(host);
    }

    final WebhookAddresses production = new WebhookAddresses(true, Set.of(), WebhookAddressesTest::resolve);

    @Test
    @DisplayName("a public https URL is accepted")
    void publicHttpsIsAccepted() {
        assertThat(production.refusal("https://partner.example.org/hooks")).isEmpty();
        assertThat(production.refusal("https://203.0.113.10:8443/hooks")).isEmpty();
    }

    @Test
    @DisplayName("plain http is refused unless the deployment allows it (dev and tests)")
    void httpOnlyWhereAllowed() {
        assertThat(production.refusal("http://partner.example.org/hooks")).hasValue("webhooks are sent over https only");
        assertThat(new WebhookAddresses(false, Set.of(), WebhookAddressesTest::resolve).refusal("http://partner.example.org/hooks")).isEmpty();
        assertThat(production.refusal("ftp://partner.example.org/hooks")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://127.0.0.1/", "https://127.8.9.10/", "https://10.0.0.1/", "https://172.16.4.4/", "https://192.168.1.1/",
            "https://169.254.169.254/latest/meta-data/", "https://100.100.100.200/", "https://0.0.0.0/", "https://[::1]/",
            "https://[fe80::1]/", "https://[fd00:ec2::254]/", "https://[::ffff:127.0.0.1]/", "https://224.0.0.1/",
            "https://255.255.255.255/", "https://rebound.example.org/", "https://meta.example.org/" })
    @DisplayName("loopback, private, link-local, CGNAT, unique-local, multicast and names resolving to them are refused")
    void nonPublicAddressesAreRefused(String url) {
        assertThat(production.refusal(url)).hasValueSatisfying(why -> assertThat(why).contains("not public"));
    }

    @Test
    @DisplayName("a host that does not resolve, a URL with credentials or without a host is refused")
    void unresolvableOrOddUrlsAreRefused() {
        assertThat(production.refusal("https://keycloak.internal/")).hasValue("the host does not resolve");
        assertThat(production.refusal("https://user:secret@partner.example.org/")).hasValue("the URL may not carry credentials");
        assertThat(production.refusal("https:///nohost")).isPresent();
        assertThat(production.refusal("https://bad host/")).isPresent();
    }

    @Test
    @DisplayName("an address the deployment names is exempt, and only that one")
    void allowedAddressesAreExact() {
        WebhookAddresses local = new WebhookAddresses(false, Set.of("127.0.0.1"), WebhookAddressesTest::resolve);
        assertThat(local.refusal("http://127.0.0.1:9999/hooks")).isEmpty();
        assertThat(local.refusal("http://127.0.0.2:9999/hooks")).isPresent();
        assertThat(local.refusal("http://10.0.0.1/hooks")).isPresent();
    }
}
