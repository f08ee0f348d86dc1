package it.zona.agreement;

import jakarta.validation.constraints.NotNull;

/** A version of a document in the District's archive to attach; {@code version} is the agreement's. */
record AttachmentForm(@NotNull Long documentId, Long version) {}
