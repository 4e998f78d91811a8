"""Choices used by the democratic-services models."""

from django.db import models


class MeetingStatus(models.TextChoices):
    """Where a meeting stands; a moved or postponed meeting keeps its page."""

    SCHEDULED = "scheduled", "Scheduled"
    MOVED = "moved", "Moved"
    POSTPONED = "postponed", "Postponed"
    CANCELLED = "cancelled", "Cancelled"
    HELD = "held", "Held"


class AgendaPart(models.TextChoices):
    """Part of the agenda: open to the public, or exempt under Schedule 12A."""

    PUBLIC = "public", "Public (unrestricted)"
    EXEMPT = "exempt", "Exempt (Schedule 12A)"


class ExemptParagraph(models.IntegerChoices):
    """Paragraphs of Part 1 of Schedule 12A to the Local Government Act 1972."""

    INDIVIDUAL = 1, "1. Information relating to any individual"
    IDENTITY = 2, "2. Information likely to reveal the identity of an individual"
    FINANCIAL = (
        3,
        (
            "3. Information relating to the financial or business affairs of any "
            "particular person (including the authority holding that information)"
        ),
    )
    LABOUR_RELATIONS = (
        4,
        (
            "4. Information relating to any consultations or negotiations, or "
            "contemplated consultations or negotiations, in connection with any labour "
            "relations matter arising between the authority or a Minister of the Crown "
            "and employees of, or office holders under, the authority"
        ),
    )
    LEGAL_PRIVILEGE = (
        5,
        (
            "5. Information in respect of which a claim to legal professional "
            "privilege could be maintained in legal proceedings"
        ),
    )
    STATUTORY_NOTICE = (
        6,
        (
            "6. Information which reveals that the authority proposes to give a notice "
            "under any enactment, or to make an order or direction under any enactment"
        ),
    )
    CRIME = (
        7,
        (
            "7. Information relating to any action taken or to be taken in connection "
            "with the prevention, investigation or prosecution of crime"
        ),
    )


class AgendaItemStatus(models.TextChoices):
    """How an item came to be on the agenda, or what became of it."""

    NORMAL = "normal", "Normal"
    URGENT = "urgent", "Urgent"
    LATE = "late", "Late / supplementary"
    DEFERRED = "deferred", "Deferred"
    WITHDRAWN = "withdrawn", "Withdrawn"


class CommitteeRole(models.TextChoices):
    """Standing of a member on a committee; the printed title is stored separately."""

    CHAIR = "chair", "Chair"
    VICE_CHAIR = "vice_chair", "Vice-Chair"
    MEMBER = "member", "Member"


class AttendanceKind(models.TextChoices):
    """Sections of the attendance record printed at the head of minutes."""

    PRESENT = "present", "Present"
    ALSO_PRESENT = "also_present", "Also present"
    IN_ATTENDANCE = "in_attendance", "In attendance (officers)"
    APOLOGY = "apology", "Apologies"


class InterestType(models.TextChoices):
    """Kinds of interest a member may declare (Localism Act 2011 code of conduct)."""

    DPI = "dpi", "Disclosable pecuniary interest"
    OTHER_SIGNIFICANT = "other_significant", "Other significant interest"
    VOLUNTARY = "voluntary", "Voluntary announcement"


class ResolutionLeadIn(models.TextChoices):
    """The sentence that introduces resolutions, as the clerk wrote it."""

    NONE = "", "(no lead-in)"
    RESOLVED = "It was RESOLVED that", "It was RESOLVED that"
    RESOLVED_COLON = "It was RESOLVED that:", "It was RESOLVED that:"


class CoverLabel(models.TextChoices):
    """How the cover sheet introduces the report's authors."""

    FROM = "From", "From:"
    BY = "By", "By:"


class ImportStatus(models.TextChoices):
    """Where an uploaded file is between its preview and its result."""

    PENDING = "pending", "Waiting to be checked"
    CHECKING = "checking", "Checking"
    PREVIEWED = "previewed", "Checked: waiting for confirmation"
    REFUSED = "refused", "Refused: errors, nothing imported"
    APPLYING = "applying", "Importing"
    APPLIED = "applied", "Imported"
    FAILED = "failed", "Failed: nothing imported"
    CANCELLED = "cancelled", "Cancelled"
