package org.earlyhelp.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Test only: the SQL statements Hibernate prepares on the current thread while {@link #during} runs, so a test counts what one
 * call costs and nothing that background work (the outbox relay, the consumers, the gauges) does meanwhile. A JDBC batch of
 * the same insert is prepared, and counted, once.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class CountedStatements implements StatementInspector {

    private static final ThreadLocal<List<String>> SEEN = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> seen = SEEN.get();
        if (seen != null) {
            seen.add(sql);
        }
        return sql;
    }

    /** The statements {@code work} had prepared, in order. */
    public static List<String> during(Runnable work) {
        SEEN.set(new ArrayList<>());
        try {
            work.run();
            return List.copyOf(SEEN.get());
        } finally {
            SEEN.remove();
        }
    }
}
