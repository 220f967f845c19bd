package org.earlyhelp.platform.json;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Dates in a body: an ISO string {@code yyyy-MM-dd} from {@link #EARLIEST} to {@link #LATEST} (api.md). A number, an
 * array or a date outside the range is refused: PostgreSQL's range is wider than any record's, and a date that far out is a typo.
 */
public final class BoundedDates extends StdScalarDeserializer<LocalDate> {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    static final String RULE = "must be an ISO date (yyyy-MM-dd) from 1900-01-01 to 2100-12-31";

    BoundedDates() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new InvalidFormatException(parser, RULE, parser.getText(), LocalDate.class);
        }
        String text = parser.getText();
        LocalDate date = parse(text);
        if (date == null) {
            throw new InvalidFormatException(parser, RULE, text, LocalDate.class);
        }
        return date;
    }

    /** @return the date, or null when the text is not an ISO date within the range. */
    public static LocalDate parse(String text) {
        if (text == null || text.length() != 10) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
