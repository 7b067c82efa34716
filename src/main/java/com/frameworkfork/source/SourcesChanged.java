package com.frameworkfork.source;

import com.frameworkfork.web.PublicContentChanged;

/** An editor created, changed or deleted a source: every page citing it may show it. */
record SourcesChanged(String code) implements PublicContentChanged {
}
