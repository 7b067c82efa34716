package com.frameworkfork.comparison;

import com.frameworkfork.web.PublicContentChanged;

/** An editor saved, moved or removed part of a comparison or a framework: any page may show it. */
record ComparisonChanged() implements PublicContentChanged {
}
