package com.frameworkfork.search;

import java.util.List;

/**
 * What a feature offers to the site's search, implemented as a bean by each feature with public
 * content. The search asks again whenever content changes (see the package's index).
 */
public interface SearchableContent {

    List<SearchDocument> searchDocuments();
}
