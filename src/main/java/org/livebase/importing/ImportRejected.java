package org.livebase.importing;

import java.util.List;

/**
 * A file refused at upload, before any job is made: too large (413), or not a CSV of the kind with a header and rows
 * (422). The errors name the line (1 is the header) and the column.
 */
public class ImportRejected extends RuntimeException {

    final int status;
    final List<RowError> errors;

    ImportRejected(int status, List<RowError> errors) {
        super(errors.isEmpty() ? "import rejected" : errors.get(0).key(), null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    ImportRejected(int status, long line, String field, String key) {
        this(status, List.of(new RowError(line, field, key, null)));
    }
}
