package org.earlyhelp.assessment.reference;

import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.earlyhelp.events.NeedIndicator;
import org.earlyhelp.events.SupportingFamiliesHeadline;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/reference}: the fixed vocabularies of the API, with plain-English labels. */
@Path("/api/reference")
@RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER, Roles.MANAGER, Roles.AUDITOR,
        Roles.PARTNER_SYSTEM, Roles.ADMIN })
public class ReferenceResource {

    public record Code(String code, String label) {
    }

    /** A need indicator and the Supporting Families headline outcome it belongs to (null for OTHER, described in words). */
    public record Need(String code, String label, String headline, String headlineLabel) {
    }

    @GET
    @Path("/need-indicators")
    @Operation(summary = "List the need indicator codes, each with its Supporting Families headline")
    public Page<Need> needIndicators() {
        var codes = Arrays.stream(NeedIndicator.values()).map(n -> new Need(n.name(), n.label(),
                n.headline().map(Enum::name).orElse(null), n.headline().map(SupportingFamiliesHeadline::label).orElse(null))).toList();
        return Page.all(codes);
    }

    /** The ten headline outcomes of the Supporting Families programme, which the needs and the reports are counted under. */
    @GET
    @Path("/supporting-families-headlines")
    @Operation(summary = "List the Supporting Families headlines")
    public Page<Code> headlines() {
        return Page.all(Arrays.stream(SupportingFamiliesHeadline.values()).map(h -> new Code(h.name(), h.label())).toList());
    }
}
