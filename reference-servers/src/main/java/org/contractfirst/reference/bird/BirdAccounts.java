package org.contractfirst.reference.bird;

import org.contractfirst.server.bird.model.User;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Bird's users and login tokens, in memory. Each change to a user is one atomic step, so that concurrent PATCHes
 * to different fields of one profile never lose an update.
 */
public final class BirdAccounts {

    private final Map<UUID, User> users = new ConcurrentHashMap<>();
    private final Map<String, UUID> tokens = new ConcurrentHashMap<>();

    public void add(User user, String token) {
        users.put(user.getId(), user);
        tokens.put(token, user.getId());
    }

    public Optional<UUID> userOf(String token) {
        return Optional.ofNullable(tokens.get(token)).filter(users::containsKey);
    }

    public Optional<User> find(UUID id) {
        return Optional.ofNullable(users.get(id)).map(BirdAccounts::copy);
    }

    /** Applies {@code change} to a copy of the user and stores it with a later {@code updatedAt}. */
    public Optional<User> update(UUID id, UnaryOperator<User> change) {
        User updated = users.computeIfPresent(id, (key, user) -> {
            OffsetDateTime before = user.getUpdatedAt();
            User next = change.apply(copy(user));
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
            return next.updatedAt(now.isAfter(before) ? now : before.plus(1, ChronoUnit.MILLIS));
        });
        return Optional.ofNullable(updated).map(BirdAccounts::copy);
    }

    /** Deletes the user; every token issued to them stops working. */
    public void delete(UUID id) {
        users.remove(id);
        tokens.values().removeIf(id::equals);
    }

    private static User copy(User user) {
        return new User().id(user.getId()).name(user.getName()).bio(user.getBio()).avatarUrl(user.getAvatarUrl())
                .defaultEmail(user.getDefaultEmail()).locale(user.getLocale()).timezone(user.getTimezone())
                .phoneNumber(user.getPhoneNumber()).status(user.getStatus()).activeSessions(user.getActiveSessions())
                .createdAt(user.getCreatedAt()).updatedAt(user.getUpdatedAt()).emails(user.getEmails())
                .phoneNumbers(user.getPhoneNumbers()).identities(user.getIdentities()).badges(user.getBadges())
                .userFraudInformation(user.getUserFraudInformation());
    }
}
