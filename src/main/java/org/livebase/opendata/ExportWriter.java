package org.livebase.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Writes an export as it reads it, batch by batch, flushing after each: the first bytes leave before the second batch
 * is read, and memory holds one batch at most, however many records there are.
 */
@ApplicationScoped
public class ExportWriter {

    @Inject
    ObjectMapper mapper;

    /** A header row, then one row per record; see {@link Column} for how fields become cells. */
    StreamingOutput csv(ExportKind<?> kind) {
        List<Column> columns = kind.columns();
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            out.write(Csv.BYTE_ORDER_MARK);
            Csv.row(out, columns.stream().map(Column::name).toList());
            out.flush();
            each(kind, records -> {
                for (Object record : records) {
                    Csv.row(out, columns.stream()
                            .map(c -> c.text() ? Csv.defused(c.value(record)) : c.value(record)).toList());
                }
                out.flush();
            });
        };
    }

    /** One JSON array of the output records, exactly as the API writes each of them. */
    StreamingOutput json(ExportKind<?> kind) {
        // Flushing after every record would send a network chunk per record; one flush per batch is enough.
        ObjectWriter writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        return output -> {
            JsonGenerator json = writer.createGenerator(output, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartArray();
            json.flush();
            each(kind, records -> {
                for (Object record : records) {
                    writer.writeValue(json, record);
                }
                json.flush();
            });
            json.writeEndArray();
            json.close();
        };
    }

    private interface BatchSink {
        void accept(List<?> records) throws IOException;
    }

    private static void each(ExportKind<?> kind, BatchSink sink) throws IOException {
        long after = Long.MIN_VALUE;
        ExportKind.Batch<?> batch;
        do {
            batch = kind.batchAfter(after);
            sink.accept(batch.records());
            after = batch.lastId();
        } while (!batch.last());
    }
}
