package com.frameworkfork.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security signs people in against the accounts in the database. */
@Component
class AccountUserDetails implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetails(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(a -> !a.awaitsPassword())
                .orElseThrow(() -> new UsernameNotFoundException("No account can sign in as " + username));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.getRole().springRole())
                .disabled(!account.isEnabled())
                .build();
    }
}
