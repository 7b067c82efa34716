package com.frameworkfork.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.frameworkfork.source.Source;
import com.frameworkfork.source.SourceService;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static com.frameworkfork.comparison.PartRecords.codes;
import static com.frameworkfork.comparison.PartRecords.flag;
import static com.frameworkfork.comparison.PartRecords.nested;
import static com.frameworkfork.comparison.PartRecords.position;
import static com.frameworkfork.comparison.PartRecords.record;
import static com.frameworkfork.comparison.PartRecords.rows;
import static com.frameworkfork.comparison.PartRecords.text;

/**
 * The frameworks and comparisons in the database as records, shaped exactly as
 * {@link ComparisonFiles} shapes them from the files, and the writing and removing of one record.
 * Callers hold the transaction.
 */
@Repository
class ComparisonStore {

    @PersistenceContext
    private EntityManager db;

    private final SourceService sources;

    ComparisonStore(SourceService sources) {
        this.sources = sources;
    }

    /** Every section of every comparison with its id, comparisons by title and sections in order. */
    @Transactional(readOnly = true)
    List<SectionLink> sectionLinks() {
        return db.createQuery("select s from ComparisonSection s join fetch s.comparison c order by c.title, s.position",
                        ComparisonSection.class).getResultList().stream()
                .map(s -> new SectionLink(s.getId(), s.getComparison().getSlug(), s.getComparison().getTitle(),
                        s.getAnchor(), s.getTitle()))
                .toList();
    }

    /** Every framework and comparison part, as records. */
    @Transactional(readOnly = true)
    PartRecords current() {
        PartRecords records = new PartRecords();
        for (Part part : Part.values()) {
            current(part).forEach((key, record) -> records.put(part, key, record));
        }
        return records;
    }

    /** The records of one part, loaded in a fixed number of queries. */
    @Transactional(readOnly = true)
    Map<String, Map<String, Object>> current(Part part) {
        Map<String, Map<String, Object>> records = new LinkedHashMap<>();
        switch (part) {
            case FRAMEWORK -> {
                List<Framework> frameworks = db.createQuery("select distinct f from Framework f "
                        + "left join fetch f.releases order by f.id", Framework.class).getResultList();
                db.createQuery("select distinct f from Framework f left join fetch f.sources", Framework.class)
                        .getResultList();
                frameworks.forEach(f -> records.put(f.getSlug(), framework(f)));
            }
            case COMPARISON -> {
                for (Comparison c : db.createQuery("select c from Comparison c join fetch c.firstFramework "
                        + "join fetch c.secondFramework order by c.id", Comparison.class).getResultList()) {
                    records.put(c.getSlug(), record("title", c.getTitle(), "summary", c.getSummary(),
                            "first", c.getFirstFramework().getSlug(), "second", c.getSecondFramework().getSlug(),
                            "versions-note", c.getVersionsNote()));
                }
            }
            case SECTION -> {
                for (ComparisonSection s : db.createQuery("select s from ComparisonSection s join fetch s.comparison "
                        + "order by s.position", ComparisonSection.class).getResultList()) {
                    records.put(sectionKey(s), record("comparison", s.getComparison().getSlug(), "anchor", s.getAnchor(),
                            "title", s.getTitle(), "intro", s.getIntro(), "position", s.getPosition()));
                }
            }
            case CRITERION -> {
                for (Criterion c : db.createQuery("select c from Criterion c join fetch c.section s "
                        + "join fetch s.comparison order by c.position", Criterion.class).getResultList()) {
                    records.put(c.getCode(), record("section", sectionKey(c.getSection()), "label", c.getLabel(),
                            "position", c.getPosition()));
                }
            }
            case VALUE -> {
                for (CriterionValue v : db.createQuery("select distinct v from CriterionValue v join fetch v.criterion "
                        + "join fetch v.framework left join fetch v.sources", CriterionValue.class).getResultList()) {
                    records.put(Part.valueKey(v.getCriterion().getCode(), v.getFramework().getSlug()),
                            record("criterion", v.getCriterion().getCode(), "framework", v.getFramework().getSlug(),
                                    "text", v.getValueText(), "note", v.getNote(), "sources", codesOf(v.getSources())));
                }
            }
            case NOTE -> {
                for (SectionNote n : db.createQuery("select distinct n from SectionNote n join fetch n.section s "
                        + "join fetch s.comparison left join fetch n.framework left join fetch n.sources",
                        SectionNote.class).getResultList()) {
                    records.put(Part.NOTE.key(n.getSection().getComparison().getSlug(), n.getKey()),
                            record("section", sectionKey(n.getSection()), "heading", n.getHeading(), "body", n.getBody(),
                                    "about", n.getFramework() == null ? null : n.getFramework().getSlug(),
                                    "sources", codesOf(n.getSources()), "position", n.getPosition()));
                }
            }
            case DISAGREEMENT -> {
                db.createQuery("select distinct x from DisagreementSide x left join fetch x.sources",
                        DisagreementSide.class).getResultList();
                for (Disagreement d : db.createQuery("select distinct d from Disagreement d join fetch d.section s "
                        + "join fetch s.comparison left join fetch d.sides", Disagreement.class).getResultList()) {
                    List<Map<String, Object>> sides = d.getSides().stream()
                            .map(side -> record("claim", side.getClaim(), "sources", codesOf(side.getSources()))).toList();
                    records.put(Part.DISAGREEMENT.key(d.getSection().getComparison().getSlug(), d.getKey()),
                            record("section", sectionKey(d.getSection()), "topic", d.getTopic(), "sides", sides,
                                    "explanation", d.getExplanation(), "position", d.getPosition()));
                }
            }
            case BENCHMARK -> {
                for (Benchmark b : db.createQuery("select distinct b from Benchmark b join fetch b.comparison "
                        + "join fetch b.source left join fetch b.results r left join fetch r.framework", Benchmark.class)
                        .getResultList()) {
                    records.put(Part.BENCHMARK.key(b.getComparison().getSlug(), b.getKey()), benchmark(b));
                }
            }
            case USE_CASE -> {
                for (UseCasePick u : rowsOf(UseCasePick.class, "join fetch x.framework")) {
                    records.put(Part.USE_CASE.key(u.getComparison().getSlug(), u.getKey()),
                            record("comparison", u.getComparison().getSlug(), "use-case", u.getUseCase(),
                                    "pick", u.getFramework().getSlug(), "reason", u.getReason(),
                                    "source", u.getSource().getCode(), "position", u.getPosition()));
                }
            }
            case PRO_CON -> {
                for (ProCon p : rowsOf(ProCon.class, "join fetch x.framework")) {
                    records.put(Part.PRO_CON.key(p.getComparison().getSlug(), p.getKey()),
                            record("comparison", p.getComparison().getSlug(), "framework", p.getFramework().getSlug(),
                                    "kind", p.isPro() ? "pro" : "con", "statement", p.getStatement(),
                                    "source", p.getSource().getCode(), "position", p.getPosition()));
                }
            }
            case MIGRATION_STEP -> {
                for (MigrationStep m : rowsOf(MigrationStep.class, "join fetch x.fromFramework join fetch x.toFramework")) {
                    records.put(Part.MIGRATION_STEP.key(m.getComparison().getSlug(), m.getKey()),
                            record("comparison", m.getComparison().getSlug(), "from", m.getFromFramework().getSlug(),
                                    "to", m.getToFramework().getSlug(), "step", m.getStepText(),
                                    "source", m.getSource().getCode(), "position", m.getPosition()));
                }
            }
        }
        return records;
    }

    private static Map<String, Object> benchmark(Benchmark b) {
        Map<String, Object> results = new LinkedHashMap<>();
        for (BenchmarkResult r : b.getResults()) {
            results.put(r.getFramework().getSlug(), r.getHighAmount() == null
                    ? record("value", PartField.figure(r.getLowAmount()), "server", r.getServerLabel())
                    : record("low", PartField.figure(r.getLowAmount()), "high", PartField.figure(r.getHighAmount()),
                    "server", r.getServerLabel()));
        }
        return record("comparison", b.getComparison().getSlug(), "workload", b.getWorkload(), "unit", b.getUnit(),
                "setup", b.getSetup(), "source", b.getSource().getCode(), "doubt", b.getDoubt(),
                "charted", b.isCharted(), "results", results, "position", b.getPosition());
    }

    private <T extends SourcedComparisonRow> List<T> rowsOf(Class<T> type, String joins) {
        return db.createQuery(jpql("select x from %s x join fetch x.comparison join fetch x.source " + joins
                + " order by x.position, x.id", type), type).getResultList();
    }

    private static Map<String, Object> framework(Framework f) {
        List<Map<String, Object>> releases = f.getReleases().stream()
                .sorted(Comparator.comparingInt(FrameworkRelease::getPosition))
                .map(FrameworkRelease::fields)
                .map(r -> record("version", r.version(), "released", iso(r.released()), "expected", iso(r.expected()),
                        "mainstream-until", iso(r.mainstreamUntil()), "security-until", iso(r.securityUntil()),
                        "lts", r.lts(), "python", r.python(), "highlights", r.highlights()))
                .toList();
        return record("name", f.getName(), "summary", f.getSummary(), "homepage", f.getHomepage(),
                "tutorial", f.getTutorialUrl(), "licence", f.getLicence(), "support-policy", f.getSupportPolicy(),
                "compared", f.isCompared(), "sources", codesOf(f.getSources()), "releases", releases);
    }

    /** Creates or replaces the record under this key; what it refers to must exist (the importer's order sees to it). */
    @Transactional
    void write(Part part, String key, Map<String, Object> r) {
        switch (part) {
            case FRAMEWORK -> upsert(framework(key), () -> new Framework(key), f -> {
                f.describe(text(r, "name"), text(r, "summary"), text(r, "homepage"), text(r, "tutorial"),
                        text(r, "licence"), text(r, "support-policy"), flag(r, "compared"));
                f.citeSources(cited(codes(r, "sources")));
                f.replaceReleases(rows(r, "releases").stream()
                        .map(x -> new FrameworkRelease.Fields(text(x, "version"), date(x, "released"), date(x, "expected"),
                                date(x, "mainstream-until"), date(x, "security-until"), flag(x, "lts"), text(x, "python"),
                                text(x, "highlights")))
                        .toList());
            });
            case COMPARISON -> upsert(comparison(key), () -> new Comparison(key), c -> c.change(text(r, "title"),
                    text(r, "summary"), requiredFramework(text(r, "first")), requiredFramework(text(r, "second")),
                    text(r, "versions-note")));
            case SECTION -> upsert(section(key),
                    () -> new ComparisonSection(requiredComparison(text(r, "comparison")), text(r, "anchor")),
                    s -> s.change(text(r, "title"), text(r, "intro"), position(r)));
            case CRITERION -> upsert(criterion(key), () -> new Criterion(key),
                    c -> c.change(section(text(r, "section")).orElseThrow(), text(r, "label"), position(r)));
            case VALUE -> upsert(value(key), () -> new CriterionValue(criterion(text(r, "criterion")).orElseThrow(),
                            requiredFramework(text(r, "framework"))),
                    v -> v.change(text(r, "text"), text(r, "note"), cited(codes(r, "sources"))));
            case NOTE -> upsert(note(key), () -> new SectionNote(Part.NOTE.localKey(key)),
                    n -> n.change(section(text(r, "section")).orElseThrow(),
                            text(r, "about") == null ? null : requiredFramework(text(r, "about")),
                            text(r, "heading"), text(r, "body"), position(r), cited(codes(r, "sources"))));
            case DISAGREEMENT -> upsert(disagreement(key), () -> new Disagreement(Part.DISAGREEMENT.localKey(key)), d -> {
                d.change(section(text(r, "section")).orElseThrow(), text(r, "topic"), text(r, "explanation"), position(r));
                List<Map<String, Object>> sides = rows(r, "sides");
                for (int i = 0; i < sides.size(); i++) {
                    // The sources are looked up first: the query flushes, and a new side must be complete by then.
                    List<Source> cited = cited(codes(sides.get(i), "sources"));
                    d.side(i).change(text(sides.get(i), "claim"), cited);
                }
                d.keepSides(sides.size());
            });
            case BENCHMARK -> upsert(row(Benchmark.class, key),
                    () -> new Benchmark(requiredComparison(text(r, "comparison")), Part.BENCHMARK.localKey(key)), b -> {
                        b.change(text(r, "workload"), text(r, "unit"), text(r, "setup"), text(r, "doubt"), flag(r, "charted"));
                        b.place(source(text(r, "source")), position(r));
                        Map<String, Object> results = nested(r, "results");
                        results.forEach((slug, figure) -> {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> f = (Map<String, Object>) figure;
                            BigDecimal value = decimal(f, "value");
                            b.resultFor(requiredFramework(slug)).change(value != null ? value : decimal(f, "low"),
                                    value != null ? null : decimal(f, "high"), text(f, "server"));
                        });
                        b.keepResultsFor(new ArrayList<>(results.keySet()));
                    });
            case USE_CASE -> upsert(row(UseCasePick.class, key),
                    () -> new UseCasePick(requiredComparison(text(r, "comparison")), Part.USE_CASE.localKey(key)), u -> {
                        u.change(text(r, "use-case"), requiredFramework(text(r, "pick")), text(r, "reason"));
                        u.place(source(text(r, "source")), position(r));
                    });
            case PRO_CON -> upsert(row(ProCon.class, key),
                    () -> new ProCon(requiredComparison(text(r, "comparison")), Part.PRO_CON.localKey(key)), p -> {
                        p.change(requiredFramework(text(r, "framework")), "pro".equals(text(r, "kind")), text(r, "statement"));
                        p.place(source(text(r, "source")), position(r));
                    });
            case MIGRATION_STEP -> upsert(row(MigrationStep.class, key),
                    () -> new MigrationStep(requiredComparison(text(r, "comparison")), Part.MIGRATION_STEP.localKey(key)), m -> {
                        m.change(requiredFramework(text(r, "from")), requiredFramework(text(r, "to")), text(r, "step"));
                        m.place(source(text(r, "source")), position(r));
                    });
        }
        db.flush();
    }

    /** Changes the entity found, or a new one that is stored once it is complete. */
    private <T> void upsert(Optional<T> found, Supplier<T> created, Consumer<T> change) {
        T entity = found.orElseGet(created);
        change.accept(entity);
        if (found.isEmpty()) {
            db.persist(entity);
        }
    }

    /**
     * Deletes the record; false when other content still refers to it (a framework still compared or
     * cited, a section or comparison that still has parts). A criterion takes its values with it.
     */
    @Transactional
    boolean remove(Part part, String key) {
        Optional<?> found = find(part, key);
        if (found.isEmpty()) {
            return true;
        }
        Object entity = found.get();
        if (stillUsed(entity)) {
            return false;
        }
        if (entity instanceof Criterion criterion) {
            db.createQuery("select v from CriterionValue v where v.criterion = ?1", CriterionValue.class)
                    .setParameter(1, criterion).getResultList().forEach(db::remove);
        }
        db.remove(entity);
        db.flush();
        return true;
    }

    private Optional<?> find(Part part, String key) {
        return switch (part) {
            case FRAMEWORK -> framework(key);
            case COMPARISON -> comparison(key);
            case SECTION -> section(key);
            case CRITERION -> criterion(key);
            case VALUE -> value(key);
            case NOTE -> note(key);
            case DISAGREEMENT -> disagreement(key);
            case BENCHMARK -> row(Benchmark.class, key);
            case USE_CASE -> row(UseCasePick.class, key);
            case PRO_CON -> row(ProCon.class, key);
            case MIGRATION_STEP -> row(MigrationStep.class, key);
        };
    }

    private boolean stillUsed(Object entity) {
        if (entity instanceof Framework f) {
            return inUse(f);
        }
        if (entity instanceof Comparison c) {
            return count("select count(s) from ComparisonSection s where s.comparison = ?1", c) + countRows(c) > 0;
        }
        if (entity instanceof ComparisonSection s) {
            return count("select count(c) from Criterion c where c.section = ?1", s)
                    + count("select count(n) from SectionNote n where n.section = ?1", s)
                    + count("select count(d) from Disagreement d where d.section = ?1", s) > 0;
        }
        return false;
    }

    private boolean inUse(Framework f) {
        return count("select count(c) from Comparison c where c.firstFramework = ?1 or c.secondFramework = ?1", f)
                + count("select count(v) from CriterionValue v where v.framework = ?1", f)
                + count("select count(n) from SectionNote n where n.framework = ?1", f)
                + count("select count(r) from BenchmarkResult r where r.framework = ?1", f)
                + count("select count(u) from UseCasePick u where u.framework = ?1", f)
                + count("select count(p) from ProCon p where p.framework = ?1", f)
                + count("select count(m) from MigrationStep m where m.fromFramework = ?1 or m.toFramework = ?1", f) > 0;
    }

    private long countRows(Comparison c) {
        long rows = 0;
        for (Class<?> type : List.of(Benchmark.class, UseCasePick.class, ProCon.class, MigrationStep.class)) {
            rows += count(jpql("select count(x) from %s x where x.comparison = ?1", type), c);
        }
        return rows;
    }

    private long count(String query, Object parameter) {
        return db.createQuery(query, Long.class).setParameter(1, parameter).getSingleResult();
    }

    private Optional<Framework> framework(String slug) {
        return single(db.createQuery("select f from Framework f where f.slug = ?1", Framework.class).setParameter(1, slug)
                .getResultList());
    }

    private Framework requiredFramework(String slug) {
        return framework(slug).orElseThrow(() -> new IllegalStateException("no framework " + slug));
    }

    private Optional<Comparison> comparison(String slug) {
        return single(db.createQuery("select c from Comparison c where c.slug = ?1", Comparison.class)
                .setParameter(1, slug).getResultList());
    }

    private Comparison requiredComparison(String slug) {
        return comparison(slug).orElseThrow(() -> new IllegalStateException("no comparison " + slug));
    }

    private Optional<ComparisonSection> section(String key) {
        int hash = key.indexOf('#');
        return single(db.createQuery("select s from ComparisonSection s where s.comparison.slug = ?1 and s.anchor = ?2",
                ComparisonSection.class).setParameter(1, key.substring(0, hash)).setParameter(2, key.substring(hash + 1))
                .getResultList());
    }

    private Optional<Criterion> criterion(String code) {
        return single(db.createQuery("select c from Criterion c where c.code = ?1", Criterion.class).setParameter(1, code)
                .getResultList());
    }

    /** A row's values by framework slug, for the links to each one's history. */
    Map<String, Long> valueIds(String criterion) {
        Map<String, Long> ids = new LinkedHashMap<>();
        db.createQuery("select v from CriterionValue v join fetch v.framework where v.criterion.code = ?1",
                CriterionValue.class).setParameter(1, criterion).getResultList()
                .forEach(v -> ids.put(v.getFramework().getSlug(), v.getId()));
        return ids;
    }

    Optional<CriterionValue> value(long id) {
        return Optional.ofNullable(db.find(CriterionValue.class, id));
    }

    private Optional<CriterionValue> value(String key) {
        int at = key.lastIndexOf('@');
        return single(db.createQuery("select v from CriterionValue v where v.criterion.code = ?1 and v.framework.slug = ?2",
                CriterionValue.class).setParameter(1, key.substring(0, at)).setParameter(2, key.substring(at + 1))
                .getResultList());
    }

    private Optional<SectionNote> note(String key) {
        return single(db.createQuery("select n from SectionNote n where n.section.comparison.slug = ?1 and n.key = ?2",
                SectionNote.class).setParameter(1, comparisonOf(key)).setParameter(2, Part.NOTE.localKey(key))
                .getResultList());
    }

    private Optional<Disagreement> disagreement(String key) {
        return single(db.createQuery("select d from Disagreement d where d.section.comparison.slug = ?1 and d.key = ?2",
                Disagreement.class).setParameter(1, comparisonOf(key)).setParameter(2, Part.DISAGREEMENT.localKey(key))
                .getResultList());
    }

    private <T extends SourcedComparisonRow> Optional<T> row(Class<T> type, String key) {
        return single(db.createQuery(jpql("select x from %s x where x.comparison.slug = ?1 and x.key = ?2", type), type).setParameter(1, comparisonOf(key)).setParameter(2, key.substring(key.lastIndexOf('/') + 1))
                .getResultList());
    }

    private static String comparisonOf(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    private static <T> Optional<T> single(List<T> found) {
        return found.stream().findFirst();
    }

    private List<Source> cited(List<String> codes) {
        return new ArrayList<>(sources.byCodes(codes));
    }

    private Source source(String code) {
        return sources.byCode(code).orElseThrow(() -> new IllegalStateException("no source " + code));
    }

    private static String sectionKey(ComparisonSection section) {
        return Part.SECTION.key(section.getComparison().getSlug(), section.getAnchor());
    }

    private static List<String> codesOf(List<Source> cited) {
        return cited.stream().map(Source::getCode).toList();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(Map<String, Object> record, String name) {
        String value = text(record, name);
        return value == null ? null : LocalDate.parse(value);
    }

    private static BigDecimal decimal(Map<String, Object> record, String name) {
        String value = text(record, name);
        return value == null ? null : new BigDecimal(value);
    }

    /**
     * One query for several row entities of the same shape. The entity name comes from a mapped class
     * and the fetch joins from this class's own constants, never from a request; values are bound.
     */
    private static String jpql(String template, Class<?> entity) {
        return template.formatted(entity.getSimpleName());
    }
}
