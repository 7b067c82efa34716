package com.frameworkfork.decision.questionnaire;

import java.time.Duration;
import java.util.Optional;

import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.content.PerContentVersion;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scoring-model versions as readers see them, assembled from the database and kept under the
 * {@link ContentVersion} they were read at: a save or a publication on any instance raises that number,
 * so every instance reads the models afresh within about a second. Only committed content is ever
 * kept, as nothing here is read by a transaction that changes content.
 */
@Component
public class Questionnaires {

    private final ModelStore store;
    private final ContentVersion contentVersion;
    private final Cache<Key, Questionnaire> loaded = Caffeine.newBuilder()
            .maximumSize(64).expireAfterAccess(Duration.ofHours(1)).build();
    /** Which version is published. */
    private final PerContentVersion<Integer> published;
    /** Only for reading what is not kept yet: a page served from what is kept opens no transaction. */
    private final TransactionTemplate readOnly;

    Questionnaires(ModelStore store, ContentVersion contentVersion, PlatformTransactionManager transactions) {
        this.store = store;
        this.contentVersion = contentVersion;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.published = new PerContentVersion<>(contentVersion, transactions, () -> store.published()
                .orElseThrow(() -> new IllegalStateException("No scoring model is published")).getVersion());
    }

    /** The published model, the one new quizzes and verdicts are made with. */
    public Questionnaire current() {
        return version(published.current());
    }

    /** One version, published, retired or draft; every stored verdict and quiz names one that exists. */
    public Questionnaire version(int version) {
        return find(version).orElseThrow(() -> new IllegalStateException("Scoring model version " + version + " does not exist"));
    }

    private Optional<Questionnaire> find(int version) {
        Key key = new Key(contentVersion.current(), version);
        Questionnaire kept = loaded.getIfPresent(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<Questionnaire> read = readOnly.execute(status -> store.questionnaire(version));
        read.ifPresent(q -> loaded.put(key, q));
        return read;
    }

    private record Key(long contentVersion, int modelVersion) {
    }
}
