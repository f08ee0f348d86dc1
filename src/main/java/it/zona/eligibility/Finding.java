package it.zona.eligibility;

import java.util.List;

/**
 * The verdict on one criterion of a service and why. {@code path} places the criterion in the
 * tree as the office's form names it ({@code criteria.items[1]}), since two criteria may be equal.
 */
record Finding(String path, AccessCriteria.Leaf criterion, Verdict verdict, String messageKey, List<Object> arguments) {

    Finding(String path, AccessCriteria.Leaf criterion, Judgement judgement) {
        this(path, criterion, judgement.verdict(), judgement.messageKey(), judgement.arguments());
    }
}
