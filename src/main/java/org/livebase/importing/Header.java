package org.livebase.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of an import file: which column sits where. Names match in any case, with spaces or hyphens for
 * underscores, in English or by the Chinese alias.
 */
final class Header {

    private final Map<String, Integer> positions;
    private final int width;

    private Header(Map<String, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** The header, or the problems with it: unknown, repeated and missing columns, each an error on line 1. */
    static Header read(ImportKind kind, List<String> names, List<RowError> problems) {
        Map<String, ImportColumn> known = new HashMap<>();
        for (ImportColumn column : kind.columns()) {
            known.put(normal(column.name()), column);
            known.put(normal(column.zh()), column);
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String raw = names.get(i).strip();
            ImportColumn column = known.get(normal(raw));
            if (column == null) {
                problems.add(new RowError(1, raw.isEmpty() ? "column " + (i + 1) : raw, "import.header.unknown", null));
            } else if (positions.putIfAbsent(column.name(), i) != null) {
                problems.add(new RowError(1, column.name(), "import.header.repeated", null));
            }
        }
        for (ImportColumn column : kind.columns()) {
            if (column.required() && !positions.containsKey(column.name())) {
                problems.add(new RowError(1, column.name(), "import.header.missing", null));
            }
        }
        return new Header(positions, names.size());
    }

    int width() {
        return width;
    }

    /** The value of a column in a record, trimmed; null when blank or when the file has no such column. */
    String get(List<String> record, String column) {
        Integer position = positions.get(column);
        if (position == null || position >= record.size()) {
            return null;
        }
        String value = record.get(position).strip();
        return value.isEmpty() ? null : value;
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
