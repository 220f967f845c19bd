package org.earlyhelp.notification.inbox;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.problem.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An unknown, expired or used stream ticket: a 401 problem (the ticket itself is never repeated, nor logged). */
public class StreamTicketProblems {

    @ServerExceptionMapper(value = InvalidStreamTicket.class, priority = Priorities.USER - 100)
    public Response invalidTicket(InvalidStreamTicket e) {
        return Problems.of(Problems.UNAUTHORIZED, 401, "Unauthorized", e.getMessage()).toResponse();
    }
}
