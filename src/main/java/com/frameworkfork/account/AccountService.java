package com.frameworkfork.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.frameworkfork.web.security.SignedInAccounts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Back-office accounts: an administrator creates one, whose owner then sets a password through a
 * one-time link shown once; roles change, accounts are disabled and enabled, everyone changes their
 * own password. Passwords are kept only as hashes from Spring Security's delegating encoder.
 */
@Service
public class AccountService implements SignedInAccounts {

    static final Duration SETUP_LINK_LIFETIME = Duration.ofDays(2);
    static final int PAGE_SIZE = 25;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy = PasswordPolicy.withBundledList();
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean stillValid(String username, Instant signedInAt) {
        return accounts.findByUsername(username)
                .filter(Account::isEnabled)
                .filter(a -> !signedInAt.isBefore(a.getSessionsValidFrom().toInstant(ZoneOffset.UTC)))
                .isPresent();
    }

    @Transactional(readOnly = true)
    public Page<AccountRow> search(String text, AccountRole role, Boolean enabled, int page) {
        String like = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return accounts.search(like, role, enabled, PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("username")))
                .map(AccountRow::of);
    }

    /** Creates an account, or explains what is wrong; the result carries the one-time link to show once. */
    @Transactional
    public Creation create(String rawUsername, String rawRole, String createdBy) {
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(Locale.ROOT);
        Map<String, String> problems = new LinkedHashMap<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.put("username", "Use 2 to 60 lowercase letters, digits, dots, hyphens or underscores, starting with a letter or digit.");
        } else if (accounts.existsByUsername(username)) {
            problems.put("username", "There is already an account called " + username + ".");
        }
        Optional<AccountRole> role = AccountRole.parse(rawRole);
        if (role.isEmpty()) {
            problems.put("role", "Choose the account's role.");
        }
        if (!problems.isEmpty()) {
            return new Creation(null, null, problems);
        }
        Account account = new Account(username, role.get(), now(), createdBy);
        String token = newSetupLink(account);
        accounts.save(account);
        return new Creation(account.getId(), token, Map.of());
    }

    /** A new one-time link for an account, replacing any earlier one; the owner sets a new password with it. */
    @Transactional
    public String resetLink(long id) {
        Account account = load(id);
        return newSetupLink(account);
    }

    @Transactional(readOnly = true)
    public Optional<String> usernameForSetup(String token) {
        return accounts.findBySetupTokenHash(hash(token))
                .filter(a -> a.getSetupTokenExpires() != null && a.getSetupTokenExpires().isAfter(now()))
                .filter(Account::isEnabled)
                .map(Account::getUsername);
    }

    /** Sets the password of the account the one-time link belongs to; the link is spent. */
    @Transactional
    public Map<String, String> setUp(String token, String password, String repeated) {
        Optional<Account> account = accounts.findBySetupTokenHash(hash(token))
                .filter(a -> a.getSetupTokenExpires() != null && a.getSetupTokenExpires().isAfter(now()))
                .filter(Account::isEnabled);
        if (account.isEmpty()) {
            return Map.of("token", "This link has expired or was already used. Ask an administrator for a new one.");
        }
        Map<String, String> problems = passwordProblems(password, repeated);
        if (problems.isEmpty()) {
            account.get().setPassword(encoder.encode(password), now());
        }
        return problems;
    }

    /** Changes one's own password, after checking the current one. */
    @Transactional
    public Map<String, String> changeOwnPassword(String username, String current, String password, String repeated) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> new AccountNotFoundException(username));
        if (current == null || account.getPasswordHash() == null || !encoder.matches(current, account.getPasswordHash())) {
            return Map.of("current", "That is not your current password.");
        }
        Map<String, String> problems = passwordProblems(password, repeated);
        if (problems.isEmpty()) {
            account.setPassword(encoder.encode(password), now());
        }
        return problems;
    }

    @Transactional
    public Optional<String> changeRole(long id, String rawRole, String actingUsername) {
        Account account = load(id);
        Optional<AccountRole> role = AccountRole.parse(rawRole);
        if (role.isEmpty()) {
            return Optional.of("Choose one of the roles.");
        }
        if (account.getRole() == AccountRole.ADMINISTRATOR && role.get() != AccountRole.ADMINISTRATOR && lastAdministrator(account)) {
            return Optional.of("This is the last active administrator; make someone else an administrator first.");
        }
        account.changeRole(role.get(), now());
        return Optional.empty();
    }

    /** Disables or enables an account; disabling ends its sessions on every instance at once. */
    @Transactional
    public Optional<String> setEnabled(long id, boolean enabled, String actingUsername) {
        Account account = load(id);
        if (!enabled && account.getUsername().equals(actingUsername)) {
            return Optional.of("You cannot disable your own account.");
        }
        if (!enabled && account.getRole() == AccountRole.ADMINISTRATOR && lastAdministrator(account)) {
            return Optional.of("This is the last active administrator; it cannot be disabled.");
        }
        account.setEnabled(enabled, now());
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public AccountRow row(long id) {
        return AccountRow.of(load(id));
    }

    Map<String, String> passwordProblems(String password, String repeated) {
        Map<String, String> problems = new LinkedHashMap<>();
        policy.problem(password).ifPresent(problem -> problems.put("password", problem));
        if (problems.isEmpty() && !password.equals(repeated)) {
            problems.put("repeated", "The two passwords are not the same.");
        }
        return problems;
    }

    private boolean lastAdministrator(Account account) {
        return account.isEnabled() && accounts.countByRoleAndEnabledTrue(AccountRole.ADMINISTRATOR) <= 1;
    }

    private String newSetupLink(Account account) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        account.expectSetup(hash(token), now().plus(SETUP_LINK_LIFETIME));
        return token;
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new AccountNotFoundException("#" + id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Only a hash of a one-time link is kept, so a copy of the database cannot be used to take over an account. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The new account's id and its one-time link token, or the problems that stopped its creation. */
    public record Creation(Long id, String setupToken, Map<String, String> problems) {

        public boolean created() {
            return id != null;
        }
    }
}
