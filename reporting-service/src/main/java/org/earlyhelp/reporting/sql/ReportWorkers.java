package org.earlyhelp.reporting.sql;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Runs a report's independent aggregate queries side by side ({@code earlyhelp.reports.parallel-queries} at once, each on a
 * pooled connection of its own): PostgreSQL runs each in its own process, so a report takes about as long as its slowest
 * queries rather than all of them in a row.
 */
@ApplicationScoped
public class ReportWorkers {

    @ConfigMapping(prefix = "earlyhelp.reports")
    public interface ReportsConfig {
        /** How many of one report's queries run at once. */
        @WithDefault("3")
        int parallelQueries();
    }

    private final ExecutorService executor;

    public ReportWorkers(ReportsConfig config) {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, config.parallelQueries()), task -> {
            Thread thread = new Thread(task, "report-query-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public <T> CompletableFuture<T> start(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, executor);
    }

    /** The answer of a query started here; its failure thrown as it was. */
    public static <T> T answer(CompletableFuture<T> query) {
        try {
            return query.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
