package com.frameworkfork.source;

import com.frameworkfork.web.PublicContentChanged;

/** A source changed: any page citing it may show it. */
record SourcesChanged() implements PublicContentChanged {
}
