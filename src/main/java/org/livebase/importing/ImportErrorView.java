package org.livebase.importing;

/** One problem of a file: the line (1 is the header), the column, and why, as a code and in both languages. */
public record ImportErrorView(long line, String field, String code, String message, String messageZh) {

    static ImportErrorView from(RowError error) {
        Reason reason = Reason.of(error.key(), error.argument());
        return new ImportErrorView(error.line(), error.field(), reason.code(), reason.message(), reason.messageZh());
    }
}
