package org.earlyhelp.reporting.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import io.agroal.api.AgroalDataSource;

/**
 * Plain SQL with named parameters ({@code :area}). {@link #statement} runs on the connection of the current Hibernate
 * session, so it joins the caller's transaction (an event's inbox claim, a rebuild). {@link #read} runs a query on a
 * connection of its own from the pool, outside any transaction: the reports run their aggregate queries side by side that
 * way. The read model is written with upserts and read with aggregate queries: no entities. A null parameter is bound
 * untyped, for PostgreSQL to infer from its place.
 */
@ApplicationScoped
public class Sql {

    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-zA-Z][a-zA-Z0-9_]*)");

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;

    public Sql(EntityManager entityManager, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** A statement in the current transaction. */
    public Statement statement(String sql) {
        return new Statement(sql, false);
    }

    /** A query on a pooled connection of its own, outside any transaction (safe from any thread). */
    public Statement read(String sql) {
        return new Statement(sql, true);
    }

    /** One statement and its parameters. */
    public final class Statement {
        private final String sql;
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final boolean ownConnection;

        private Statement(String sql, boolean ownConnection) {
            this.sql = sql;
            this.ownConnection = ownConnection;
        }

        public Statement with(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        public int update() {
            if (ownConnection) {
                throw new IllegalStateException("A write belongs in the caller's transaction: use statement()");
            }
            return entityManager.unwrap(Session.class).doReturningWork(connection -> {
                try (PreparedStatement statement = prepare(connection)) {
                    return statement.executeUpdate();
                }
            });
        }

        public List<Row> rows() {
            if (ownConnection) {
                try (Connection connection = dataSource.getConnection()) {
                    return query(connection);
                } catch (SQLException e) {
                    throw new IllegalStateException("Report query failed: " + e.getMessage(), e);
                }
            }
            return entityManager.unwrap(Session.class).doReturningWork(this::query);
        }

        private List<Row> query(Connection connection) throws SQLException {
            {
                try (PreparedStatement statement = prepare(connection); ResultSet rs = statement.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<Row> rows = new ArrayList<>();
                    while (rs.next()) {
                        Object[] values = new Object[meta.getColumnCount()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = rs.getObject(i + 1);
                        }
                        rows.add(new Row(values));
                    }
                    return rows;
                }
            }
        }

        /** The single row of an aggregate query. */
        public Row row() {
            List<Row> rows = rows();
            if (rows.size() != 1) {
                throw new IllegalStateException("Expected one row, got " + rows.size());
            }
            return rows.get(0);
        }

        private PreparedStatement prepare(Connection connection) throws SQLException {
            Matcher matcher = NAMED.matcher(sql);
            List<Object> values = new ArrayList<>();
            StringBuilder positional = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                if (!parameters.containsKey(name)) {
                    throw new IllegalArgumentException("No value for :" + name);
                }
                values.add(parameters.get(name));
                matcher.appendReplacement(positional, "?");
            }
            matcher.appendTail(positional);
            PreparedStatement statement = connection.prepareStatement(positional.toString());
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            return statement;
        }
    }
}
