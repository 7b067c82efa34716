package com.frameworkfork.web.security;

import java.time.Instant;

/**
 * Whether a signed-in session still counts, asked on every request of a signed-in person; the
 * accounts feature implements it. A disabled account, or one whose password or role changed after
 * the session signed in, answers no: its sessions end at once on every instance.
 */
public interface SignedInAccounts {

    boolean stillValid(String username, Instant signedInAt);
}
