package org.earlyhelp.referral.stepdown;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record SocialWorkerRef(@NotBlank @Size(max = 200) String userId, @NotBlank @Size(max = 200) String name) {
}
