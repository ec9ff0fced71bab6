package org.livebase.opendata;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.hibernate.Session;
import org.livebase.agency.Agency;
import org.livebase.agency.AgencySummary;
import org.livebase.base.Base;
import org.livebase.base.BaseSummary;
import org.livebase.city.City;
import org.livebase.city.CitySummary;
import org.livebase.estate.Estate;
import org.livebase.estate.EstateSummary;
import org.livebase.host.Host;
import org.livebase.host.HostSummary;
import org.livebase.recognition.Certificate;
import org.livebase.recognition.Recognition;
import org.livebase.web.AuditedEntity;
import org.livebase.web.PageResult;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One kind of public record that can be exported, and what its export holds: the public API's own output record for
 * it ({@code BaseSummary} for bases, the verification answer for recognitions), made by the same code the API uses, so
 * the export has exactly the API's fields and nothing the API leaves out — no host personal data, no organisation
 * contacts.
 *
 * @param name as in the URL, {@code /api/v1/export/bases.csv}
 * @param type the output record
 * @param fetch the to-one associations the output record reads, joined into the batch query (alias {@code x})
 * @param summarise turns a batch of entities into output records, loading what they need for the batch at once
 */
record ExportKind<E extends AuditedEntity, R extends Record>(String name, Class<R> type, Class<E> entity,
        String fetch, Function<List<E>, List<R>> summarise) {

    /** Records per batch: large enough that the per-batch queries are few, small enough that memory stays flat. */
    static final int BATCH_SIZE = 1000;

    static final List<ExportKind<?, ?>> ALL = List.of(
            new ExportKind<>("cities", CitySummary.class, City.class, "", CitySummary::of),
            new ExportKind<>("estates", EstateSummary.class, Estate.class,
                    "join fetch x.city left join fetch x.district", list -> EstateSummary.page(whole(list)).items()),
            new ExportKind<>("bases", BaseSummary.class, Base.class,
                    "join fetch x.city left join fetch x.district left join fetch x.estate",
                    list -> BaseSummary.page(whole(list)).items()),
            new ExportKind<>("agencies", AgencySummary.class, Agency.class,
                    "join fetch x.city left join fetch x.district", list -> AgencySummary.page(whole(list)).items()),
            new ExportKind<>("hosts", HostSummary.class, Host.class,
                    "join fetch x.city left join fetch x.district left join fetch x.agency",
                    list -> HostSummary.page(whole(list)).items()),
            new ExportKind<>("recognitions", Certificate.class, Recognition.class,
                    "join fetch x.city left join fetch x.base left join fetch x.estate left join fetch x.agency",
                    list -> list.stream().map(Certificate::from).toList()));

    static Optional<ExportKind<?, ?>> named(String name) {
        return ALL.stream().filter(k -> k.name.equals(name)).findFirst();
    }

    /** The CSV columns, one per leaf field of the output record. */
    List<Column> columns() {
        return Column.of(type);
    }

    /** Output records made from one batch, and the id to continue after; fewer than a full batch means the end. */
    record Batch<R>(List<R> records, long lastId, boolean last) {
    }

    /**
     * The batch of records after {@code afterId}, in id order, read in a short transaction of its own. Keyset paging
     * rather than one long cursor: every batch starts from the index, no transaction stays open while a slow client
     * downloads, and the session, with everything it loaded, is gone when the batch is done. The session is read-only
     * so Hibernate keeps no snapshots for dirty checking.
     */
    Batch<R> batchAfter(long afterId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Panache.getEntityManager().unwrap(Session.class).setDefaultReadOnly(true);
            List<E> entities = Panache.getEntityManager()
                    .createQuery("select x from " + entity.getSimpleName() + " x " + fetch
                            + " where x.id > :after order by x.id", entity)
                    .setParameter("after", afterId).setMaxResults(BATCH_SIZE).getResultList();
            long lastId = entities.isEmpty() ? afterId : entities.get(entities.size() - 1).id;
            return new Batch<>(summarise.apply(entities), lastId, entities.size() < BATCH_SIZE);
        });
    }

    /**
     * A batch as a page holding all of it, for the summaries' {@code page} methods: they load what their records need
     * (recognitions, counts) for a whole page in one query per kind, which is exactly what a batch wants too.
     */
    private static <T> PageResult<T> whole(List<T> list) {
        return new PageResult<>(list, 1, Math.max(1, list.size()), list.size());
    }
}
