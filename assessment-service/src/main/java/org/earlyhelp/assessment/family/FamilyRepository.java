package org.earlyhelp.assessment.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.earlyhelp.assessment.access.VisibleFamilies;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.web.Versions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FamilyRepository implements PanacheRepositoryBase<Family, UUID> {

    /** Any change inside the aggregate is a new version of it (see {@link Versions#newVersion}). */
    public void newVersion(Family family) {
        Versions.newVersion(getEntityManager(), family);
    }

    public Optional<Family> findVisible(UUID id, Caller caller) {
        VisibleFamilies visible = VisibleFamilies.to(caller, "f");
        TypedQuery<Family> query = getEntityManager().createQuery(
                "select f from Family f left join fetch f.members where f.id = :id and " + visible.predicate(), Family.class);
        query.setParameter("id", id);
        visible.parameters().forEach(query::setParameter);
        return query.getResultStream().findFirst();
    }

    /** Families the caller may see, matching {@code q} (a name, a date of birth, an NHS number or a postcode), by name. */
    public Page<Family> search(Caller caller, String q, PageRequest page) {
        VisibleFamilies visible = VisibleFamilies.to(caller, "f");
        StringBuilder where = new StringBuilder(visible.predicate());
        Map<String, Object> params = new HashMap<>(visible.parameters());
        if (q != null && !q.isBlank()) {
            String term = q.trim();
            List<String> matches = new ArrayList<>();
            matches.add("lower(f.familyName) like :like");
            matches.add("exists (select 1 from FamilyMember m where m.family = f and (lower(m.givenName) like :like"
                    + " or lower(m.familyName) like :like or lower(concat(m.givenName, ' ', m.familyName)) like :like"
                    + " or m.nhsNumber = :nhs or m.dateOfBirth = :dob))");
            matches.add("replace(f.postcode, ' ', '') = :postcode");
            params.put("like", "%" + term.toLowerCase() + "%");
            params.put("nhs", Identifiers.normaliseNhsNumber(term));
            params.put("dob", parseDate(term));
            params.put("postcode", term.replace(" ", "").toUpperCase());
            where.append(" and (").append(String.join(" or ", matches)).append(")");
        }
        TypedQuery<Family> query = getEntityManager().createQuery("select f from Family f where " + where + " order by f.familyName, f.id", Family.class);
        TypedQuery<Long> count = getEntityManager().createQuery("select count(f) from Family f where " + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Family> items = query.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList();
        return new Page<>(items, page.page, page.size, count.getSingleResult());
    }

    /** Families in the area with a member who has one of these NHS numbers, or the same names and date of birth. */
    public Set<UUID> possibleDuplicates(String area, Collection<NewMember> members) {
        Set<UUID> found = new LinkedHashSet<>();
        for (NewMember member : members) {
            String nhs = member.nhsNumber() == null || member.nhsNumber().isBlank() ? null : Identifiers.normaliseNhsNumber(member.nhsNumber());
            if (!member.matchableByNameAndBirth()) {
                // an unborn member: no date of birth, perhaps no names; only an NHS number can match
                if (nhs != null) {
                    found.addAll(getEntityManager().createQuery(
                            "select distinct m.family.id from FamilyMember m where m.family.area = :area and m.nhsNumber = :nhs", UUID.class)
                            .setParameter("area", area).setParameter("nhs", nhs).getResultList());
                }
                continue;
            }
            TypedQuery<UUID> query = getEntityManager().createQuery("""
                    select distinct m.family.id from FamilyMember m where m.family.area = :area and (
                      (:nhs is not null and m.nhsNumber = :nhs)
                      or (lower(m.givenName) = :given and lower(m.familyName) = :familyName and m.dateOfBirth = :dob))""", UUID.class);
            query.setParameter("area", area).setParameter("nhs", nhs)
                    .setParameter("given", member.givenName().trim().toLowerCase())
                    .setParameter("familyName", member.familyName().trim().toLowerCase())
                    .setParameter("dob", member.dateOfBirth());
            found.addAll(query.getResultList());
        }
        return found;
    }

    /** Of these family ids, the ones the caller may see. */
    public List<UUID> visibleAmong(Collection<UUID> ids, Caller caller) {
        if (ids.isEmpty()) {
            return List.of();
        }
        VisibleFamilies visible = VisibleFamilies.to(caller, "f");
        TypedQuery<UUID> query = getEntityManager().createQuery(
                "select f.id from Family f where f.id in :ids and " + visible.predicate() + " order by f.id", UUID.class);
        query.setParameter("ids", ids);
        visible.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    private static LocalDate parseDate(String term) {
        try {
            return LocalDate.parse(term);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
