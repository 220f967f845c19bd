package org.earlyhelp.platform.sealing;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "earlyhelp.events")
public interface SealingConfig {
    /**
     * Base64 AES key (128, 192 or 256 bits) shared only by the services that write or read
     * sealed event fields. Set it from a secret in every real deployment.
     */
    Optional<String> sealingKey();
}
