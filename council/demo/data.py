"""The demo content: Kent County Council's Cabinet, from the seed documents.

Short fields are transcribed verbatim from the seeds in ``seeds/``: the Cabinet
agenda pack of 26 March 2018 with the minutes of 5 February 2018
(``002_79e2b98c67008f5b.txt``) and the Quarterly Performance Report for Quarter 1
2019/20 (``000_64fc473b1f88c9d2.txt``). Long passages are referenced by seed line
range (``SeedRange``) and read from the files by the loader, so they are the
published text, not a retyping.

Nothing here is invented (bar the Cabinet's one-line purpose): where the seeds
are silent (a councillor's party or division, a meeting's start time) the field is
left empty. Printing errors are kept
as published (minute 55's "November 2018"; minute 56's decision box title copied from
minute 55). See docs/demo-content.md.
"""

from typing import NamedTuple

PACK = "002_79e2b98c67008f5b.txt"
QPR_Q1 = "000_64fc473b1f88c9d2.txt"


class SeedRange(NamedTuple):
    """Lines ``first``-``last`` (1-based, inclusive) of a file in ``seeds/``."""

    seed: str
    first: int
    last: int


COUNCIL_NAME = "Kent County Council"

OFFICERS = [
    # Agenda front sheet, L15-L17 and L36-L40.
    {
        "key": "whitaker",
        "name": "Louise Whitaker",
        "job_title": "",
        "phone": "03000416824",
        "email": "louise.whitaker@kent.gov.uk",
    },
    {
        "key": "watts",
        "name": "Benjamin Watts",
        "job_title": "General Counsel",
        "phone": "03000 416814",
        "email": "",
    },
]

VENUES = [
    {
        "key": "darent",
        "room": "Darent Room",
        "building": "Sessions House",
        "site": "County Hall",
        "town": "Maidstone",
        "postcode": "",
    },
]

# Names as in the minutes' PRESENT list (L48) and minute 53 (L54); first names only
# where a seed prints them (the QPR's "Cabinet Member" lines); roles as printed.
COUNCILLORS = [
    {
        "key": "carter",
        "title": "Mr",
        "first_names": "",
        "initials": "P B",
        "surname": "Carter",
        "honours": "CBE",
        "roles": ["Leader of the Council"],
    },
    {
        "key": "dance",
        "title": "Mr",
        "first_names": "Mark",
        "initials": "M C",
        "surname": "Dance",
        "honours": "",
        "roles": ["Cabinet Member for Economic Development"],
    },
    {
        "key": "gibbens",
        "title": "Mr",
        "first_names": "",
        "initials": "G K",
        "surname": "Gibbens",
        "honours": "",
        "roles": ["Cabinet Member for Adult Social Care"],
    },
    {
        "key": "gough",
        "title": "Mr",
        "first_names": "Roger",
        "initials": "R W",
        "surname": "Gough",
        "honours": "",
        "roles": [],
    },
    {
        "key": "hill",
        "title": "Mr",
        "first_names": "Mike",
        "initials": "P M",
        "surname": "Hill",
        "honours": "OBE",
        "roles": [],
    },
    {
        "key": "hotson",
        "title": "Mr",
        "first_names": "",
        "initials": "E E C",
        "surname": "Hotson",
        "honours": "",
        "roles": ["Cabinet Member for Corporate and Democratic Services"],
    },
    {
        "key": "oakford",
        "title": "Mr",
        "first_names": "Peter",
        "initials": "P J",
        "surname": "Oakford",
        "honours": "",
        "roles": [],
    },
    {
        "key": "whiting",
        "title": "Mr",
        "first_names": "Mike",
        "initials": "M",
        "surname": "Whiting",
        "honours": "",
        "roles": [],
    },
    {
        "key": "simmonds",
        "title": "Mr",
        "first_names": "John",
        "initials": "J",
        "surname": "Simmonds",
        "honours": "MBE",
        "roles": ["Cabinet Member for Finance"],
    },
    {
        "key": "carey",
        "title": "Mrs",
        "first_names": "Susan",
        "initials": "S",
        "surname": "Carey",
        "honours": "",
        "roles": ["Cabinet Member for Customers, Communications and Performance"],
    },
    {
        "key": "crabtree",
        "title": "Mrs",
        "first_names": "Margaret",
        "initials": "M",
        "surname": "Crabtree",
        "honours": "",
        "roles": ["Deputy Cabinet Member for Finance"],
    },
]

COMMITTEE = {
    "title": "Cabinet",
    "purpose_html": (
        "<p>The Cabinet is the executive of Kent County Council. Its meetings receive "
        "reports such as the Revenue and Capital Budget Monitoring report and the "
        "Quarterly Performance Report.</p>"
    ),
    "contact_officer": "whitaker",
    "venue": "darent",
    "members": [
        {"councillor": "carter", "position": "chair", "role": "Leader of the Council"},
        {
            "councillor": "dance",
            "position": "member",
            "role": "Cabinet Member for Economic Development",
        },
        {
            "councillor": "gibbens",
            "position": "member",
            "role": "Cabinet Member for Adult Social Care",
        },
        {"councillor": "gough", "position": "member", "role": "Cabinet Member"},
        {"councillor": "hill", "position": "member", "role": "Cabinet Member"},
        {
            "councillor": "hotson",
            "position": "member",
            "role": "Cabinet Member for Corporate and Democratic Services",
        },
        {"councillor": "oakford", "position": "member", "role": "Cabinet Member"},
        {"councillor": "whiting", "position": "member", "role": "Cabinet Member"},
        {
            "councillor": "simmonds",
            "position": "member",
            "role": "Cabinet Member for Finance",
        },
        {
            "councillor": "carey",
            "position": "member",
            "role": "Cabinet Member for Customers, Communications and Performance",
        },
    ],
}

REPORTS = [
    {
        # Agenda item 5, L166-L560; appendices L562-L1089.
        "key": "budget-monitoring-january-2018",
        "title": "Revenue & Capital Budget Monitoring – January 2017-18",
        "subject": "REVENUE & CAPITAL BUDGET MONITORING – JANUARY 2017-18",
        "from_label": "By",
        "from_lines": [
            "Cabinet Member for Finance, John Simmonds",
            "Corporate Director of Finance, Andy Wood",
            "Corporate Directors",
        ],
        "to": "Cabinet – 26 March 2018",
        "decision_no": "",
        "key_decision": False,
        "summary": SeedRange(PACK, 179, 189),
        "recommendations_intro": "Cabinet is asked to:",
        "recommendations": [
            "Note the forecast revenue budget monitoring position for 2017-18 and "
            "capital budget monitoring position for 2017-18 to 2019-20, and that the "
            "forecast pressure on the revenue budget needs to be eliminated as we move "
            "into the final third of the year.",
            "Approve an additional £2m spending on pot-hole repairs in 2018-19 in "
            "response to the severe weather event during the week of 26 February. This "
            "will be met by a draw-down from reserves.",
        ],
        "body": SeedRange(PACK, 198, 555),
        "contacts": [
            {
                "name": "Andy Wood",
                "role": "Director",
                "job_title": "Corporate Director of Finance & Procurement",
                "phone": "03000 416854",
                "email": "andy.wood@kent.gov.uk",
            },
            {
                "name": "Emma Feakins",
                "role": "Report Author",
                "job_title": "Chief Accountant",
                "phone": "03000 416082",
                "email": "emma.feakins@kent.gov.uk",
            },
            {
                "name": "Jo Lee",
                "role": "Report Author",
                "job_title": "Capital Finance Manager",
                "phone": "03000 416939",
                "email": "joanna.lee@kent.gov.uk",
            },
            {
                "name": "Julie Samson",
                "role": "Report Author",
                "job_title": "Capital Finance Manager",
                "phone": "03000 416950",
                "email": "julie.samson@kent.gov.uk",
            },
        ],
        "appendices": [
            {
                "title": "Appendix 1 – Breakdown of Directorate Monitoring Position",
                "text": SeedRange(PACK, 562, 641),
            },
            {
                "title": "Appendix 2 – activity information for our highest risk "
                "budgets",
                "text": SeedRange(PACK, 643, 975),
            },
            {
                "title": "Appendix 3 – Unaccompanied Asylum Seeking Children (UASC)",
                "text": SeedRange(PACK, 977, 1089),
            },
        ],
    },
    {
        # Agenda item 6, L1092-L1141; the QPR itself is Appendix 1, L1143-L1945.
        "key": "qpr-q3-2017-18",
        "subject": "Quarterly Performance Report, Quarter 3, 2017/18",
        "from_label": "From",
        "from_lines": [
            "Susan Carey – Cabinet Member for Customers, Communications and "
            "Performance",
            "David Cockburn – Corporate Director, Strategic and Corporate Services",
        ],
        "to": "Cabinet – 26 March 2018",
        "decision_no": "N/a",
        "key_decision": False,
        "summary": SeedRange(PACK, 1103, 1103),
        "recommendations_intro": "",
        "recommendations": [
            "Cabinet is asked to NOTE the Quarter 3 Performance Report."
        ],
        "body": SeedRange(PACK, 1109, 1122),
        "contacts": [
            {
                "name": "Richard Fitzgerald",
                "role": "",
                "job_title": "Business Intelligence Manager, Strategic Business "
                "Development and Intelligence",
                "phone": "03000 416091",
                "email": "Richard.Fitzgerald@kent.gov.uk",
            },
            {
                "name": "Vincent Godfrey",
                "role": "",
                "job_title": "Strategic Commissioner",
                "phone": "03000 419045",
                "email": "Vincent.Godfrey@kent.gov.uk",
            },
        ],
        "appendices": [
            {
                "title": "Appendix 1 – KCC Quarterly Performance Report, Quarter 3, "
                "2017/18",
                "text": SeedRange(PACK, 1143, 1945),
            },
        ],
    },
    {
        # The QPR cover report to Cabinet on 23 September 2019, 000 L1-L62.
        "key": "qpr-q1-2019-20",
        "subject": "Quarterly Performance Report, Quarter 1, 2019/20",
        "from_label": "From",
        "from_lines": [
            "Susan Carey – Cabinet Member for Customers, Communications and "
            "Performance",
            "David Cockburn – Corporate Director, Strategic and Corporate Services",
        ],
        "to": "Cabinet - 23 September 2019",
        "decision_no": "n/a",
        "key_decision": False,
        "summary": SeedRange(QPR_Q1, 14, 16),
        "recommendations_intro": "",
        "recommendations": [
            "Cabinet is asked to NOTE the Quarter 1 Performance Report."
        ],
        "body": SeedRange(QPR_Q1, 22, 43),
        "contacts": [
            {
                "name": "Rachel Kennard",
                "role": "",
                "job_title": "Chief Analyst, Strategic Commissioning",
                "phone": "03000 414527",
                "email": "Rachel.Kennard@kent.gov.uk",
            },
            {
                "name": "Vincent Godfrey",
                "role": "",
                "job_title": "Strategic Commissioner",
                "phone": "03000 419045",
                "email": "Vincent.Godfrey@kent.gov.uk",
            },
        ],
        "appendices": [
            {
                "title": "Appendix 1 – Quarterly Performance Report, Quarter 1, "
                "2019/20",
                "text": SeedRange(QPR_Q1, 64, 925),
            },
        ],
    },
]

MEETINGS = [
    {
        # Known from its minutes (L42-L165); its agenda is not in the seeds.
        "key": "2018-02-05",
        "date": "2018-02-05",
        "start_time": None,
        "venue": "darent",
        "status": "held",
        "contact_officer": None,
        "items": [],
    },
    {
        # The agenda front sheet, L1-L40.
        "key": "2018-03-26",
        "date": "2018-03-26",
        "start_time": "10:00",
        "venue": "darent",
        "status": "held",
        "contact_officer": "whitaker",
        "refreshments": "Tea/Coffee will be available 15 minutes before the meeting.",
        "webcast": True,
        "issue_date": "2018-03-16",
        "issued_by": "watts",
        "items": [
            {"title": "Introduction/Webcasting"},
            {"title": "Apologies and Substitutions"},
            {
                "title": "Declaration of Interests by Member in Items on the Agenda "
                "for this meeting"
            },
            {
                "title": "Minutes of the Meeting held on 5 February 2018",
                "minutes_of": "2018-02-05",
            },
            {
                "title": "Revenue and Capital Budget Monitoring - January 2018",
                "reports": ["budget-monitoring-january-2018"],
            },
            {
                "title": "Quarterly Performance Monitoring Report - Quarter 3",
                "reports": ["qpr-q3-2017-18"],
            },
        ],
    },
    {
        # Known from the QPR cover report's "To: Cabinet - 23 September 2019".
        "key": "2019-09-23",
        "date": "2019-09-23",
        "start_time": None,
        "venue": None,
        "status": "held",
        "contact_officer": None,
        "items": [
            {
                "title": "Quarterly Performance Report, Quarter 1, 2019/20",
                "reports": ["qpr-q1-2019-20"],
            },
        ],
    },
]

_NONE = {"alternatives": "None.", "conflicts": "None.", "dispensations": "None."}

MINUTES = [
    {
        "meeting": "2018-02-05",
        "present": [
            {"councillor": key}
            for key in (
                "carter",
                "dance",
                "gibbens",
                "gough",
                "hill",
                "hotson",
                "oakford",
                "whiting",
            )
        ],
        "also_present": [
            {"councillor": "crabtree", "role": "Deputy Cabinet Member for Finance"}
        ],
        "apologies": [
            {
                "councillor": "simmonds",
                "role": "Cabinet Member for Finance",
                "substitute": "crabtree",
                "substitute_role": "Deputy Cabinet Member for Finance",
            }
        ],
        "declarations": [],
        "entries": [
            {
                "number": 53,
                "item": None,
                "title": "Apologies and substitutions",
                "narrative": SeedRange(PACK, 54, 54),
            },
            {
                "number": 54,
                "item": 4,
                "title": "Minutes of the Meeting held on 15 January 2018",
                "narrative": SeedRange(PACK, 60, 60),
            },
            {
                "number": 55,
                "item": 5,
                "title": "Capital and Budget Monitoring Report - November 2018",
                # L72-L74: one paragraph broken by the page ("received / by most").
                "narrative": SeedRange(PACK, 66, 76),
                "resolution_lead_in": "",
                "resolutions": [
                    "That the forecast revenue budget monitoring position for 2017-18 "
                    "and capital budget monitoring position for 2017-18 to 2019-20, "
                    "and the need to eliminate the forecast pressure on the revenue "
                    "budget as the year progresses be NOTED."
                ],
                "decision": {
                    "title": "Revenue and Capital Budget Monitoring Report November "
                    "2017- 2018",
                    "reasons": [],
                    **_NONE,
                },
            },
            {
                "number": 56,
                "item": 6,
                "title": "Draft 2018-19 Budget & 2018-20 Medium Term Financial Plan",
                "narrative": SeedRange(PACK, 87, 104),
                "resolution_lead_in": "It was RESOLVED that",
                "resolutions": [
                    "That the draft budget, taking into account any proposed "
                    "amendments from Cabinet Committees and any other final changes to "
                    "the draft Budget and MTFP published on 15th January 2018 be "
                    "endorsed",
                    "That final decision on council tax precept will be presented at "
                    "the County Council meeting on 20th February be noted.",
                ],
                "decision": {
                    # Copied unchanged from minute 55's box in the published minutes.
                    "title": "Revenue and Capital Budget Monitoring Report November "
                    "2017- 2018",
                    "reasons": [
                        "To ensure that county council are aware of the endorsement of "
                        "the draft budget by Cabinet on consideration of the matter in "
                        "February."
                    ],
                    **_NONE,
                },
            },
            {
                "number": 57,
                "item": 7,
                "title": "Update on the progress in reporting and managing Delayed "
                "Transfers of Care.",
                "narrative": SeedRange(PACK, 122, 140),
                "resolution_lead_in": "It was RESOLVED that",
                "resolutions": [
                    "the robust performance dashboard that continues to be used to "
                    "report and to manage performance locally be NOTED;",
                    "the impact of the interventions on social care delays and in some "
                    "health delays and the ongoing and escalated pressures that are "
                    "being managed be NOTED;",
                    "the issues with the National and local reporting and the work to "
                    "reduce this through local teams and adopting a regional position "
                    "be NOTED.",
                    "A further report be received on the matter in the spring / "
                    "summer, as appropriate.",
                ],
                "decision": None,
            },
            {
                "number": 58,
                "item": 8,
                "title": "Business Services Centre Trading Company",
                "public_minute_of_exempt": True,
                "narrative": SeedRange(PACK, 154, 158),
                "resolution_lead_in": "It was RESOLVED that:",
                "resolutions": [
                    "The business case for the proposed creation of a trading "
                    "structure for the Business Services Centre be APPROVED;",
                    "The creation of a trading structure for the Business Services "
                    "Centre, in line with the approved business case and review points "
                    "as set out in the report, and agreement to enter into such "
                    "contractual arrangements as are appropriate to facilitate that "
                    "creation be APPROVED",
                    "Delegation of authority to the Monitoring Officer to agree the "
                    "final details of the company structure, and contractual and "
                    "commissioning arrangements in consultation with the Head of "
                    "Paid Service, Cabinet Member for Corporate and Democratic "
                    "Services, the Cabinet Member for Traded Services and Health "
                    "Reform, the Director of Infrastructure and the Corporate Director "
                    "of Finance and "
                    "Procurement be APPROVED",
                    "The implementation of a shadow governance structure be APPROVED.",
                ],
                "decision": None,
            },
        ],
    },
]
