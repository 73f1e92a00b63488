package org.contractfirst.reference.zitadel;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ZITADEL users' profiles and access tokens, in memory. A change is one atomic step that raises the sequence by one,
 * so concurrent writes to one profile never lose an update.
 */
public final class ZitadelProfiles {

    /** The six fields of a profile, with ZITADEL's zero values ("" and GENDER_UNSPECIFIED) for unset ones. */
    public record Fields(String firstName, String lastName, String nickName, String displayName,
                         String preferredLanguage, String gender) {
    }

    /** A stored profile with its object details. */
    public record Stored(Fields fields, long sequence, OffsetDateTime creationDate, OffsetDateTime changeDate,
                         String resourceOwner) {
    }

    /** What a replacement did: the stored profile after it, and whether anything changed. */
    public record Change(Stored stored, boolean changed) {
    }

    private final Map<String, Stored> profiles = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public void add(String userId, String token, Stored profile) {
        profiles.put(userId, profile);
        tokens.put(token, userId);
    }

    public Optional<String> userOf(String token) {
        return Optional.ofNullable(tokens.get(token));
    }

    public Optional<Stored> find(String userId) {
        return Optional.ofNullable(profiles.get(userId));
    }

    /** Replaces all six fields; a replacement equal to the stored fields changes nothing. */
    public Optional<Change> replace(String userId, Fields fields) {
        boolean[] changed = {false};
        Stored after = profiles.computeIfPresent(userId, (id, stored) -> {
            if (stored.fields().equals(fields)) {
                return stored;
            }
            changed[0] = true;
            return new Stored(fields, stored.sequence() + 1, stored.creationDate(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                    stored.resourceOwner());
        });
        return Optional.ofNullable(after).map(stored -> new Change(stored, changed[0]));
    }
}
