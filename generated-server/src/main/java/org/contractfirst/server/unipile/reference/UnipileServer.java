package org.contractfirst.server.unipile.reference;

import org.contractfirst.server.runtime.Caller;
import org.contractfirst.server.runtime.ErrorKind;
import org.contractfirst.server.runtime.SandboxCredentials;
import org.contractfirst.server.runtime.ServerConfig;
import org.contractfirst.server.unipile.api.UsersApi;
import org.contractfirst.server.unipile.model.AccountOrganization;
import org.contractfirst.server.unipile.model.AccountOwnerProfile;
import org.contractfirst.server.unipile.model.AccountOwnerProfileSalesNavigator;
import org.contractfirst.server.unipile.model.PremiumSeat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Unipile's reference server with its demo API key, a LinkedIn account and a Gmail account (not for this feature). */
public final class UnipileServer {

    public static final int DEFAULT_PORT = 3114;
    public static final String DEMO_KEY = "unipile-demo-key";
    public static final String LINKEDIN_ACCOUNT = "acc_linkedin_demo";
    public static final String GMAIL_ACCOUNT = "acc_gmail_demo";

    private UnipileServer() {
    }

    private static AccountOwnerProfile demoProfile() {
        return new AccountOwnerProfile()._object(AccountOwnerProfile.ObjectEnum.ACCOUNT_OWNER_PROFILE)
                .provider(AccountOwnerProfile.ProviderEnum.LINKEDIN)
                .providerId("ACoAAAcDMMQBODyLwZrRcgYhrkCafURGqva0U4E")
                .entityUrn("urn:li:fsd_profile:ACoAAAcDMMQBODyLwZrRcgYhrkCafURGqva0U4E")
                .objectUrn("urn:li:member:117650625").firstName("Julien").lastName("Crepieux")
                .publicIdentifier("julien-crepieux").publicProfileUrl("https://www.linkedin.com/in/julien-crepieux")
                .headline("Founder at Unipile").location("Paris, Île-de-France, France").email("julien@example.com")
                .premium(true).openProfile(false).occupation("Founder")
                .salesNavigator(AccountOwnerProfileSalesNavigator.of(new PremiumSeat().ownerSeatId("178912")
                        .contractId("300712")))
                .organizations(List.of(new AccountOrganization().id("12345").mailboxId("67890").name("Unipile")));
    }

    public static ServerConfig config() {
        UnipileAccounts accounts = new UnipileAccounts();
        accounts.add(LINKEDIN_ACCOUNT, new UnipileAccounts.Account(DEMO_KEY, "LINKEDIN", demoProfile()));
        accounts.add(GMAIL_ACCOUNT, new UnipileAccounts.Account(DEMO_KEY, "GMAIL", null));
        UnipileErrors errors = new UnipileErrors();
        return new ServerConfig("unipile", "specs/unipile.yaml", "",
                binder -> new UsersApi(new UnipileReference(accounts), binder), errors,
                SandboxCredentials.of("unipile",
                        (scheme, key) -> DEMO_KEY.equals(key) ? Optional.of(new Caller(DEMO_KEY, key, Set.of())) : Optional.empty(),
                        errors, ErrorKind.FORBIDDEN, ErrorKind.RATE_LIMITED, ErrorKind.INTERNAL,
                        ErrorKind.NOT_IMPLEMENTED, ErrorKind.UNAVAILABLE, ErrorKind.UPSTREAM_TIMEOUT),
                12 * 1024 * 1024, true, false);
    }
}
