package org.contractfirst.reference.circuit;

import org.contractfirst.server.circuit.model.Label;
import org.contractfirst.server.circuit.model.Presence;
import org.contractfirst.server.circuit.model.User;
import org.contractfirst.server.circuit.model.UserEmailAddress;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Circuit's users, their presence and labels, in memory; a presence change is one atomic step. */
public final class CircuitDirectory {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final List<User> users = new CopyOnWriteArrayList<>();
    private final Map<String, Presence> presences = new ConcurrentHashMap<>();
    private final Map<String, List<Label>> labels = new ConcurrentHashMap<>();

    public void add(User user, Presence presence, List<Label> userLabels) {
        users.add(user);
        presences.put(user.getUserId(), presence.userId(user.getUserId()));
        labels.put(user.getUserId(), List.copyOf(userLabels));
    }

    /** A user by UUID, or by primary e-mail address (and secondary ones with {@code secondaryLookup}). */
    public Optional<User> find(String idOrEmail, boolean secondaryLookup) {
        if (UUID.matcher(idOrEmail).matches()) {
            return users.stream().filter(user -> user.getUserId().equalsIgnoreCase(idOrEmail)).findFirst();
        }
        return users.stream().filter(user -> emails(user, secondaryLookup).anyMatch(idOrEmail::equalsIgnoreCase))
                .findFirst();
    }

    public List<User> search(String name) {
        String term = name.toLowerCase(Locale.ROOT);
        return users.stream().filter(user -> Stream.of(user.getDisplayName(), user.getFirstName(), user.getLastName(),
                        user.getEmailAddress())
                .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(term))).toList();
    }

    public Presence presence(String userId) {
        return presences.get(userId);
    }

    public Presence updatePresence(String userId, UnaryOperator<Presence> change) {
        return presences.compute(userId, (id, presence) -> change.apply(presence));
    }

    public List<Label> labels(String userId) {
        return labels.getOrDefault(userId, List.of());
    }

    private static Stream<String> emails(User user, boolean secondary) {
        Stream<String> primary = Stream.of(user.getEmailAddress());
        if (!secondary) {
            return primary;
        }
        List<UserEmailAddress> more = user.getEmailAddresses() == null ? List.of() : user.getEmailAddresses();
        return Stream.concat(Stream.concat(primary, Stream.ofNullable(user.getSecondaryEmailAddress())),
                more.stream().map(UserEmailAddress::getAddress));
    }
}
