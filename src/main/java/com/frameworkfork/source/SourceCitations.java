package com.frameworkfork.source;

import java.util.List;

/**
 * Where a feature cites sources, implemented as a bean by every feature that does; a source still
 * cited anywhere cannot be deleted, and the editor is told where it is cited.
 */
public interface SourceCitations {

    /** Readable places citing this source, such as "the article Security Defaults Compared". */
    List<String> placesCiting(String code);
}
