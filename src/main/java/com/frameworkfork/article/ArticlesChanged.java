package com.frameworkfork.article;

import com.frameworkfork.web.PublicContentChanged;

/** An article was written, edited, published or withdrawn: lists, neighbours and feeds may all show it. */
record ArticlesChanged(String slug) implements PublicContentChanged {
}
