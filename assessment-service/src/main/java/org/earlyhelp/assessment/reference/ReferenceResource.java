package org.earlyhelp.assessment.reference;

import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.earlyhelp.events.NeedIndicator;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;

/** {@code /api/reference}: the fixed vocabularies of the API, with plain-English labels. */
@Path("/api/reference")
@RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER, Roles.MANAGER, Roles.AUDITOR,
        Roles.PARTNER_SYSTEM, Roles.ADMIN })
public class ReferenceResource {

    public record Code(String code, String label) {
    }

    @GET
    @Path("/need-indicators")
    public Page<Code> needIndicators() {
        var codes = Arrays.stream(NeedIndicator.values()).map(n -> new Code(n.name(), n.label())).toList();
        return Page.all(codes);
    }
}
