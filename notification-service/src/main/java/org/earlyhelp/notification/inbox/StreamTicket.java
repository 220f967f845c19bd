package org.earlyhelp.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.earlyhelp.platform.security.Caller;

/**
 * A short-lived, single-use credential for the notification stream, for a browser's {@code EventSource} (which cannot send
 * a bearer header): issued to a verified caller, it stands for that caller (user id, area, agency, roles) once, before it
 * expires. Only its SHA-256 is stored, so the table holds nothing that opens a stream.
 */
@Entity
@Table(name = "stream_ticket")
public class StreamTicket {

    /** 32 random bytes, base64url without padding: 43 characters. */
    static final int TICKET_BYTES = 32;
    /** Longer than any ticket this service issues: anything longer is refused before it is hashed. */
    public static final int MAX_LENGTH = 64;

    @Id
    @Column(name = "ticket_hash")
    private String ticketHash;
    @Column(name = "user_id")
    private String userId;
    private String area;
    private String agency;
    private String roles;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected StreamTicket() {
    }

    /** A new ticket for the caller, valid for {@code validFor} from {@code now}: the ticket itself (shown once) and what is stored. */
    static Issued issue(Caller caller, Instant now, Duration validFor, SecureRandom random) {
        byte[] bytes = new byte[TICKET_BYTES];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        StreamTicket stored = new StreamTicket();
        stored.ticketHash = hash(ticket);
        stored.userId = caller.userId();
        stored.area = caller.area();
        stored.agency = caller.agency();
        stored.roles = String.join(",", caller.roles());
        stored.issuedAt = now;
        stored.expiresAt = now.plus(validFor);
        return new Issued(ticket, stored);
    }

    /** The ticket as given and as stored. {@code toString} leaves the ticket out, so it cannot reach a log by accident. */
    record Issued(String ticket, StreamTicket stored) {
        @Override
        public String toString() {
            return "Issued[expiresAt=" + stored.expiresAt + "]";
        }
    }

    /** The stored form of a ticket: its SHA-256, hex. */
    static String hash(String ticket) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether a string could be a ticket at all (length, base64url alphabet): anything else is refused without a look-up. */
    static boolean wellFormed(String ticket) {
        return ticket != null && !ticket.isEmpty() && ticket.length() <= MAX_LENGTH && ticket.chars()
                .allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }

    /** The caller this ticket stands for, when redeemed at {@code now}: empty once it has expired (valid until, not at, its expiry). */
    Optional<Caller> callerAt(Instant now) {
        if (!now.isBefore(expiresAt)) {
            return Optional.empty();
        }
        Set<String> roleSet = new LinkedHashSet<>(Arrays.asList(roles.split(",")));
        roleSet.remove("");
        return Optional.of(new Caller(userId, area, agency, Set.copyOf(roleSet)));
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
