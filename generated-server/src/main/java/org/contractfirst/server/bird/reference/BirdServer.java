package org.contractfirst.server.bird.reference;

import org.contractfirst.server.bird.api.CurrentUserApi;
import org.contractfirst.server.bird.model.User;
import org.contractfirst.server.bird.model.UserEmail;
import org.contractfirst.server.runtime.Caller;
import org.contractfirst.server.runtime.ServerConfig;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Bird's reference server with its demo users: one to use, one to delete. */
public final class BirdServer {

    public static final int DEFAULT_PORT = 8083;
    public static final String DEMO_TOKEN = "bird-demo-token";
    public static final String DELETABLE_TOKEN = "bird-deletable-token";

    private BirdServer() {
    }

    public static ServerConfig config() {
        BirdAccounts accounts = new BirdAccounts();
        accounts.add(demoUser("3f9c7a52-8d41-4b8e-9a43-6f1b2d7e5c10", "Ada Lovelace", "ada@example.com"), DEMO_TOKEN);
        accounts.add(demoUser("5b1e0c2d-4a6f-4e3b-9c8d-7f0a1b2c3d4e", "Charles Babbage", "charles@example.com"),
                DELETABLE_TOKEN);
        return new ServerConfig("bird", "specs/bird.yaml", "", binder -> new CurrentUserApi(new BirdReference(accounts), binder),
                new BirdErrors(),
                (scheme, token) -> accounts.userOf(token).map(id -> new Caller(id.toString(), token, Set.of())),
                64 * 1024, true, false);
    }

    private static User demoUser(String id, String name, String email) {
        OffsetDateTime created = OffsetDateTime.parse("2024-03-01T09:30:00Z");
        UUID userId = UUID.fromString(id);
        return new User().id(userId).name(name).status(User.StatusEnum.ACTIVE).activeSessions(1)
                .locale("en-GB").timezone("Europe/London").defaultEmail(email)
                .createdAt(created).updatedAt(created)
                .emails(List.of(new UserEmail().id(UUID.nameUUIDFromBytes(email.getBytes())).userId(userId)
                        .email(email).verified(true).passwordSet(true).tokenSet(false)
                        .createdAt(created).updatedAt(created)))
                .phoneNumbers(List.of());
    }
}
