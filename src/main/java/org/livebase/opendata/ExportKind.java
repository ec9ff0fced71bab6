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

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/**
 * One kind of public record that can be exported, and what its export holds: the public API's own output record for
 * it ({@code BaseSummary} for bases, the verification answer for recognitions), made by the same code the API uses, so
 * the export has exactly the API's fields and nothing the API leaves out — no host personal data, no organisation
 * contacts.
 *
 * @param name as in the URL, {@code /api/v1/export/bases.csv}
 * @param type the output record
 * @param entity the stored record whose ids the batches walk
 * @param read the output records of a batch of ids, in their order, each kind of data read for the whole batch at once
 *        (the lists' own readers where a list has one)
 */
record ExportKind<R extends Record>(String name, Class<R> type, Class<? extends AuditedEntity> entity,
        Function<List<Long>, List<R>> read) {

    /** Records per batch: large enough that the per-batch queries are few, small enough that memory stays flat. */
    static final int BATCH_SIZE = 1000;

    static final List<ExportKind<?>> ALL = List.of(
            new ExportKind<>("cities", CitySummary.class, City.class,
                    ids -> CitySummary.of(entities(City.class, "", ids))),
            new ExportKind<>("estates", EstateSummary.class, Estate.class, EstateSummary::of),
            new ExportKind<>("bases", BaseSummary.class, Base.class, BaseSummary::of),
            new ExportKind<>("agencies", AgencySummary.class, Agency.class, AgencySummary::of),
            new ExportKind<>("hosts", HostSummary.class, Host.class, HostSummary::of),
            new ExportKind<>("recognitions", Certificate.class, Recognition.class,
                    ids -> entities(Recognition.class, "join fetch x.city left join fetch x.base left join fetch x.estate"
                            + " left join fetch x.agency", ids).stream().map(Certificate::from).toList()));

    static Optional<ExportKind<?>> named(String name) {
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
     * so Hibernate keeps no snapshots of the entities a kind reads for dirty checking.
     */
    Batch<R> batchAfter(long afterId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Panache.getEntityManager();
            em.unwrap(Session.class).setDefaultReadOnly(true);
            List<Long> ids = em.createQuery("select x.id from " + entity.getSimpleName()
                    + " x where x.id > :after order by x.id", Long.class)
                    .setParameter("after", afterId).setMaxResults(BATCH_SIZE).getResultList();
            if (ids.isEmpty()) {
                return new Batch<>(List.of(), afterId, true);
            }
            return new Batch<>(read.apply(ids), ids.get(ids.size() - 1), ids.size() < BATCH_SIZE);
        });
    }

    /** The entities of these ids, in id order, with the to-one associations in {@code fetch} (alias {@code x}). */
    private static <E> List<E> entities(Class<E> type, String fetch, List<Long> ids) {
        return Panache.getEntityManager().createQuery("select x from " + type.getSimpleName() + " x " + fetch
                + " where x.id in :ids order by x.id", type).setParameter("ids", ids).getResultList();
    }
}
