package org.earlyhelp.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeycloakRealmOriginsTest {

    @Test
    @DisplayName("the web client's redirect URI and web origin placeholders become one array element per front-end origin")
    void expandsEachOrigin() {
        String realm = """
                {"redirectUris": ["${EARLYHELP_FRONTEND_ORIGINS:http://localhost:3000}/*"],
                 "webOrigins": ["${EARLYHELP_FRONTEND_ORIGINS}"], "other": "http://localhost:8080/*"}""";
        String expanded = KeycloakServer.withFrontendOrigins(realm, List.of("http://localhost:3000", "https://app.example.org"));
        assertThat(expanded).isEqualTo("""
                {"redirectUris": ["http://localhost:3000/*", "https://app.example.org/*"],
                 "webOrigins": ["http://localhost:3000", "https://app.example.org"], "other": "http://localhost:8080/*"}""");
    }

    @Test
    @DisplayName("EARLYHELP_FRONTEND_ORIGINS is comma-separated, blanks dropped; unset or blank is http://localhost:3000, as the gateway's CORS default")
    void originsFromTheVariable() {
        assertThat(KeycloakServer.frontendOrigins(" http://a.test:3000 , ,https://b.test ")).containsExactly("http://a.test:3000", "https://b.test");
        assertThat(KeycloakServer.frontendOrigins(null)).containsExactly("http://localhost:3000");
        assertThat(KeycloakServer.frontendOrigins("  ")).containsExactly("http://localhost:3000");
    }

    @Test
    @DisplayName("an origin with a path, a quote or no scheme is refused before it reaches the realm")
    void refusesWhatIsNotAnOrigin() {
        for (String bad : List.of("http://a.test/app", "localhost:3000", "http://a.test\",\"http://evil.test", "*")) {
            assertThatThrownBy(() -> KeycloakServer.withFrontendOrigins("[\"${EARLYHELP_FRONTEND_ORIGINS}\"]", List.of(bad)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("the demo realm's earlyhelp-web client takes its redirect URIs and web origins from EARLYHELP_FRONTEND_ORIGINS, and nothing else does")
    void theDemoRealmUsesThePlaceholderForTheWebClientOnly() throws Exception {
        String realm = Files.readString(Path.of("..", "deploy", "keycloak", "earlyhelp-realm.json"));
        String expanded = KeycloakServer.withFrontendOrigins(realm, List.of("http://localhost:3000", "http://localhost:4100"));
        assertThat(expanded).doesNotContain("${EARLYHELP_FRONTEND_ORIGINS").contains("\"http://localhost:3000/*\", \"http://localhost:4100/*\"")
                .contains("\"http://localhost:3000\", \"http://localhost:4100\"");
        assertThat(realm.split("\\$\\{EARLYHELP_FRONTEND_ORIGINS:http://localhost:3000}", -1)).hasSize(3);
    }
}
