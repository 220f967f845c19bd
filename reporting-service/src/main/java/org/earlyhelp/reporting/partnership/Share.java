package org.earlyhelp.reporting.partnership;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share of a total as the reports give it: rounded half up to 3 decimals, 0 when the total is 0. */
public final class Share {

    private Share() {
    }

    public static BigDecimal of(long part, long total) {
        if (total == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal share = BigDecimal.valueOf(part).divide(BigDecimal.valueOf(total), 3, RoundingMode.HALF_UP).stripTrailingZeros();
        return share.scale() < 0 ? share.setScale(0) : share;
    }
}
