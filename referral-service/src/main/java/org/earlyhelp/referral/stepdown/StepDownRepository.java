package org.earlyhelp.referral.stepdown;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StepDownRepository implements PanacheRepositoryBase<StepDown, UUID> {
}
