package com.frameworkfork.content;

import com.frameworkfork.web.PublicContentChanged;

/** The importer changed content: every page may show it. */
record ContentImported() implements PublicContentChanged {
}
