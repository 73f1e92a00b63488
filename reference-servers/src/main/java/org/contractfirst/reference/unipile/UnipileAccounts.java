package org.contractfirst.reference.unipile;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.server.runtime.binding.Mappers;
import org.contractfirst.server.unipile.model.AccountOwnerProfile;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Unipile accounts, each owned by an API key, with the account owner's profile, in memory. An edit is one atomic
 * step on a copy: it is stored whole or, if it throws, not at all.
 */
public final class UnipileAccounts {

    /** An account: who owns it, its provider and, for LinkedIn, its owner's profile. */
    public record Account(String owner, String provider, AccountOwnerProfile profile) {
    }

    private static final ObjectMapper COPIER = Mappers.json();

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    public void add(String accountId, Account account) {
        accounts.put(accountId, account);
    }

    /** The account, if it exists and belongs to {@code owner}. */
    public Optional<Account> find(String owner, String accountId) {
        return Optional.ofNullable(accounts.get(accountId)).filter(account -> account.owner().equals(owner))
                .map(account -> new Account(account.owner(), account.provider(), copy(account.profile())));
    }

    /** Applies {@code edit} to a copy of the profile and stores it; an exception from {@code edit} stores nothing. */
    public void edit(String accountId, UnaryOperator<AccountOwnerProfile> edit) {
        accounts.computeIfPresent(accountId, (id, account) ->
                new Account(account.owner(), account.provider(), edit.apply(copy(account.profile()))));
    }

    private static AccountOwnerProfile copy(AccountOwnerProfile profile) {
        return profile == null ? null : COPIER.convertValue(profile, AccountOwnerProfile.class);
    }
}
