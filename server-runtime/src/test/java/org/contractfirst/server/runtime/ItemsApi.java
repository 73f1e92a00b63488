package org.contractfirst.server.runtime;

import org.contractfirst.server.runtime.binding.FilePart;
import org.contractfirst.server.runtime.binding.MultipartBinder;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.security.Authenticator;
import org.contractfirst.server.runtime.security.Caller;
import org.contractfirst.server.runtime.security.Secured;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An API written by hand the way generated code is, over the spec {@code specs/items.yaml}: a resource, an
 * implementation with its error shape (the kind's name in the body) and authenticator, and a definition.
 */
public final class ItemsApi {

    private ItemsApi() {
    }

    /** A multipart body, bound as the generated resources bind theirs. */
    public static final class NewItem {
        public String name;
        public Map<String, Object> meta;
        public Map<String, Object> tags;
        public FilePart picture;
    }

    @Path("/items")
    public static final class ItemsResource {
        private final MultipartBinder binder;

        public ItemsResource(MultipartBinder binder) {
            this.binder = binder;
        }

        @GET
        @Path("/{id}")
        @Produces({"application/json", "application/xml"})
        @Secured(operationId = "getItem", value = @Secured.Scheme(name = "oauth", type = Secured.Type.BEARER))
        public Response getItem(@PathParam("id") String id) {
            return Response.ok(Map.of("name", id)).build();
        }

        @POST
        @Consumes("multipart/form-data")
        @Produces("application/json")
        @Secured(operationId = "createItem", value = {@Secured.Scheme(name = "oauth", type = Secured.Type.BEARER),
                @Secured.Scheme(name = "apiKey", type = Secured.Type.API_KEY_HEADER, header = "X-API-KEY")})
        public Response createItem(FormDataMultiPart multipart) {
            NewItem item = binder.bind(multipart, "createItem", NewItem.class);
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("name", item.name,
                    "meta", item.meta, "tags", item.tags == null ? Map.of() : item.tags,
                    "picture", item.picture == null ? "" : item.picture.fileName())).build();
        }
    }

    public static final class Items implements ApiImplementation {
        @Override
        public ErrorShape errors() {
            return (kind, message) -> Response.status(switch (kind) {
                case MISSING_CREDENTIALS, UNAUTHENTICATED -> 401;
                case NOT_FOUND -> 404;
                case METHOD_NOT_ALLOWED -> 405;
                case NOT_ACCEPTABLE -> 406;
                case UNSUPPORTED_MEDIA_TYPE -> 415;
                case INVALID_INPUT -> 422;
                default -> kind == ErrorKind.INTERNAL ? 500 : 400;
            }).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("kind", kind.name(), "message", message)).build();
        }

        @Override
        public Authenticator authenticator() {
            Map<String, Set<String>> scopes = Map.of("reader", Set.of("read"), "writer", Set.of("write"), "key", Set.of());
            return (scheme, credential) -> Optional.ofNullable(scopes.get(credential))
                    .map(granted -> new Caller(credential, credential, granted));
        }
    }

    public static final class Definition implements ApiDefinition {
        @Override
        public String name() {
            return "items";
        }

        @Override
        public String specResource() {
            return "specs/items.yaml";
        }

        @Override
        public Class<? extends ApiImplementation> implementationType() {
            return Items.class;
        }

        @Override
        public List<Object> resources(ApiImplementation implementation, MultipartBinder multipartBinder) {
            return List.of(new ItemsResource(multipartBinder));
        }
    }
}
