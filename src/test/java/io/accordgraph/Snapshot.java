package io.accordgraph;

import static io.restassured.RestAssured.get;

/** The whole graph as the export gives it: two equal snapshots mean nothing was written in between. */
public final class Snapshot {

    private Snapshot() {
    }

    public static String ofGraph() {
        return get("/bundles/export").then().statusCode(200).extract().asString();
    }
}
