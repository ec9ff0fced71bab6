package org.livebase.opendata;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV: CRLF between records, and a field quoted, its quotes doubled, when it holds a comma, quote or line break. */
final class Csv {

    /** Written first, so that Excel reads the file as UTF-8 and shows the Chinese names instead of mojibake. */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private Csv() {
    }

    static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /**
     * Free text as a spreadsheet may safely open it: a cell that starts like a formula ({@code =}, {@code +}, {@code -},
     * {@code @}, or a tab or carriage return) gets a leading apostrophe, so that a name someone registered as
     * {@code =HYPERLINK(…)} is shown, not run, on a journalist's machine. The JSON export keeps the text as it is.
     */
    static String defused(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
