package com.frameworkfork.content;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a feature reads from the database once per {@link ContentVersion} and keeps until the version
 * moves on. Served from what is kept, it opens no transaction. A read runs in a transaction begun before
 * it (the caller's, or one of its own): callers that ask meanwhile wait for that read, often holding their
 * transaction's connection, and a read that still had to get a connection could wait for theirs until the
 * pool gave up.
 */
public final class PerContentVersion<T> {

    private final ContentVersion version;
    private final TransactionTemplate readOnly;
    private final Supplier<T> read;
    /** The newest version read replaces the one before; an older one is not asked for again. */
    private final Cache<Long, T> kept = Caffeine.newBuilder().maximumSize(1).build();

    public PerContentVersion(ContentVersion version, PlatformTransactionManager transactions, Supplier<T> read) {
        this.version = version;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.read = read;
    }

    /** As of the content version now. */
    public T current() {
        return at(version.current());
    }

    /** As of a content version the caller has already read, so that one request sees one version throughout. */
    public T at(long contentVersion) {
        T value = kept.getIfPresent(contentVersion);
        return value != null ? value : readOnly.execute(status -> kept.get(contentVersion, v -> read.get()));
    }
}
