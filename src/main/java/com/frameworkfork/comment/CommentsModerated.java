package com.frameworkfork.comment;

import com.frameworkfork.web.PublicContentChanged;

/** A moderator hid, showed or deleted a comment. */
record CommentsModerated() implements PublicContentChanged {
}
