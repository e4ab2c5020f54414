package io.accordgraph.talks;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.accordgraph.source.SourceInput;
import io.accordgraph.write.EntityInput;
import io.accordgraph.write.GivenFields;

@Description("A round of talks to add, or to update when its id exists."
        + " Fields left out keep their values; a new one needs a name. Cite at least one source: `sources` by "
        + "id, `newSources` given inline.")
@Input("TalksInput")
public record TalksInput(@Id @NonNull String id, String name, List<String> aliases,
        String location, @Description("ISO date of the first day, e.g. 2026-02-17.") String startDate,
        @Description("ISO date of the last day.") String endDate, String description,
        @Id List<String> sources, List<SourceInput> newSources) implements EntityInput {

    @Override
    public Map<String, Object> properties() {
        return GivenFields.of("location", location, "startDate", startDate, "endDate", endDate,
                "description", description);
    }
}
