package it.zona.sitting;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words of the sittings' enums in the page's language ({@code ${@sittingWords.share(s)}} in
 * templates). Each constant names its message key here, so that a new constant fails to compile
 * until it has its words, and the keys are checked like every key the code names.
 */
@Component("sittingWords")
class SittingWords {

    private final MessageSource messages;

    SittingWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The share as statutes word it: "più della metà". */
    public String share(Share share) {
        return say(
                switch (share) {
                    case NONE -> "quorum.share.NONE";
                    case AT_LEAST_ONE_THIRD -> "quorum.share.AT_LEAST_ONE_THIRD";
                    case AT_LEAST_HALF -> "quorum.share.AT_LEAST_HALF";
                    case MORE_THAN_HALF -> "quorum.share.MORE_THAN_HALF";
                    case AT_LEAST_TWO_THIRDS -> "quorum.share.AT_LEAST_TWO_THIRDS";
                });
    }

    /** What a quorum asks for, as a clause: "serve più della metà". */
    public String need(Share share) {
        return say(
                switch (share) {
                    case NONE -> "quorum.need.NONE";
                    case AT_LEAST_ONE_THIRD -> "quorum.need.AT_LEAST_ONE_THIRD";
                    case AT_LEAST_HALF -> "quorum.need.AT_LEAST_HALF";
                    case MORE_THAN_HALF -> "quorum.need.MORE_THAN_HALF";
                    case AT_LEAST_TWO_THIRDS -> "quorum.need.AT_LEAST_TWO_THIRDS";
                });
    }

    public String basis(WeightBasis basis) {
        return say(
                switch (basis) {
                    case HEADCOUNT -> "quorum.basis.HEADCOUNT";
                    case POPULATION -> "quorum.basis.POPULATION";
                    case AGREED_SHARES -> "quorum.basis.AGREED_SHARES";
                });
    }

    public String call(Call call) {
        return say(
                switch (call) {
                    case FIRST -> "sitting.call.FIRST";
                    case SECOND -> "sitting.call.SECOND";
                });
    }

    public String presence(Presence presence) {
        return say(
                switch (presence) {
                    case PRESENT -> "sitting.presence.PRESENT";
                    case DELEGATE -> "sitting.presence.DELEGATE";
                    case ABSENT -> "sitting.presence.ABSENT";
                });
    }

    /** A vote; no choice is a member present who does not vote. */
    public String choice(Choice choice) {
        if (choice == null) {
            return say("sitting.choice.none");
        }
        return say(
                switch (choice) {
                    case IN_FAVOUR -> "sitting.choice.IN_FAVOUR";
                    case AGAINST -> "sitting.choice.AGAINST";
                    case ABSTAINED -> "sitting.choice.ABSTAINED";
                });
    }

    /** An item's outcome; no outcome is an item not yet voted. */
    public String outcome(Outcome outcome) {
        if (outcome == null) {
            return say("sitting.outcome.none");
        }
        return say(
                switch (outcome) {
                    case APPROVED -> "sitting.outcome.APPROVED";
                    case REJECTED -> "sitting.outcome.REJECTED";
                });
    }

    /** What an item does to an earlier resolution: "Modifica", "Revoca". */
    public String effect(Effect effect) {
        return say(
                switch (effect) {
                    case AMENDS -> "sitting.effect.AMENDS";
                    case REVOKES -> "sitting.effect.REVOKES";
                });
    }

    public String status(SittingStatus status) {
        return say(
                switch (status) {
                    case CONVENED -> "sitting.status.CONVENED";
                    case CANCELLED -> "sitting.status.CANCELLED";
                });
    }

    public String resolutionStatus(ResolutionView.Status status) {
        return say(
                switch (status) {
                    case IN_FORCE -> "resolution.status.IN_FORCE";
                    case AMENDED -> "resolution.status.AMENDED";
                    case REVOKED -> "resolution.status.REVOKED";
                });
    }

    private String say(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
