package org.earlyhelp.notification.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where a webhook may be sent: to a public address only. A subscription URL must be {@code https} (unless
 * {@code earlyhelp.webhooks.require-https=false}, for dev and tests), and every address its host resolves to must be
 * public: loopback, private, link-local (the cloud metadata service at 169.254.169.254), carrier-grade NAT, unique-local,
 * multicast and unspecified addresses are refused, so a partner cannot make the platform call its own services,
 * Keycloak or the cloud's metadata. Checked when a partner subscribes and again before every delivery, after DNS
 * resolution (a name that later resolves somewhere private is refused then). {@code earlyhelp.webhooks.allowed-addresses}
 * names exact addresses exempt from the rule (a local receiver in dev and tests); empty by default.
 */
@ApplicationScoped
public class WebhookAddresses {

    /** Resolves a host name; the system resolver in the service, a fixed table in unit tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean requireHttps;
    private final Set<InetAddress> allowed;
    private final Resolver resolver;

    @Inject
    public WebhookAddresses(WebhookSettings settings) {
        this(settings.requireHttps(), settings.allowedAddresses().orElse(Set.of()), InetAddress::getAllByName);
    }

    WebhookAddresses(boolean requireHttps, Set<String> allowedAddresses, Resolver resolver) {
        this.requireHttps = requireHttps;
        this.allowed = allowedAddresses.stream().map(WebhookAddresses::literal).collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** Why {@code url} may not receive webhooks, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("the URL is not a valid absolute URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !requireHttps)) {
            return Optional.of("webhooks are sent over https only");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("the URL may not carry credentials");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("the URL names no host");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("the host does not resolve");
        }
        if (addresses.length == 0) {
            return Optional.of("the host does not resolve");
        }
        return Arrays.stream(addresses).filter(address -> !allowed.contains(address) && !isPublic(address)).findFirst()
                .map(address -> "the host resolves to an address that is not public (loopback, private, link-local or reserved)");
    }

    /** A public unicast address: none of loopback, private, link-local, CGNAT, unique-local, multicast, unspecified, reserved. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT (and Alibaba's metadata)
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique-local fc00::/7 (AWS's metadata fd00:ec2::254 among them)
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return false; // documentation 2001:db8::/32
            }
            if (first == 0 && b[10] == (byte) 0xff && b[11] == (byte) 0xff) {
                return false; // IPv4-mapped addresses are judged by the IPv4 rule; the JDK usually converts them already
            }
        }
        return true;
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address.trim()); // a literal address: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("earlyhelp.webhooks.allowed-addresses: '" + address + "' is not an IP address", e);
        }
    }
}
