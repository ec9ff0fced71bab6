package org.livebase.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time from a stream, so that a file of any size is read in constant memory: UTF-8
 * only (a byte that is not UTF-8 stops the reading with {@link Unreadable}), an optional byte order mark, fields quoted
 * with {@code "} and quotes inside doubled, CRLF or LF between records, line breaks allowed inside quotes. A record
 * longer than {@code maxRecord} characters also stops the reading: past that it is not a table someone made.
 */
final class CsvReader implements Closeable {

    /** Why reading stopped: a message key, and the line it stopped at. */
    static final class Unreadable extends Exception {

        final long line;
        final String key;

        Unreadable(long line, String key) {
            super(key + " at line " + line, null, false, false);
            this.line = line;
            this.key = key;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024).flip();
    private boolean ended;
    private boolean malformed;
    private boolean finished;
    private final int maxRecord;
    /** The physical line the next character is on, counted from 1. */
    private long line = 1;
    private long recordLine;
    private boolean started;
    private final StringBuilder field = new StringBuilder();

    CsvReader(InputStream bytes, int maxRecord) {
        this.in = bytes;
        this.maxRecord = maxRecord;
    }

    /** The line the record last read starts on, for error reports. */
    long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the file. */
    List<String> next() throws Unreadable {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c < 0) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        int length = 0;
        field.setLength(0);
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (++length > maxRecord) {
                throw new Unreadable(recordLine, "import.file.line-too-long");
            }
            if (quoted) {
                if (c < 0) {
                    throw new Unreadable(recordLine, "import.file.open-quote");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n' || c < 0) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n' && after >= 0) {
                        chars.position(chars.position() - 1);
                    }
                }
                if (c >= 0) {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == '"' || wasQuoted) {
                // A quote inside an unquoted field, or text after a closing quote: not RFC 4180, and guessing what was
                // meant could shift every later column.
                throw new Unreadable(recordLine, "import.file.stray-quote");
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws Unreadable {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        return chars.get();
    }

    /**
     * Decodes the next characters; false at the end of the file. Decoding is done here rather than by a Reader, which
     * would throw away the characters it decoded before a bad byte, so that the error is reported at its own line.
     */
    private boolean fill() throws Unreadable {
        chars.clear();
        if (finished) {
            chars.flip();
            return false;
        }
        try {
            while (chars.position() == 0) {
                if (malformed) {
                    throw new Unreadable(line, "import.file.encoding");
                }
                CoderResult result = decoder.decode(bytes, chars, ended);
                if (result.isError()) {
                    malformed = true;
                } else if (result.isUnderflow()) {
                    if (ended) {
                        if (decoder.flush(chars).isError()) {
                            malformed = true;
                        } else {
                            finished = true;
                            break;
                        }
                    } else {
                        bytes.compact();
                        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                        if (read < 0) {
                            ended = true;
                        } else {
                            bytes.position(bytes.position() + read);
                        }
                        bytes.flip();
                    }
                }
            }
        } catch (IOException e) {
            throw new Unreadable(line, "import.file.unreadable");
        }
        chars.flip();
        return chars.hasRemaining();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
