package org.livebase.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/** The bad input every parameter, field and body gets: wrong types, huge and control-laden text, injections, numbers. */
final class HostileValues {

    /** Text a field or parameter gets, as typed (URL-encoded where sent in a URL). */
    static final List<String> TEXT = List.of("abc", "-1", "99999999999999999999", "1e309", "NaN", "' or 1=1 --",
            "<script>alert(1)</script>", "a\u0000\u001b[31m\r\nSet-Cookie: x=y", "%s%n", "unknown-value",
            "x".repeat(100_000));

    /** Path segments: shorter than the text, as a request line longer than the server's limit never reaches the app. */
    static final List<String> PATH = Stream.concat(TEXT.stream().filter(t -> t.length() < 1000), Stream.of("x".repeat(2000),
            "..%2F..%2Fetc%2Fpasswd")).map(HostileValues::pathSegment).toList();

    /** Query values, long ones cut below the server's request-line limit (4096) so that they reach the application. */
    static final List<String> QUERY = Stream.concat(TEXT.stream().filter(t -> t.length() < 1000),
            Stream.of("100000", "y".repeat(3000)))
            .map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8)).toList();

    /** JSON values put in one field of an otherwise plausible body, as raw JSON text. */
    static final List<String> JSON_VALUES = Stream.concat(
            Stream.of("' or 1=1 --", "<script>alert(1)</script>", "a\u0000\u001b\r\nb", "unknown-value",
                    "x".repeat(100_000)).map(HostileValues::jsonString),
            Stream.of("-1", "9223372036854775808", "1e309", "NaN", "true", "{}", "[1,\"x\",null]"))
            .toList();

    /** Bodies that are not JSON, or not of the shape any operation reads. */
    static final List<String> BROKEN_JSON = List.of("", "{\"a\":", "not json", "[]", "\"text\"", "null", "\u0000{}",
            "[".repeat(5000) + "]".repeat(5000));

    private HostileValues() {
    }

    static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** A short form of a value for failure messages. */
    static String shown(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…(" + value.length() + ")" : clean;
    }

    private static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%252F", "%2F");
    }
}
