package org.contractfirst.reference.client.unipile;

import static org.contractfirst.reference.unipile.UnipileReference.DEMO_KEY;
import static org.contractfirst.reference.unipile.UnipileReference.LINKEDIN_ACCOUNT;
import static org.contractfirst.reference.unipile.UnipileReference.GMAIL_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.contractfirst.client.unipile.ApiException;
import org.contractfirst.reference.client.ReferenceServersTest;
import org.contractfirst.client.unipile.api.UsersApi;
import org.contractfirst.client.unipile.model.BadRequestResponse;
import org.contractfirst.client.unipile.model.ContentTooLargeResponse;
import org.contractfirst.client.unipile.model.ForbiddenResponse;
import org.contractfirst.client.unipile.model.GatewayTimeoutResponse;
import org.contractfirst.client.unipile.model.InternalServerErrorResponse;
import org.contractfirst.client.unipile.model.NotFoundResponse;
import org.contractfirst.client.unipile.model.NotImplementedErrorResponse;
import org.contractfirst.client.unipile.model.ServiceUnavailableResponse;
import org.contractfirst.client.unipile.model.TooManyRequestsResponse;
import org.contractfirst.client.unipile.model.UnauthorizedResponse;
import org.contractfirst.client.unipile.model.UnprocessableEntityResponseSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Unipile's documented errors arrive as its ApiException, the problem body parsed with its `type` as an enum. 415
 * cannot be provoked through the client, which always sends multipart/form-data.
 */
class UnipileErrorsTest extends ReferenceServersTest {

    @TempDir
    Path folder;

    private static UsersApi users(String key) {
        return new UsersApi(config("unipile", key));
    }

    @Test
    void anAccountOfAnotherKindIs422() {
        ApiException e = assertThrows(ApiException.class, () -> users(DEMO_KEY).getAccountOwnerProfile(GMAIL_ACCOUNT));
        assertEquals(422, e.status());
        UnprocessableEntityResponseSchema body = e.errorBody(UnprocessableEntityResponseSchema.class);
        assertEquals(UnprocessableEntityResponseSchema.TypeEnum.ERRORS_INVALID_ACCOUNT, body.getType());
        assertEquals(UnprocessableEntityResponseSchema.StatusEnum.NUMBER_422, body.getStatus());
        assertTrue(e.rawBodyText().contains("errors/invalid_account"));
    }

    @Test
    void anUnknownAccountIs404() {
        ApiException e = assertThrows(ApiException.class, () -> users(DEMO_KEY).editAccountOwnerProfile(
                "LINKEDIN", "nope", null, null, null, null, null, null, null, null, null, null, null));
        assertEquals(NotFoundResponse.TypeEnum.ERRORS_RESOURCE_NOT_FOUND, e.errorBody(NotFoundResponse.class).getType());
    }

    @Test
    void aPictureOfAnotherTypeIs400AndAnOversizedOneIs413() throws Exception {
        File gif = Files.write(folder.resolve("me.gif"), new byte[] {'G', 'I', 'F', '8', '9', 'a'}).toFile();
        ApiException badType = assertThrows(ApiException.class, () -> users(DEMO_KEY).editAccountOwnerProfile(
                "LINKEDIN", LINKEDIN_ACCOUNT, null, null, null, gif, null, null, null, null, null, null, null));
        assertEquals(BadRequestResponse.TypeEnum.ERRORS_INVALID_PARAMETERS, badType.errorBody(BadRequestResponse.class).getType());

        File big = Files.write(folder.resolve("big.jpg"), new byte[5 * 1024 * 1024 + 1]).toFile();
        ApiException tooLarge = assertThrows(ApiException.class, () -> users(DEMO_KEY).editAccountOwnerProfile(
                "LINKEDIN", LINKEDIN_ACCOUNT, null, null, null, null, null, big, null, null, null, null, null));
        assertEquals(ContentTooLargeResponse.TypeEnum.ERRORS_CONTENT_TOO_LARGE,
                tooLarge.errorBody(ContentTooLargeResponse.class).getType());
    }

    @Test
    void aWrongKeyIs401() {
        ApiException e = assertThrows(ApiException.class, () -> users("wrong").getAccountOwnerProfile(LINKEDIN_ACCOUNT));
        assertEquals(UnauthorizedResponse.TypeEnum.ERRORS_INVALID_CREDENTIALS, e.errorBody(UnauthorizedResponse.class).getType());
    }

    @ParameterizedTest
    @CsvSource({"403, errors/insufficient_permissions", "429, errors/too_many_requests", "500, errors/unexpected_error",
            "501, errors/feature_not_implemented", "503, errors/service_unavailable", "504, errors/request_timeout"})
    void sandboxOutagesAreParsedAsTheModelDocumentedForTheirStatus(int status, String type) {
        ApiException e = assertThrows(ApiException.class,
                () -> users("unipile-sandbox-" + status).getAccountOwnerProfile(LINKEDIN_ACCOUNT));
        assertEquals(status, e.status());
        Object body = e.errorBody();
        Class<?> documented = switch (status) {
            case 403 -> ForbiddenResponse.class;
            case 429 -> TooManyRequestsResponse.class;
            case 500 -> InternalServerErrorResponse.class;
            case 501 -> NotImplementedErrorResponse.class;
            case 503 -> ServiceUnavailableResponse.class;
            default -> GatewayTimeoutResponse.class;
        };
        assertEquals(documented, body.getClass());
        assertTrue(body.toString().contains("type: " + type), body.toString());
    }
}
