package org.livebase.city;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.quarkus.qute.RawString;

/**
 * Data for a page's scripts as the body of a {@code <script type="application/json">} block. The browser does not decode
 * HTML entities inside a script element, so Qute's HTML escaping would corrupt the JSON; instead every character that
 * could end the element or start markup ({@code < > & '}) is written as a JSON {@code \}{@code uXXXX} escape, which
 * keeps names typed by users inert, and the result is handed to the template as already safe.
 */
final class ScriptJson {

    private static final ObjectWriter WRITER = new ObjectMapper().writer().with(new HtmlSafe());

    private ScriptJson() {
    }

    static RawString of(Object data) {
        try {
            return new RawString(WRITER.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Page data that cannot be written as JSON: " + data, e);
        }
    }

    private static final class HtmlSafe extends CharacterEscapes {

        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafe() {
            for (char c : "<>&'".toCharArray()) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
