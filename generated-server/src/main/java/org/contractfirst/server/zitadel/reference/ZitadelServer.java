package org.contractfirst.server.zitadel.reference;

import org.contractfirst.server.runtime.Caller;
import org.contractfirst.server.runtime.ErrorKind;
import org.contractfirst.server.runtime.SandboxCredentials;
import org.contractfirst.server.runtime.ServerConfig;
import org.contractfirst.server.zitadel.api.UserProfileApi;

import java.time.OffsetDateTime;
import java.util.Set;

/** ZITADEL's reference server with its demo user. */
public final class ZitadelServer {

    public static final int DEFAULT_PORT = 8084;
    public static final String DEMO_TOKEN = "zitadel-demo-token";
    public static final String DEMO_USER = "69629026806489455";

    private ZitadelServer() {
    }

    public static ServerConfig config() {
        ZitadelProfiles profiles = new ZitadelProfiles();
        OffsetDateTime created = OffsetDateTime.parse("2024-11-15T21:46:10.392Z");
        profiles.add(DEMO_USER, DEMO_TOKEN, new ZitadelProfiles.Stored(new ZitadelProfiles.Fields("Minnie", "Mouse", "",
                "Minnie Mouse", "en", "GENDER_FEMALE"), 2, created, created, "69629023906488334"));
        ZitadelErrors errors = new ZitadelErrors();
        return new ServerConfig("zitadel", "specs/zitadel.yaml", "/auth/v1", binder -> new UserProfileApi(new ZitadelReference(profiles), binder),
                errors,
                SandboxCredentials.of("zitadel",
                        (scheme, token) -> profiles.userOf(token).map(user -> new Caller(user, token, Set.of("openid"))),
                        errors, ErrorKind.UNAVAILABLE),
                64 * 1024, false, false);
    }
}
