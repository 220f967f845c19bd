package org.earlyhelp.gateway.asyncapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * The platform's AsyncAPI document, as the event-contracts module ships it ({@code org/earlyhelp/events/asyncapi.yaml}):
 * {@code GET /asyncapi.yaml} serves the file unchanged, {@code GET /asyncapi} an HTML rendering of it ({@link AsyncApiPage}).
 * Both are read and rendered once, at start-up; both are public, like {@code /q/openapi}: the document describes the
 * contract, never data. The page has no script: its CSP lets in its own inline styles and nothing else.
 */
public final class AsyncApiDocument {

    /** Where event-contracts keeps the document (its AsyncApiDocumentTest checks it against the event records). */
    static final String RESOURCE = "org/earlyhelp/events/asyncapi.yaml";
    /** The YAML media type (RFC 9512). */
    static final String YAML_TYPE = "application/yaml; charset=utf-8";
    static final String PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final Buffer yaml;
    private final Buffer page;

    private AsyncApiDocument(byte[] yaml, String page) {
        this.yaml = Buffer.buffer(yaml);
        this.page = Buffer.buffer(page);
    }

    /** Reads the document from the classpath and renders its page; a missing or unreadable document fails start-up. */
    public static AsyncApiDocument load() {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: the gateway depends on event-contracts for it");
            }
            byte[] bytes = in.readAllBytes();
            JsonNode document = new YAMLMapper().readTree(bytes);
            return new AsyncApiDocument(bytes, AsyncApiPage.render(document));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** {@code GET /asyncapi.yaml}: the file as it is. */
    public void yaml(RoutingContext context) {
        context.response().putHeader("Content-Type", YAML_TYPE).putHeader("Cache-Control", "no-cache")
                .putHeader("Content-Disposition", "inline; filename=\"asyncapi.yaml\"").end(yaml);
    }

    /** {@code GET /asyncapi}: the rendering. */
    public void page(RoutingContext context) {
        context.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-cache")
                .putHeader("Content-Security-Policy", PAGE_CSP).end(page);
    }
}
