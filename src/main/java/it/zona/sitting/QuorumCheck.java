package it.zona.sitting;

/**
 * Whether a sitting may decide, and why: the members present (in person or by delegate) out of the
 * seats, and the population they represent out of the District's, each against the share the
 * body's rules ask for at that call.
 */
public record QuorumCheck(
        Call call,
        int seats,
        int present,
        Share membersShare,
        boolean membersReached,
        long population,
        long presentPopulation,
        Share populationShare,
        boolean populationReached) {

    public boolean reached() {
        return membersReached && populationReached;
    }
}
