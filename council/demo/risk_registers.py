"""The corporate risk registers of the two demo Quarterly Performance Reports.

Q1 2019/20 (seed 000, lines 829-924): the report prints the number of risks at
each level (current 0/9/10, target 4/14/1 Low/Medium/High), one changed score
(CRR0041, medium 12 to medium 8), and 15 action entries for 11 named risks. It
names 12 of its 19 risks and prints no other score, no bands and no likelihood or
impact. So:

- the seven risks it does not name have placeholder references and titles that say
  so, never invented ones;
- every score except CRR0041's is chosen to fit the published counts, at one
  score per level (High 16, Medium 12, Low 6; targets Medium 9), and each such
  assessment says so in its public data note;
- the bands are the 2012/13 report's (the issue's default scheme);
- action dates are the printed months; the report's summary table puts two of the
  four undated regular reviews in "June 2019" without saying which, so CRR0005's
  and CRR0015's are given June 2019 as their due date, with a data note; undated
  actions otherwise count as due later (the table's "July 2019 and beyond");
- the CRR0009 paragraph has no status and the report does not count it: it is kept
  as an action with no status, shown but not counted.

Q1 2012/13 (seed 001, lines 1633-1683): twelve risks, current and target ratings
as printed ("TBC" for CRR 12), with the report's own printed bands. The risks are
not linked to the 2019/20 ones: the numbering changed and the report says nothing
about continuity.
"""

from council.demo.data import SeedRange

SEED_2019 = "000_64fc473b1f88c9d2.txt"
SEED_2012 = "001_e24853c2c2e12eb8.txt"

SCHEME_2012 = {
    "name": "KCC Corporate Risk Register 2012/13 (1-6 Low, 8-15 Medium, 16-25 High)",
    "description": "1-6 = Low Risk 8-15 = Medium Risk 16-25 = High Risk",
    "bands": [("Low", 1, 6), ("Medium", 8, 15), ("High", 16, 25)],
}

CHOSEN = (
    "Score not printed in this report, which prints only how many risks are at "
    "each level: chosen to fit those published counts (one score per level: High "
    "16, Medium 12, Low 6, target Medium 9). It is not the council's score."
)
UNNAMED = "Corporate risk not named in this report ({n} of 7)"

# (reference, title, current score, target score) for Q1 2019/20.
RISKS_2019 = [
    ("CRR0002", "Safeguarding – Protecting vulnerable adults", 16, 9),
    (
        "CRR0003",
        "Access to resources to aid economic growth and enabling infrastructure",
        12,
        9,
    ),
    ("CRR0004", "Civil Contingencies and resilience", 16, 9),
    (
        "CRR0005",
        "Implementation of Local Care and Prevention with Health Partners in Kent",
        16,
        9,
    ),
    (
        "CRR0006",
        "Resourcing implications arising from increasing complex adult social care "
        "need",
        16,
        9,
    ),
    (
        "CRR0009",
        "Future financial and operating environment for local government",
        16,
        9,
    ),
    ("CRR0014", "Cyber-attack threats and their implications", 16, 9),
    ("CRR0015", "Managing and working with the social care market", 16, 9),
    (
        "CRR0016",
        "Delivery of new school places is constrained by capital budget pressures and "
        "dependency upon the Basic Need allocation and the Education and Skills "
        "Funding Agency (ESFA)",
        16,
        9,
    ),
    ("CRR0041", "Maintaining a healthy and effective workforce", 8, 8),
    ("CRR0042", "post-Brexit border systems and infrastructure arrangements", 16, 16),
    (
        "CRR0044",
        "High needs funding and adequacy of support for children with SEND",
        16,
        9,
    ),
] + [
    (f"NOT-NAMED-2019-{n}", UNNAMED.format(n=n), 12, 6 if n <= 4 else 9)
    for n in range(1, 8)
]

WORKFORCE_PREVIOUS = {
    "reference": "CRR0041",
    "assessed_on": "2019-03-31",
    "period_label": "Quarter 4 2018/19",
    "current": 12,
    "target": 8,
    "data_note": "The current score (medium 12) is printed in the Q1 2019/20 "
    "report's changed risk score; the target is not, and is taken as that "
    "report's target (8).",
}
WORKFORCE_NARRATIVE = SeedRange(SEED_2019, 839, 839)

REGULAR_REVIEW_CHOSEN = (
    "Due date not printed. The report counts two of its four regular reviews as "
    "due by June 2019 without saying which; this one is placed there to match."
)

# (risk, status, text lines, due, previous, revised, actual, data note).
# Text lines are the printed entry, its "Status:" prefix removed by the loader.
ACTIONS_2019 = [
    ("CRR0002", "in_progress", (853, 853), "2019-06", "2019-06", "2019-11", None, ""),
    ("CRR0003", "outstanding", (861, 863), None, None, None, None, ""),
    ("CRR0004", "in_progress", (867, 867), None, None, None, None, ""),
    (
        "CRR0005",
        "regular_review",
        (871, 871),
        "2019-06",
        None,
        None,
        None,
        REGULAR_REVIEW_CHOSEN,
    ),
    ("CRR0005", "in_progress", (873, 873), "2019-08", "2019-08", "2020-03", None, ""),
    ("CRR0005", "in_progress", (879, 879), "2019-08", "2019-08", "2020-03", None, ""),
    ("CRR0006", "regular_review", (887, 887), None, None, None, None, ""),
    ("CRR0009", "", (891, 891), None, None, None, None, ""),
    ("CRR0014", "in_progress", (895, 895), "2019-06", "2019-06", "2020-03", None, ""),
    (
        "CRR0015",
        "regular_review",
        (902, 902),
        "2019-06",
        None,
        None,
        None,
        REGULAR_REVIEW_CHOSEN,
    ),
    ("CRR0016", "outstanding", (906, 906), "2019-07", "2019-07", "2019-10", None, ""),
    ("CRR0042", "regular_review", (912, 912), None, None, None, None, ""),
    ("CRR0044", "completed", (916, 916), None, None, None, None, ""),
    ("CRR0044", "in_progress", (918, 918), "2020-01", "2020-01", None, "2019-09", ""),
    ("CRR0044", "in_progress", (922, 922), "2019-05", "2019-05", "2019-09", None, ""),
]

# The register section closing each report's body: (block type, heading, prose).
BLOCKS_2019 = [
    (
        "risk_overview",
        "Corporate Risk Register – Overview",
        SeedRange(SEED_2019, 831, 831),
    ),
    ("risk_profile", "Corporate risks in this report", ""),
    ("risk_changes", "Changed risk score", ""),
    ("actions_summary", "Mitigating actions", SeedRange(SEED_2019, 843, 843)),
    ("actions_by_risk", "", SeedRange(SEED_2019, 849, 849)),
]

RISKS_2012 = [
    ("CRR 1", "Data and Information Management", 12, 9),
    ("CRR 2", "Safeguarding", 16, 9),
    ("CRR 3", "Economic Climate", 12, 12),
    ("CRR 4", "Civil Contingencies and Resilience", 12, 12),
    ("CRR 5", "Organisational Transformation", 16, 8),
    ("CRR 6", "Localism", 16, 9),
    ("CRR 7", "Governance and Internal Control", 9, 9),
    ("CRR 8", "Academies Independence from KCC", 20, 12),
    ("CRR 9", "Health Reform", 12, 6),
    ("CRR 10", "Management of Demand", 25, 16),
    ("CRR 11", "Responsiveness to Emerging Government Reforms and Directives", 9, 4),
    ("CRR 12", "Welfare Reform Act", 16, None),  # printed "TBC"
]
NARRATIVES_2012 = {"CRR 10": SeedRange(SEED_2012, 1657, 1657)}

BLOCKS_2012 = [
    ("risk_profile", "KCC Risk Register", SeedRange(SEED_2012, 1637, 1637)),
    ("risk_overview", "Risks at each level", ""),
    ("paragraph", "", SeedRange(SEED_2012, 1659, 1683)),
]

# Where the reports print their tables, for the tests to compare with.
PRINTED_2019 = {
    "levels": SeedRange(SEED_2019, 833, 835),
    "actions": SeedRange(SEED_2019, 845, 847),
}
PRINTED_2012 = {"profile": SeedRange(SEED_2012, 1643, 1655)}
