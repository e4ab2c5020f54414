package io.accordgraph.bundle;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.neo4j.driver.exceptions.Neo4jException;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.accordgraph.auth.Access;
import io.accordgraph.error.CodedException;
import io.accordgraph.error.ErrorCode;
import io.accordgraph.error.Problem;
import io.accordgraph.graph.Admission;
import io.accordgraph.web.JsonBodies;
import io.smallrye.common.annotation.Blocking;

/**
 * Fact bundles as files, for scripts: {@code curl -H 'Content-Type: application/json' -H 'Authorization: Bearer ...'
 * --data-binary @bundle.json localhost:8080/bundles}. Imports take the same path as the {@code importBundle} mutation
 * and need the same role; {@code ?dryRun=true} answers what an import would change and writes nothing. The export
 * follows the rule of reads.
 */
@Path("/bundles")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class BundleResource {

    private static final Logger LOG = Logger.getLogger(BundleResource.class);

    @Inject
    BundleLoader loader;
    @Inject
    BundleExporter exporter;
    @Inject
    Access access;
    @Inject
    Admission admission;

    // Any type reaches the method, so that a refused one gets the JSON body of this endpoint's other refusals.
    @POST
    @Consumes(MediaType.WILDCARD)
    public CompletionStage<LoadResult> importBundle(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @QueryParam("dryRun") boolean dryRun, InputStream json) {
        if (!JsonBodies.declared(type)) {
            throw new CodedException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, JsonBodies.refusal("/bundles", type));
        }
        String writer = access.require(Access.Need.WRITE);
        FactBundle bundle = loader.read(json);
        // A dry run takes a write slot too: it writes, then rolls back.
        return admission.write(() -> dryRun ? loader.dryRun(bundle, writer) : loader.load(bundle, writer));
    }

    @GET
    @Path("/export")
    public FactBundle export() {
        access.require(Access.Need.READ);
        return exporter.export();
    }

    @GET
    @Path("/schema.json")
    @Produces("application/schema+json")
    public Map<String, Object> schema() {
        return BundleSchema.schema();
    }

    @ServerExceptionMapper
    Response refused(CodedException e) {
        Response.ResponseBuilder response = Response.status(e.code().status());
        e.code().headers().forEach(response::header);
        return response.type(MediaType.APPLICATION_JSON)
                .entity(new Failure(e.code(), e.getMessage(), e.problems())).build();
    }

    // Such as a bundle too large for the memory the database has for one transaction: the client learns that
    // nothing was written and why, without a stack trace; the log has the details.
    @ServerExceptionMapper
    Response failed(Neo4jException e) {
        LOG.errorf(e, "Import failed in the database");
        return refused(new CodedException(ErrorCode.DATABASE_ERROR, "The database could not complete the import ("
                + e.getMessage() + "); nothing was written. A large bundle may need more memory, or to be split into "
                + "several."));
    }

    /**
     * The body of a request that failed or was refused: the same code, message and problems a GraphQL error carries.
     * Only a refusal of the input has problems; other bodies leave them out.
     */
    record Failure(ErrorCode code, String message,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Problem> problems) {
    }
}
