package com.frameworkfork.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.web.PublicContentChanged;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An in-memory Lucene index of everything the features offer to search. It is built again, on the
 * next search, after a change readers can see on this instance, or once the shared content version
 * shows a change made on another instance: the site holds a few hundred small documents, which take
 * milliseconds to index.
 */
@Component
class SearchIndex {

    static final String KEY = "key";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String KIND = "kind";
    static final String WHERE = "where";
    static final String PATH = "path";
    static final String VISIBLE_FROM = "visibleFrom";

    private final List<SearchableContent> features;
    private final ContentVersion contentVersion;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final AtomicLong localChanges = new AtomicLong();
    private volatile Built built;

    SearchIndex(List<SearchableContent> features, ContentVersion contentVersion) {
        this.features = features;
        this.contentVersion = contentVersion;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Only changes that may touch any page (an article saved, content imported) change what search finds. */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(PublicContentChanged change) {
        if (change.page().isEmpty()) {
            localChanges.incrementAndGet();
        }
    }

    IndexSearcher searcher() {
        long version = contentVersion.current();
        long changes = localChanges.get();
        Built current = built;
        if (current == null || current.version != version || current.changes != changes) {
            synchronized (this) {
                current = built;
                if (current == null || current.version != version || current.changes != changes) {
                    current = new Built(version, changes, build());
                    built = current;
                }
            }
        }
        return current.searcher;
    }

    private IndexSearcher build() {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (SearchableContent feature : features) {
                    for (SearchDocument document : feature.searchDocuments()) {
                        writer.addDocument(toLucene(document));
                    }
                }
            }
            return new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be built in memory", e);
        }
    }

    private static Document toLucene(SearchDocument source) {
        Document document = new Document();
        document.add(new StringField(KEY, source.key(), Field.Store.YES));
        document.add(new TextField(TITLE, source.title(), Field.Store.YES));
        document.add(new TextField(TEXT, source.text() == null ? "" : source.text(), Field.Store.YES));
        document.add(new StoredField(KIND, source.kind()));
        document.add(new StoredField(WHERE, source.where()));
        document.add(new StoredField(PATH, source.path()));
        long visibleFrom = source.visibleFrom() == null ? Long.MIN_VALUE : source.visibleFrom().toEpochMilli();
        document.add(new LongPoint(VISIBLE_FROM, visibleFrom));
        return document;
    }

    private record Built(long version, long changes, IndexSearcher searcher) {
    }
}
