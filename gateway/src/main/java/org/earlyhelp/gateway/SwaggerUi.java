package org.earlyhelp.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /q/swagger-ui}: Swagger UI (from the org.webjars:swagger-ui jar) over the combined
 * document at {@code /q/openapi}. "Authorize" takes a bearer token, e.g. from {@code ./earlyhelp token teacher}.
 */
final class SwaggerUi {

    /** Must match the org.webjars:swagger-ui version in the gateway's pom (a test loads the bundle). */
    static final String VERSION = "5.20.0";
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui-bundle.js", "application/javascript",
            "swagger-ui-standalone-preset.js", "application/javascript",
            "swagger-ui.css", "text/css");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Early help platform API</title>
              <link rel="stylesheet" href="/q/swagger-ui/swagger-ui.css">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/q/swagger-ui/swagger-ui-bundle.js"></script>
              <script src="/q/swagger-ui/swagger-ui-standalone-preset.js"></script>
              <script>
                window.ui = SwaggerUIBundle({url: "/q/openapi", dom_id: "#swagger-ui", deepLinking: true,
                  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout",
                  persistAuthorization: false});
              </script>
            </body>
            </html>
            """;

    static void page(RoutingContext context) {
        context.response().putHeader("Content-Type", "text/html; charset=utf-8").end(PAGE);
    }

    static void asset(RoutingContext context) {
        String name = context.pathParam("asset");
        String type = ASSETS.get(name);
        if (type == null) {
            context.next();
            return;
        }
        try (InputStream in = SwaggerUi.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/swagger-ui/" + VERSION + "/" + name)) {
            if (in == null) {
                context.next();
                return;
            }
            context.response().putHeader("Content-Type", type).putHeader("Cache-Control", "public, max-age=86400")
                    .end(Buffer.buffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SwaggerUi() {
    }
}
