package com.frameworkfork.account;

import java.time.LocalDateTime;

/** An account as the back office lists it. */
public record AccountRow(long id, String username, AccountRole role, boolean enabled, boolean awaitsPassword,
                         LocalDateTime createdAt, String createdBy) {

    static AccountRow of(Account account) {
        return new AccountRow(account.getId(), account.getUsername(), account.getRole(), account.isEnabled(),
                account.awaitsPassword(), account.getCreatedAt(), account.getCreatedBy());
    }
}
