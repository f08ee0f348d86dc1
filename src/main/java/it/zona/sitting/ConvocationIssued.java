package it.zona.sitting;

/**
 * The office convened a sitting, changed its convocation or cancelled it: the members are to be
 * told. Published inside the change's transaction, so that what rolls back tells nobody.
 */
public record ConvocationIssued(long sittingId) {}
