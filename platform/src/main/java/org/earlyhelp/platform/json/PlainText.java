package org.earlyhelp.platform.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Text fields: a JSON string only (no number or boolean turned into text), with no NUL or other control character
 * but tab, line feed and carriage return (PostgreSQL refuses NUL in text, and control characters have no place in a record).
 */
final class PlainText extends StdScalarDeserializer<String> {

    PlainText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getText();
        if (!isPlain(text)) {
            throw new InvalidFormatException(parser, "must not contain control characters (such as NUL)", text, String.class);
        }
        return text;
    }

    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
