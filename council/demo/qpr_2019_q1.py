"""Kent County Council's Quarterly Performance Report, Quarter 1 2019/20.

Transcribed from ``seeds/000_64fc473b1f88c9d2.txt``: the Cabinet cover report of
23 September 2019 (lines 1-62) and its Appendix 1, the QPR itself (lines 64-925),
with data to the end of June 2019. Pure data: the loader
(``council.demo.performance``) turns it into indicators, measurements and a
Quarterly Performance Report page, whose ratings, directions and executive summary
are computed from the data, never loaded.

What the seed prints, and what was chosen:

* Only the three Customer Services KPI boxes survived as text (Current, Target,
  Previous, RAG and arrow). Every other KPI box was an image, so its figures come
  from the commentary; where the text does not print a figure that the published
  rating or direction needs (a value, a previous value, a target), one was chosen
  to be consistent with the published rating, the area's direction-of-travel count
  (executive summary, lines 120-127) and the commentary's wording, and the
  measurement's public ``data_note`` says exactly which figure was chosen and why.
* Floor standards are never printed in this report. A floor is stored only where
  the published rating needs one (the 7 Amber and 4 Red KPIs), always chosen and
  always explained in the data note; Green KPIs have no floor.
* Direction of travel is movement since the previous quarter (the key's "Performance
  has improved / worsened / remained the same"), so every KPI has a current
  measurement (a period ending in April-June 2019) and a previous one (the period
  ending in January-March 2019, on the same basis). Drug and alcohol treatment
  completions lag: the latest figure is the 12 months to May 2019 (June data "not
  yet available", lines 147 and 812), compared with the 12 months to March 2019.
* The directions the text leaves open (Environment and Transport, most of
  Children, Young People and Education, and Public Health's drug and alcohol and
  Live Well KPIs) were assigned so that each area's counts equal the printed
  executive summary: Environment and Transport improving = greenhouse gas; no
  change = Highways KPI A and municipal waste; worsening = potholes, emergency
  incidents, Highways KPI B. CYPE improving = schools, first-time entrants,
  3+ placements, adoption days, care leavers in EET; no change = Early Years,
  NEET, apprenticeships, exclusions; worsening = EHCPs, Early Help, social worker
  posts, re-referrals, in-house fostering (the last five as the commentary says).
  Public Health: drug and alcohol completions improving (the commentary reports
  "a continuation in the increase" of successful completions), Live Well
  worsening. No direction override is used.
* Two Highways KPIs are not named anywhere in the text ("Two of the four Highways
  indicators met target"): they are "Highways KPI A/B (not named in this report's
  text)". The second Economic Development & Communities KPI is taken to be the s.106
  table's "Secured as % of Amount Sought" row (its identity is inferred, not
  stated); its figures are the table's.
* The Early Help KPI is Red, but the report states no specific action for it; its
  corrective action holds the report's only explanation of the fall (line 584).
* Activity indicators: only those for which the text gives a figure. No
  thresholds are printed anywhere in the text (the graphs were images), so every
  threshold is left empty and each data note says so and quotes any printed
  judgement ("at the lower end of seasonal demand", "within seasonal
  expectations").
* Data tables keep every cell as printed, including the Contact Activity table's
  "Total Contacts (thousands)" Apr - Jun cell of 156 (its parts add to 146), the
  children in care table's "1377" without a separator, and blank cells.

Conventions: codes "QPR19-" + area (CS, ED, ET, CY, AS, PH) + a two-digit number
for KPIs, or "-A" + a two-digit number for activity indicators. Percentages are
stored without "%", counts without separators. Period labels are as printed where
the report prints one ("Apr to Jun 2019", "Jun 19"), otherwise short labels.
"""

from council.demo.data import SeedRange

SEED = "000_64fc473b1f88c9d2.txt"


def _seed(first: int, last: int) -> SeedRange:
    return SeedRange(SEED, first, last)


CS = "Customer Services"
ED = "Economic Development & Communities"
ET = "Environment and Transport"
CY = "Children, Young People and Education"
AS = "Adult Social Care"
PH = "Public Health"

REPORT = {
    "title": "Quarterly Performance Report, Quarter 1, 2019/20",
    "slug": "qpr-2019-20-q1",
    "financial_year": 2019,
    "quarter": 1,
    "produced_by": "KCC Strategic Commissioning – Performance and Analytics",
    # L78-L80 the key's introduction; L82-L87 (the G/A/R and arrow meanings) are a
    # tab-separated list, kept in the rating scheme's description; L89 the
    # footnote on floor standards; L91-L99 the key to activity indicator graphs.
    "key_to_ratings": [_seed(80, 80), _seed(89, 99)],
    "data_quality_note": _seed(103, 103),
    # The executive summary's prose, without its counts table (L120-L127), which
    # the page computes from the data.
    "introduction": [_seed(116, 118), _seed(129, 147)],
    "rating_scheme": {
        "name": "KCC floor standard (2019/20)",
        "kind": "floor",
        "description": (
            "This report includes 35 Key Performance Indicators (KPIs), where "
            "progress is assessed against Targets which are set at the start of "
            "the financial. Progress against Target is assessed by RAG "
            "(Red/Amber/Green) ratings. Progress is also assessed in terms of "
            "Direction of Travel (DoT) through use of arrows.\n"
            "GREEN: Target has been achieved\n"
            "AMBER: Floor Standard* achieved but Target has not been met\n"
            "RED: Floor Standard* has not been achieved\n"
            "↑: Performance has improved\n"
            "↓: Performance has worsened\n"
            "↔: Performance has remained the same\n"
            "*Floor Standards are the minimum performance expected and if not "
            "achieved must result in management action"
        ),
    },
    "direction_scheme": {
        "name": "Movement since the previous quarter",
        "method": "previous",
        "window": 8,
    },
}

_BOX = (
    "The KPI box prints Current, Target and Previous without their periods; they "
    "are taken as the quarter (April-June 2019) and the previous quarter "
    "(January-March 2019)."
)
_IMAGE = (
    "The KPI box was an image in the published document; the figures are from the "
    "commentary where it gives them, otherwise chosen (see each measurement's "
    "note)."
)


def _indicator(
    code,
    title,
    area,
    *,
    kind="kpi",
    unit="percentage",
    decimal_places=0,
    unit_label="",
    polarity="higher",
    period_basis="quarter",
    short_title="",
    source="",
    definition="",
):
    return {
        "code": code,
        "title": title,
        "short_title": short_title,
        "area": area,
        "kind": kind,
        "unit": unit,
        "decimal_places": decimal_places,
        "unit_label": unit_label,
        "polarity": polarity,
        "period_basis": period_basis,
        "source": source,
        "definition": definition,
    }


INDICATORS = [
    # Customer Services: the three boxes that survived as text (L171-L214).
    _indicator(
        "QPR19-CS01",
        "Percentage of callers to Contact Point who rated the advisor who dealt "
        "with their call as good",
        CS,
        short_title="Callers rating their Contact Point advisor as good",
        definition=_BOX,
    ),
    _indicator(
        "QPR19-CS02",
        "Percentage of phone calls to Contact Point which were answered",
        CS,
        short_title="Contact Point calls answered",
        definition=_BOX,
    ),
    _indicator(
        "QPR19-CS03",
        "Percentage of complaints responded to within timescale",
        CS,
        short_title="Complaints responded to within timescale",
        definition=_BOX,
    ),
    # Economic Development & Communities (KPI boxes were images, L389-L392).
    _indicator(
        "QPR19-ED01",
        "No Use Empty programme, which returns long term empty domestic properties "
        "into active use",
        ED,
        unit="count",
        unit_label="properties",
        period_basis="rolling_12",
        short_title="No Use Empty: long term empty properties returned to use",
        definition=_IMAGE
        + " The executive summary says the programme 'remains ahead of target'. "
        "The KPI's figures, unit and period are not printed: it is recorded as the "
        "number of properties returned to use in a rolling 12 months (chosen). The "
        "text prints 136 long term empty properties made fit for occupation in the "
        "quarter and 6,047 since 2005; neither is the KPI's figure.",
    ),
    _indicator(
        "QPR19-ED02",
        "Secured as % of Amount Sought",
        ED,
        short_title="s.106 contributions secured as % of amount sought",
        definition="The report's text does not name its second Economic "
        "Development & Communities KPI; it is taken to be this row of the "
        "'s.106 contributions secured £000s' table (identity inferred, not "
        "stated). Its quarterly figures are the table's. Target not printed.",
    ),
    # Environment and Transport (KPI boxes were images, L515-L521).
    _indicator(
        "QPR19-ET01",
        "Percentage of routine pothole repairs completed within 28 days",
        ET,
        short_title="Routine pothole repairs within 28 days",
        definition=_IMAGE + " The target is the 'customer standard of 90%'.",
    ),
    _indicator(
        "QPR19-ET02",
        "Highways KPI A (not named in this report's text)",
        ET,
        definition="One of the 'four Highways indicators', two of which 'met "
        "target'; this one is not named in the report's text and none of its "
        "figures is printed (they were in a graph image). Unit assumed to be a "
        "percentage.",
    ),
    _indicator(
        "QPR19-ET03",
        "Emergency highways incidents attended within 2 hours",
        ET,
        short_title="Emergency incidents attended within 2 hours",
        definition=_IMAGE + " The target is the 'customer standard' of 98%.",
    ),
    _indicator(
        "QPR19-ET04",
        "Highways KPI B (not named in this report's text)",
        ET,
        definition="The second of the 'four Highways indicators' that met target; "
        "not named in the report's text and none of its figures is printed (they "
        "were in a graph image). Unit assumed to be a percentage.",
    ),
    _indicator(
        "QPR19-ET05",
        "Percentage of municipal waste diverted from landfill",
        ET,
        short_title="Municipal waste diverted from landfill",
        definition=_IMAGE + " The text says only that it 'exceeded target'.",
    ),
    _indicator(
        "QPR19-ET06",
        "KCC Estate Greenhouse Gas emissions",
        ET,
        polarity="lower",
        period_basis="rolling_12",
        short_title="Greenhouse gas emissions from the KCC estate",
        definition=_IMAGE
        + " The report prints only the five-year target 'to reduce emissions by "
        "32%', met 'two years early'. Figures here are emissions as a percentage "
        "of the programme's baseline (a chosen representation), so the target is "
        "68% (a 32% reduction); lower is better.",
    ),
    # Children, Young People and Education (KPI boxes were images, L640-L662).
    _indicator(
        "QPR19-CY01",
        "Percentage of state funded schools which are Good or Outstanding",
        CY,
        period_basis="snapshot",
        short_title="Schools Good or Outstanding",
        definition=_IMAGE
        + " Based on the most recent Ofsted inspection, at the end of the quarter.",
    ),
    _indicator(
        "QPR19-CY02",
        "Percentage of Early Years settings which were rated Good or Outstanding",
        CY,
        period_basis="snapshot",
        short_title="Early Years settings Good or Outstanding",
        definition=_IMAGE,
    ),
    _indicator(
        "QPR19-CY03",
        "Percentage of 16-17 year olds not in education, employment, or training "
        "(NEET)",
        CY,
        decimal_places=1,
        polarity="lower",
        period_basis="month",
        short_title="16-17 year olds NEET",
        definition=_IMAGE
        + " The monthly outturn (June 2019: 3.1%). The DfE's performance measure "
        "is the three-month average for December to February (Kent 2.8%).",
    ),
    _indicator(
        "QPR19-CY04",
        "Percentage of 16-18 year olds who start an apprenticeship",
        CY,
        decimal_places=1,
        period_basis="rolling_12",
        short_title="16-18 year olds starting an apprenticeship",
        definition=_IMAGE
        + " None of its figures is printed: provisional data is 'similar to last "
        "year's level' and below the floor standard. Period basis chosen.",
    ),
    _indicator(
        "QPR19-CY05",
        "Percentage of Education, Health and Care Plans (EHCPs) issued within 20 weeks",
        CY,
        period_basis="rolling_12",
        short_title="EHCPs issued within 20 weeks",
        definition=_IMAGE + " Based on the rolling 12-month average.",
    ),
    _indicator(
        "QPR19-CY06",
        "Permanent pupil exclusions",
        CY,
        decimal_places=2,
        polarity="lower",
        period_basis="rolling_12",
        short_title="Pupils permanently excluded (% of school population)",
        definition=_IMAGE
        + " Permanent exclusions in the last 12 months as a percentage of the "
        "school population.",
    ),
    _indicator(
        "QPR19-CY07",
        "Number of first-time entrants to the Youth Justice system",
        CY,
        unit="count",
        polarity="lower",
        period_basis="rolling_12",
        short_title="First-time entrants to youth justice",
        definition=_IMAGE + " In the last 12 months.",
    ),
    _indicator(
        "QPR19-CY08",
        "Percentage of cases closed by Early Help Units with outcomes achieved",
        CY,
        short_title="Early Help cases closed with outcomes achieved",
        definition=_IMAGE + " Period basis not printed; taken as the quarter.",
    ),
    _indicator(
        "QPR19-CY09",
        "Percentage of case-holding social worker posts held by permanent "
        "qualified social workers",
        CY,
        decimal_places=1,
        period_basis="snapshot",
        short_title="Social worker posts held by permanent qualified staff",
        definition=_IMAGE,
    ),
    _indicator(
        "QPR19-CY10",
        "Rate of re-referrals within 12 months",
        CY,
        decimal_places=1,
        polarity="lower",
        short_title="Re-referrals to children's social care within 12 months",
        definition=_IMAGE + " Period basis not printed; taken as the quarter.",
    ),
    _indicator(
        "QPR19-CY11",
        "Percentage of Kent children placed in KCC in-house foster care or with "
        "family/friends",
        CY,
        decimal_places=1,
        period_basis="snapshot",
        short_title="Children in in-house foster care or with family/friends",
        definition=_IMAGE,
    ),
    _indicator(
        "QPR19-CY12",
        "Percentage of children in care with 3 or more placements",
        CY,
        decimal_places=1,
        polarity="lower",
        period_basis="snapshot",
        short_title="Children in care with 3 or more placements in 12 months",
        definition=_IMAGE + " Placement stability: 3 or more placements in a "
        "12-month period.",
    ),
    _indicator(
        "QPR19-CY13",
        "Average number of days between coming into care and moving in with their "
        "adoptive family",
        CY,
        unit="duration",
        unit_label="days",
        polarity="lower",
        period_basis="rolling_12",
        short_title="Days from coming into care to moving in with adoptive family",
        definition=_IMAGE
        + " For children adopted in the last 12 months; the target is 'nationally "
        "set'.",
    ),
    _indicator(
        "QPR19-CY14",
        "Percentage of Care Leavers in Education, Employment or Training",
        CY,
        decimal_places=1,
        period_basis="snapshot",
        short_title="Care leavers in education, employment or training",
        definition=_IMAGE,
    ),
    # Adult Social Care (KPI boxes were images, L745-L751).
    _indicator(
        "QPR19-AS01",
        "Percentage of contacts resolved at first point of contact",
        AS,
        short_title="Contacts resolved at first point of contact",
        definition=_IMAGE,
    ),
    _indicator(
        "QPR19-AS02",
        "Number of referrals to enablement",
        AS,
        unit="count",
        unit_label="per week",
        short_title="Referrals to enablement (average per week)",
        definition=_IMAGE
        + " Recorded as the average number of starts per week in the quarter, the "
        "figure the commentary gives ('an average of 278 starts per week'); the "
        "target is not printed, only that activity is '28.2% ahead of target'.",
    ),
    _indicator(
        "QPR19-AS03",
        "Percentage of clients still independent after enablement",
        AS,
        short_title="Clients still independent after enablement",
        definition=_IMAGE,
    ),
    _indicator(
        "QPR19-AS04",
        "Number of admissions of older people aged 65 and over into residential "
        "and nursing homes",
        AS,
        unit="count",
        polarity="lower",
        short_title="Admissions of older people (65+) to residential and nursing care",
        definition=_IMAGE
        + " None of its figures is printed: admissions 'decreased this quarter' "
        "and now meet 'the new target'. Recorded as admissions in the quarter "
        "(period basis chosen).",
    ),
    _indicator(
        "QPR19-AS05",
        "Proportion of delayed discharges from hospital where KCC was responsible",
        AS,
        polarity="lower",
        short_title="Delayed discharges where KCC was responsible",
        definition=_IMAGE,
    ),
    # Public Health (KPI boxes were images, L819-L823).
    _indicator(
        "QPR19-PH01",
        "Number of NHS Health Checks completed over the last 12 months",
        PH,
        unit="count",
        period_basis="rolling_12",
        short_title="NHS Health Checks completed (12 months)",
        definition=_IMAGE + " Target: 41,600 checks.",
    ),
    _indicator(
        "QPR19-PH02",
        "Number of universal checks delivered by the Health Visiting service",
        PH,
        unit="count",
        period_basis="rolling_12",
        short_title="Health Visiting universal checks (12 months)",
        definition=_IMAGE + " In the 12 months to the end of the quarter.",
    ),
    _indicator(
        "QPR19-PH03",
        "Clients offered appointments to GUM services to be seen within 48 hours",
        PH,
        short_title="GUM clients offered an appointment within 48 hours",
        definition=_IMAGE
        + " Clients requiring an urgent Genito Urinary Medicine (GUM) appointment, "
        "in the three months to the end of the quarter.",
    ),
    _indicator(
        "QPR19-PH04",
        "Successful completions of drug and alcohol treatment",
        PH,
        period_basis="rolling_12",
        short_title="Successful completions of drug and alcohol treatment",
        definition=_IMAGE
        + " None of its figures is printed. Recorded as the percentage of people in "
        "structured treatment who leave it successfully with a planned exit, over "
        "12 months (unit and figures chosen). The data lag the quarter: June 2019 "
        "figures were not released in time for the report, so the latest is the "
        "12 months to May 2019.",
    ),
    _indicator(
        "QPR19-PH05",
        "Percentage of Live Well clients who would recommend the service",
        PH,
        short_title="Live Well Kent clients who would recommend the service",
        definition=_IMAGE
        + " Clients surveyed who would recommend the service to a family, friend "
        "or someone in a similar situation.",
    ),
    # Activity indicators with a figure in the text (the graphs were images).
    _indicator(
        "QPR19-ED-A01",
        "New dwelling completions based on energy certificates issued (rolling "
        "12-month totals)",
        ED,
        kind="activity",
        unit="count",
        unit_label="dwellings",
        period_basis="rolling_12",
        short_title="New dwelling completions (12 months)",
        definition="Graph title as printed; the graph was an image. The executive "
        "summary says housing delivery 'continues to be around 7,000 new "
        "dwellings a year'. No thresholds are printed.",
    ),
    _indicator(
        "QPR19-ET-A01",
        "New enquiries and faults raised for action by customers",
        ET,
        kind="activity",
        unit="count",
        short_title="New highway enquiries and faults raised for action",
        definition="From the Highways commentary; the graph was an image and its "
        "seasonal thresholds are not printed.",
    ),
    _indicator(
        "QPR19-ET-A02",
        "Open customer enquiries (or work in progress)",
        ET,
        kind="activity",
        unit="count",
        period_basis="snapshot",
        short_title="Open highway enquiries (work in progress)",
        definition="From the Highways commentary; the graph was an image and its "
        "seasonal thresholds are not printed.",
    ),
    _indicator(
        "QPR19-CY-A01",
        "Overall caseload for children's social work",
        CY,
        kind="activity",
        unit="rate",
        unit_label="per 10,000 children (0-17)",
        period_basis="snapshot",
        short_title="Children's social work caseload (rate per 10,000 children)",
        definition="From the commentary: the caseload at the end of the quarter "
        "as a rate per 10,000 children aged 0-17, with the latest published rates "
        "for England and Kent's Statistical Neighbours. No thresholds are printed.",
    ),
    _indicator(
        "QPR19-CY-A02",
        "Referrals to children's social care",
        CY,
        kind="activity",
        unit="count",
        short_title="Referrals to children's social care",
        definition="From the commentary: referrals in the quarter. No thresholds "
        "are printed.",
    ),
    _indicator(
        "QPR19-CY-A03",
        "Children subject to a child protection plan",
        CY,
        kind="activity",
        unit="rate",
        unit_label="per 10,000 children (0-17)",
        period_basis="snapshot",
        short_title="Child protection plans (rate per 10,000 children)",
        definition="From the commentary: children subject to a child protection "
        "plan at the end of the quarter, as a rate per 10,000 children aged 0-17, "
        "with the last published rate for England. No thresholds are printed.",
    ),
    _indicator(
        "QPR19-CY-A04",
        "Number of children in care",
        CY,
        kind="activity",
        unit="count",
        period_basis="snapshot",
        short_title="Children in care",
        definition="The 'Total' row of the Children in Care table (citizen and "
        "UASC children) at each quarter end. No thresholds are printed.",
    ),
    _indicator(
        "QPR19-CY-A05",
        "Number of children in care placed in Kent by other local authorities (OLA)",
        CY,
        kind="activity",
        unit="count",
        period_basis="snapshot",
        short_title="Children in care placed in Kent by other local authorities",
        definition="From the commentary. 'The accuracy of this information is "
        "reliant upon information provided by the placing local authorities.' No "
        "thresholds are printed.",
    ),
    _indicator(
        "QPR19-CY-A06",
        "Number of Care Leavers",
        CY,
        kind="activity",
        unit="count",
        period_basis="snapshot",
        short_title="Care leavers",
        definition="From the commentary: care leavers at the end of the quarter "
        "(citizen and UASC). No thresholds are printed.",
    ),
    _indicator(
        "QPR19-AS-A01",
        "Number of delayed transfers of care per 100,000 population age 18+, "
        "average per day (national data)",
        AS,
        kind="activity",
        unit="rate",
        decimal_places=1,
        unit_label="per 100,000 population per day",
        short_title="Delayed transfers of care per 100,000 population a day",
        definition="Graph title as printed; the graph (with its national "
        "benchmark series) was an image. The quarter's figure is from the "
        "commentary. No thresholds are printed.",
    ),
    _indicator(
        "QPR19-AS-A02",
        "Number of Deprivation of Liberty Safeguards applications",
        AS,
        kind="activity",
        unit="count",
        short_title="Deprivation of Liberty Safeguards (DoLS) applications",
        definition="Graph title as printed; the graph was an image. The quarter's "
        "figure is from the commentary. No thresholds are printed.",
    ),
]

# Periods -----------------------------------------------------------------------------
Q1 = ("2019-04-01", "2019-06-30")  # the report's quarter, Quarter 1 2019/20
Q4 = ("2019-01-01", "2019-03-31")  # the previous quarter, Quarter 4 2018/19
Q1_LAST_YEAR = ("2018-04-01", "2018-06-30")
R12 = ("2018-07-01", "2019-06-30")  # 12 months to June 2019
R12_PREV = ("2018-04-01", "2019-03-31")  # 12 months to March 2019
R12_MAY = ("2018-06-01", "2019-05-31")  # 12 months to May 2019
JUN = ("2019-06-30", "2019-06-30")  # snapshots at quarter ends
MAR = ("2019-03-31", "2019-03-31")
DEC = ("2018-12-31", "2018-12-31")
SEP = ("2018-09-30", "2018-09-30")
JUN_LAST_YEAR = ("2018-06-30", "2018-06-30")
MONTH_JUN = ("2019-06-01", "2019-06-30")
MONTH_MAR = ("2019-03-01", "2019-03-31")


def _m(
    indicator,
    period,
    label,
    value,
    *,
    target=None,
    floor=None,
    status="published",
    benchmark=None,
    benchmark_label="",
    benchmark_date=None,
    footnote="",
    note="",
):
    return {
        "indicator": indicator,
        "period_start": period[0],
        "period_end": period[1],
        "period_label": label,
        "value": value,
        "value_status": status,
        "target": target,
        "target_upper": None,
        "floor": floor,
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": benchmark,
        "benchmark_label": benchmark_label,
        "benchmark_date": benchmark_date,
        "footnote": footnote,
        "data_note": note,
    }


_NO_THRESHOLDS = (
    "Upper and lower thresholds are not printed in the report's text (the graph "
    "was an image), so the figure is not judged against a range here."
)

MEASUREMENTS = [
    # Customer Services: as printed in the KPI boxes.
    _m("QPR19-CS01", Q1, "Apr - Jun 2019", "97", target="97"),
    _m("QPR19-CS01", Q4, "Jan - Mar 2019", "98"),
    _m("QPR19-CS02", Q1, "Apr - Jun 2019", "96", target="95"),
    _m("QPR19-CS02", Q4, "Jan - Mar 2019", "96"),
    _m("QPR19-CS03", Q1, "Apr - Jun 2019", "87", target="85"),
    _m("QPR19-CS03", Q4, "Jan - Mar 2019", "84"),
    # Economic Development & Communities.
    _m(
        "QPR19-ED01",
        R12,
        "12 months to Jun 19",
        "470",
        target="400",
        note="Value and target not printed in the report's text (the KPI box was "
        "an image): 470 properties against a target of 400 chosen to be consistent "
        "with the published Green rating ('remains ahead of target').",
    ),
    _m(
        "QPR19-ED01",
        R12_PREV,
        "12 months to Mar 19",
        "455",
        note="Previous value not printed; 455 chosen to be consistent with the "
        "area's published count of two improving KPIs.",
    ),
    _m("QPR19-ED02", ("2018-07-01", "2018-09-30"), "Jul to Sep 2018", "99"),
    _m("QPR19-ED02", ("2018-10-01", "2018-12-31"), "Oct to Dec 2018", "99"),
    _m("QPR19-ED02", Q4, "Jan to Mar 2019", "99"),
    _m(
        "QPR19-ED02",
        Q1,
        "Apr to Jun 2019",
        "100",
        target="95",
        note="Value as printed in the s.106 table. Target not printed; 95% chosen "
        "to be consistent with the published Green rating.",
    ),
    # Environment and Transport.
    _m(
        "QPR19-ET01",
        Q1,
        "Apr - Jun 2019",
        "78",
        target="90",
        floor="80",
        note="Value and target (the 'customer standard of 90%') as printed in the "
        "commentary. Floor standard not printed in the report; 80% chosen to be "
        "consistent with its published Red rating. The commentary adds that "
        "performance improved to 93% in June.",
    ),
    _m(
        "QPR19-ET01",
        Q4,
        "Jan - Mar 2019",
        "85",
        note="Previous value not printed; 85% chosen to be consistent with the "
        "text (performance 'dropped below floor standard' this quarter) and the "
        "area's count of three worsening KPIs.",
    ),
    _m(
        "QPR19-ET02",
        Q1,
        "Apr - Jun 2019",
        "92",
        target="90",
        note="Value and target not printed in the report's text (they were in a "
        "graph image): 92% against 90% chosen to be consistent with the published "
        "Green rating ('Two of the four Highways indicators met target').",
    ),
    _m(
        "QPR19-ET02",
        Q4,
        "Jan - Mar 2019",
        "92",
        note="Previous value not printed; 92% (unchanged) chosen to be consistent "
        "with the area's count of two KPIs with no change.",
    ),
    _m(
        "QPR19-ET03",
        Q1,
        "Apr - Jun 2019",
        "96",
        target="98",
        floor="95",
        note="Value and target (the 'customer standard' of 98%) as printed in the "
        "commentary. Floor standard not printed in the report; 95% chosen to be "
        "consistent with the Amber rating (the area's one Amber KPI: it 'dropped "
        "below target').",
    ),
    _m(
        "QPR19-ET03",
        Q4,
        "Jan - Mar 2019",
        "98",
        note="Previous value not printed; 98% chosen to be consistent with the "
        "text (it 'dropped below target' this quarter) and the area's count of "
        "three worsening KPIs.",
    ),
    _m(
        "QPR19-ET04",
        Q1,
        "Apr - Jun 2019",
        "94",
        target="90",
        note="Value and target not printed in the report's text (they were in a "
        "graph image): 94% against 90% chosen to be consistent with the published "
        "Green rating ('Two of the four Highways indicators met target').",
    ),
    _m(
        "QPR19-ET04",
        Q4,
        "Jan - Mar 2019",
        "95",
        note="Previous value not printed; 95% chosen to be consistent with the "
        "area's count of three worsening KPIs.",
    ),
    _m(
        "QPR19-ET05",
        Q1,
        "Apr - Jun 2019",
        "99",
        target="95",
        note="Value and target not printed in the report's text (the KPI box was "
        "an image): 99% against 95% chosen to be consistent with the published "
        "Green rating ('exceeded target').",
    ),
    _m(
        "QPR19-ET05",
        Q4,
        "Jan - Mar 2019",
        "99",
        note="Previous value not printed; 99% (unchanged) chosen to be consistent "
        "with the area's count of two KPIs with no change.",
    ),
    _m(
        "QPR19-ET06",
        R12,
        "12 months to Jun 19",
        "67",
        target="68",
        note="The report prints only the five-year target 'to reduce emissions by "
        "32%', met 'two years early'; the target is recorded as 68% of the "
        "baseline (a 32% reduction). The value is not printed: 67% of the "
        "baseline chosen to be consistent with the published Green rating ('well "
        "ahead of target').",
    ),
    _m(
        "QPR19-ET06",
        R12_PREV,
        "12 months to Mar 19",
        "69",
        note="Previous value not printed; 69% of the baseline chosen to be "
        "consistent with the text ('continues to reduce its Greenhouse gas "
        "emissions') and the area's one improving KPI.",
    ),
    # Children, Young People and Education: Education.
    _m(
        "QPR19-CY01",
        JUN,
        "Jun 19",
        "91",
        target="90",
        benchmark="86",
        benchmark_label="National",
        footnote="527 of the 579 schools in Kent.",
        note="Value as printed ('At the end of June 91% of schools in Kent (527 of "
        "the 579)'). Target not printed; 90% chosen to be consistent with the "
        "published Green rating ('increased to be above target').",
    ),
    _m(
        "QPR19-CY01",
        MAR,
        "Mar 19",
        "89",
        note="Previous value not printed; 89% chosen to be consistent with the "
        "text (the percentage 'increased to be above target').",
    ),
    _m("QPR19-CY02", JUN, "Jun 19", "98", target="98"),
    _m(
        "QPR19-CY02",
        MAR,
        "Mar 19",
        "98",
        note="Previous value not printed; 98% chosen to be consistent with the "
        "text (settings 'continued to meet target') and the area's count of four "
        "KPIs with no change.",
    ),
    _m(
        "QPR19-CY03",
        MONTH_JUN,
        "Jun 19",
        "3.1",
        target="3.0",
        floor="3.5",
        benchmark="2.7",
        benchmark_label="National, previous year (Kent 2.6%)",
        note="Value as printed (the June 2019 outturn). Target and floor standard "
        "not printed in the report; 3.0% and 3.5% chosen to be consistent with its "
        "Amber rating (lower is better).",
    ),
    _m(
        "QPR19-CY03",
        MONTH_MAR,
        "Mar 19",
        "3.1",
        note="Previous value not printed as a figure; 3.1% taken from the text "
        "('remained at 3.1%').",
    ),
    _m(
        "QPR19-CY04",
        R12,
        "12 months to Jun 19",
        "5.5",
        target="7.0",
        floor="6.0",
        status="provisional",
        note="Value, target and floor standard not printed in the report's text "
        "(the KPI box was an image): 5.5% against a target of 7.0% and a floor of "
        "6.0% chosen to be consistent with its published Red rating. The text says "
        "only that provisional data is 'similar to last year's level'.",
    ),
    _m(
        "QPR19-CY04",
        R12_PREV,
        "12 months to Mar 19",
        "5.5",
        note="Previous value not printed; 5.5% (unchanged) chosen to be "
        "consistent with the area's count of four KPIs with no change.",
    ),
    _m(
        "QPR19-CY05",
        R12,
        "12 months to Jun 19",
        "33",
        target="90",
        floor="80",
        footnote="664 out of 2,009.",
        note="Value and target as printed in the commentary. Floor standard not "
        "printed in the report; 80% chosen to be consistent with its published Red "
        "rating.",
    ),
    _m(
        "QPR19-CY05",
        R12_PREV,
        "12 months to Mar 19",
        "37",
        note="Previous value not printed; 37% chosen to be consistent with the "
        "text ('This is down from last quarter').",
    ),
    # Children, Young People and Education: Wider Early Help.
    _m(
        "QPR19-CY06",
        R12,
        "12 months to Jun 19",
        "0.02",
        target="0.03",
        benchmark="0.10",
        benchmark_label="Last published national average",
        footnote="45 permanent school exclusions in the last 12 months.",
        note="Value as printed. Target not printed; 0.03% chosen to be consistent "
        "with the published Green rating ('this met target'; lower is better).",
    ),
    _m(
        "QPR19-CY06",
        R12_PREV,
        "12 months to Mar 19",
        "0.02",
        note="Previous value not printed; 0.02% (unchanged) chosen to be "
        "consistent with the area's count of four KPIs with no change.",
    ),
    _m("QPR19-CY07", R12, "12 months to Jun 19", "181", target="290"),
    _m(
        "QPR19-CY07",
        R12_PREV,
        "12 months to Mar 19",
        "190",
        note="Previous value not printed; 190 chosen to be consistent with the "
        "text ('numbers continuing to reduce each year') and the area's count of "
        "five improving KPIs.",
    ),
    # Children, Young People and Education: Children's Integrated Services.
    _m(
        "QPR19-CY08",
        Q1,
        "Apr - Jun 2019",
        "74",
        target="82",
        floor="75",
        note="Value and target as printed in the commentary. Floor standard not "
        "printed in the report; 75% chosen to be consistent with its published Red "
        "rating (the percentage 'fell to be just below floor standard').",
    ),
    _m("QPR19-CY08", Q4, "Jan - Mar 2019", "75"),
    _m("QPR19-CY09", DEC, "December 2018", "87.2"),
    _m("QPR19-CY09", MAR, "March 2019", "85.7"),
    _m(
        "QPR19-CY09",
        JUN,
        "June 2019",
        "84.0",
        target="85",
        floor="80.0",
        note="Value and target as printed in the commentary. Floor standard not "
        "printed in the report; 80.0% chosen to be consistent with the Amber "
        "rating (it 'fell just below target').",
    ),
    _m(
        "QPR19-CY10",
        Q1,
        "Apr - Jun 2019",
        "26.5",
        target="25.0",
        floor="28.0",
        note="Value and target as printed in the commentary. Floor standard not "
        "printed in the report; 28.0% chosen to be consistent with the Amber "
        "rating (lower is better).",
    ),
    _m("QPR19-CY10", Q4, "Jan - Mar 2019", "26.1"),
    _m(
        "QPR19-CY11",
        JUN,
        "Jun 19",
        "81.9",
        target="85.0",
        floor="80.0",
        note="Value and target as printed in the commentary. Floor standard not "
        "printed in the report; 80.0% chosen to be consistent with the Amber "
        "rating.",
    ),
    _m("QPR19-CY11", MAR, "Mar 19", "82.3"),
    _m(
        "QPR19-CY12",
        JUN,
        "Jun 19",
        "10.0",
        target="10.0",
        note="Target as printed. Value not printed; 10.0% chosen to be consistent "
        "with the published Green rating (it 'has now achieved the 10.0% target'; "
        "lower is better).",
    ),
    _m(
        "QPR19-CY12",
        MAR,
        "Mar 19",
        "10.3",
        note="Previous value not printed; 10.3% chosen to be consistent with the "
        "text (performance 'has continued to improve' and 'has now achieved' the "
        "target).",
    ),
    _m("QPR19-CY13", R12, "12 months to Jun 19", "361", target="426"),
    _m(
        "QPR19-CY13",
        R12_PREV,
        "12 months to Mar 19",
        "370",
        note="Previous value not printed; 370 days chosen to be consistent with "
        "the area's count of five improving KPIs.",
    ),
    _m(
        "QPR19-CY14",
        JUN,
        "Jun 19",
        "64.8",
        target="65.0",
        floor="60.0",
        note="Value and target as printed in the commentary. Floor standard not "
        "printed in the report; 60.0% chosen to be consistent with the Amber "
        "rating (it is 'just below the 65.0% target').",
    ),
    _m(
        "QPR19-CY14",
        MAR,
        "Mar 19",
        "64.5",
        note="Previous value not printed; 64.5% chosen to be consistent with the "
        "executive summary (the percentage 'improved and is close to target').",
    ),
    # Adult Social Care: all five Green and improving (printed 5 0 0 5 0 0).
    _m(
        "QPR19-AS01",
        Q1,
        "Apr - Jun 2019",
        "77",
        target="70",
        note="Value as printed. Target not printed; 70% chosen to be consistent "
        "with the published Green rating ('ahead of target').",
    ),
    _m(
        "QPR19-AS01",
        Q4,
        "Jan - Mar 2019",
        "75",
        note="Previous value not printed; 75% chosen to be consistent with the "
        "text (it 'increased in the quarter' and moved 'further ahead of target').",
    ),
    _m(
        "QPR19-AS02",
        Q1,
        "Apr - Jun 2019",
        "278",
        target="217",
        footnote="A total of 1,309 referrals were made to the externally "
        "commissioned provider, 36.2% of all referrals to enablement in the "
        "quarter.",
        note="Value as printed (an average of 278 starts per week). Target not "
        "printed; 217 a week chosen to be consistent with activity being '28.2% "
        "ahead of target' (278 / 1.282 = 216.8).",
    ),
    _m(
        "QPR19-AS02",
        Q4,
        "Jan - Mar 2019",
        "270",
        note="Previous value not printed; 270 a week chosen to be consistent with "
        "the text (referrals 'increased slightly in the quarter').",
    ),
    _m(
        "QPR19-AS03",
        Q1,
        "Apr - Jun 2019",
        "78",
        target="65",
        note="Value as printed. Target not printed; 65% chosen to be consistent "
        "with the published Green rating ('remains ahead of target').",
    ),
    _m(
        "QPR19-AS03",
        Q4,
        "Jan - Mar 2019",
        "77",
        note="Previous value not printed; 77% chosen to be consistent with the "
        "area's published count of five improving KPIs.",
    ),
    _m(
        "QPR19-AS04",
        Q1,
        "Apr - Jun 2019",
        "430",
        target="440",
        note="Value and target not printed in the report's text (the KPI box was "
        "an image): 430 admissions against 'the new target' of 440 chosen to be "
        "consistent with the published Green rating (lower is better).",
    ),
    _m(
        "QPR19-AS04",
        Q4,
        "Jan - Mar 2019",
        "470",
        note="Previous value not printed; 470 chosen to be consistent with the "
        "text (admissions 'decreased this quarter' and 'now' meet the target).",
    ),
    _m("QPR19-AS05", Q1, "Apr - Jun 2019", "19", target="30"),
    _m(
        "QPR19-AS05",
        Q4,
        "Jan - Mar 2019",
        "20",
        note="Previous value not printed; 20% chosen to be consistent with the "
        "area's published count of five improving KPIs.",
    ),
    # Public Health.
    _m(
        "QPR19-PH01",
        R12,
        "12 months to Jun 19",
        "37500",
        target="41600",
        floor="35000",
        note="Target as printed (41,600 checks). Value not printed; 37,500 chosen "
        "to be consistent with the text ('increased but remains below target'). "
        "Floor standard not printed in the report; 35,000 chosen to be consistent "
        "with the Amber rating (the area's one Amber KPI).",
    ),
    _m(
        "QPR19-PH01",
        R12_PREV,
        "12 months to Mar 19",
        "36000",
        note="Previous value not printed; 36,000 chosen to be consistent with the "
        "text (the number 'increased').",
    ),
    _m(
        "QPR19-PH02",
        R12,
        "12 months to Jun 19",
        "67500",
        target="65000",
        footnote="Printed as 'over 67,500'.",
        note="Value stored as 67,500: the text says 'over 67,500'. Target as printed.",
    ),
    _m(
        "QPR19-PH02",
        R12_PREV,
        "12 months to Mar 19",
        "68500",
        note="Previous value not printed; 68,500 chosen to be consistent with the "
        "text ('there has been a decline in the numbers of checks delivered').",
    ),
    _m(
        "QPR19-PH03",
        Q1,
        "Apr - Jun 2019",
        "100",
        target="90",
        note="Value as printed. Target not printed; 90% chosen to be consistent "
        "with the published Green rating.",
    ),
    _m(
        "QPR19-PH03",
        Q4,
        "Jan - Mar 2019",
        "100",
        note="Previous value from the text ('remained at 100%').",
    ),
    _m(
        "QPR19-PH04",
        R12_MAY,
        "12 months to May 19",
        "26",
        target="25",
        note="June 2019 figures were not released in time for the report; the "
        "latest are the 12 months to May 2019. Value and target not printed (the "
        "KPI box was an image): 26% against 25% chosen to be consistent with the "
        "Green rating (four Green KPIs in the area).",
    ),
    _m(
        "QPR19-PH04",
        R12_PREV,
        "12 months to Mar 19",
        "25",
        note="Previous value not printed; 25% chosen to be consistent with the "
        "text ('a continuation in the increase of ... those successfully leaving "
        "treatment') and the area's count of two improving KPIs.",
    ),
    _m(
        "QPR19-PH05",
        Q1,
        "Apr - Jun 2019",
        "99",
        target="95",
        note="Value as printed. Target not printed; 95% chosen to be consistent "
        "with the published Green rating ('continues to perform above target').",
    ),
    _m(
        "QPR19-PH05",
        Q4,
        "Jan - Mar 2019",
        "100",
        note="Previous value not printed; 100% chosen to be consistent with the "
        "area's count of two worsening KPIs (the other being Health Visiting "
        "checks).",
    ),
    # Activity indicators: no thresholds are printed anywhere in the text.
    _m(
        "QPR19-ED-A01",
        R12,
        "12 months to Jun 19",
        "7000",
        footnote="Printed as 'around 7,000 new dwellings a year'.",
        note="The exact figure was in a graph image; the executive summary says "
        "housing delivery 'continues to be around 7,000 new dwellings a year', "
        "stored as 7,000. " + _NO_THRESHOLDS,
    ),
    _m(
        "QPR19-ET-A01",
        Q1,
        "Apr - Jun 2019",
        "20270",
        note="The report says this 'was at the lower end of seasonal demand'. "
        + _NO_THRESHOLDS,
    ),
    _m("QPR19-ET-A01", Q1_LAST_YEAR, "same time last year", "27873"),
    _m(
        "QPR19-ET-A02",
        JUN,
        "Jun 19",
        "6282",
        note="The report says this 'is within seasonal expectations'. "
        + _NO_THRESHOLDS,
    ),
    _m("QPR19-ET-A02", JUN_LAST_YEAR, "same time last year", "8419"),
    _m(
        "QPR19-CY-A01",
        JUN,
        "End of June 2019",
        "321",
        benchmark="341",
        benchmark_label="England, latest published",
        footnote="10,817 cases. Kent's Statistical Neighbours: 345 per 10,000.",
        note=_NO_THRESHOLDS,
    ),
    _m("QPR19-CY-A02", Q4, "Jan - Mar 2019", "5243"),
    _m(
        "QPR19-CY-A02",
        Q1,
        "Apr - Jun 2019",
        "5660",
        note="Referrals 'increased by 8% this quarter'. " + _NO_THRESHOLDS,
    ),
    _m(
        "QPR19-CY-A03",
        JUN,
        "30th June 2019",
        "41",
        benchmark="58",
        benchmark_label="England, last published",
        benchmark_date="2018-03-31",
        footnote="1,383 children, an increase of 80 from the end of the previous "
        "quarter.",
        note=_NO_THRESHOLDS,
    ),
    _m("QPR19-CY-A04", SEP, "Sep 18", "1595"),
    _m("QPR19-CY-A04", DEC, "Dec 18", "1604"),
    _m("QPR19-CY-A04", MAR, "Mar 19", "1590"),
    _m(
        "QPR19-CY-A04",
        JUN,
        "Jun 19",
        "1664",
        note="From the Children in Care table's 'Total' row. " + _NO_THRESHOLDS,
    ),
    _m("QPR19-CY-A05", MAR, "Mar 19", "1363"),
    _m(
        "QPR19-CY-A05",
        JUN,
        "Jun 19",
        "1377",
        note="'This is the sixth consecutive quarterly increase.' " + _NO_THRESHOLDS,
    ),
    _m("QPR19-CY-A06", MAR, "Mar 19", "1699"),
    _m(
        "QPR19-CY-A06",
        JUN,
        "Jun 19",
        "1699",
        footnote="802 Citizen and 897 UASC care leavers.",
        note=_NO_THRESHOLDS,
    ),
    _m(
        "QPR19-AS-A01",
        Q1,
        "Apr - Jun 2019",
        "15.6",
        footnote="16,808 bed day delays in the quarter.",
        note="From the commentary ('equivalent to 15.6 per 100,000 of the "
        "population per day'); the graph's national series is not in the text. "
        + _NO_THRESHOLDS,
    ),
    _m(
        "QPR19-AS-A02",
        Q1,
        "Apr - Jun 2019",
        "1431",
        note="The number 'has remained consistent at 1,431 in the quarter'. "
        + _NO_THRESHOLDS,
    ),
]


# Data tables, cells exactly as printed ----------------------------------------------


def _col(type_="number", role="value", unit=""):
    return {"type": type_, "role": role, "unit": unit}


def _head(*texts):
    return [{"text": t, "colspan": 1} for t in texts]


def _row(*cells, kind="data", type_=""):
    return {"kind": kind, "cells": list(cells), "type": type_}


# A1, L220-L252.
CONTACT_ACTIVITY = {
    "title": "Customer Services – Contact Activity",
    "caption": "Number of phone calls, e-mails and post responded to by Contact Point",
    "columns": [
        _col("text", "label"),
        *[_col(unit="thousands") for _ in range(4)],
        _col(role="total", unit="thousands"),  # Yr to Jun 19: the four quarters
        _col(unit="thousands"),  # Yr to Jun 18: not a total of the columns shown
    ],
    "header_rows": [
        _head(
            "Service area",
            "Jul-Sep",
            "Oct-Dec",
            "Jan-Mar",
            "Apr - Jun",
            "Yr to Jun 19",
            "Yr to Jun 18",
        )
    ],
    "rows": [
        _row("Adult Social Care", "31", "26", "28", "31", "116", "129"),
        _row("Specialist Children's Services", "24", "21", "22", "20", "88", "89"),
        _row("Highways", "21", "16", "19", "17", "73", "86"),
        _row("Blue Badges", "13", "12", "16", "11", "53", "47"),
        _row("Transport Services", "11", "7", "8", "8", "35", "39"),
        _row("Registrations", "8", "8", "8", "8", "32", "35"),
        _row("Libraries and Archives", "9", "8", "8", "7", "33", "43"),
        _row("Schools and Early Years", "12", "9", "9", "7", "37", "45"),
        _row("Speed Awareness", "6", "5", "5", "5", "21", "24"),
        _row("Adult Education", "7", "5", "5", "5", "21", "23"),
        _row("General", "4", "3", "3", "4", "13", "14"),
        _row("Waste and Recycling", "4", "3", "3", "3", "13", "13"),
        _row("Other Services", "3", "2", "3", "2", "7", "8"),
        _row("KSAS*", "2", "2", "2", "1", "9", "13"),
        _row(
            "Total Calls (thousands)",
            "155",
            "127",
            "140",
            "130",
            "552",
            "608",
            kind="subtotal",
        ),
        _row("e-mails handled", "8", "7", "7", "7", "30", "34"),
        _row("Postal applications", "9", "9", "9", "9", "36", "33"),
        _row(
            "Total Contacts (thousands)",
            "172",
            "143",
            "156",
            "156",
            "617",
            "675",
            kind="total",
        ),
    ],
    "footnotes": [
        "* Kent Support and Assistance Service",
        "Numbers are shown in the 1,000's and will not add exactly due to rounding. "
        "Calculations in commentary are based on unrounded numbers so will not "
        "precisely match changes in table.",
        "Out of hours calls are allocated 75% to Specialist Children Services, 15% "
        "for Highways and 10% Other.",
        "Postal volumes mainly relate to Blue Badges and Concessionary Fares "
        "correspondence.",
    ],
    # The note says the thousands 'will not add exactly due to rounding' without
    # a figure; 1 passes every rounding gap and still flags the printed totals
    # that do not add up (Total Contacts Apr - Jun 156 against 146; the Other
    # Services and KSAS* year totals).
    "tolerance": "1",
}

CALLS_CHART = {
    "title": "Total calls handled by Contact Point (thousands), by quarter",
    "description": "Total calls handled by Contact Point, in thousands, as printed "
    "in the Contact Activity table: 155 in July to September 2018, 127 in October "
    "to December, 140 in January to March 2019 and 130 in April to June 2019.",
    "kind": "bar",
    "unit": "number",
    "categories": ["Jul-Sep", "Oct-Dec", "Jan-Mar", "Apr - Jun"],
    "series": [
        {"name": "Total Calls (thousands)", "values": ["155", "127", "140", "130"]}
    ],
}

# A2, L262-L271. The empty fourth column is a gap between the column pairs.
COMPLAINTS = {
    "title": "Customer Services – Complaints monitoring",
    "caption": "",
    "columns": [
        _col("text", "label"),
        _col(),
        _col(),
        _col("text", "spacer"),
        _col(),
        _col(),
    ],
    "header_rows": [
        _head(
            "Service",
            "12 mths to Jun 18",
            "12 mths to Jun 19",
            "",
            "Quarter to Mar 19",
            "Quarter to Jun 19",
        )
    ],
    "rows": [
        _row(
            "Highways, Transportation and Waste Management",
            "2,009",
            "2,268",
            "",
            "481",
            "774",
        ),
        _row("Adult Social Services", "485", "820", "", "219", "206"),
        _row("Specialist Children's Services", "379", "471", "", "111", "144"),
        _row("Education & Young People's Services", "205", "336", "", "59", "121"),
        _row("Libraries, Registrations and Archives", "303", "518", "", "89", "79"),
        _row("Strategic and Corporate Services", "144", "147", "", "40", "38"),
        _row(
            "Environment, Planning and Enforcement & Economic Development",
            "93",
            "74",
            "",
            "15",
            "22",
        ),
        _row("Adult Education", "58", "71", "", "18", "11"),
        _row("Total Complaints", "3,676", "4,705", "", "1,032", "1,396", kind="total"),
    ],
    "footnotes": [],
    "tolerance": "0",
}

# A3, L277-L289.
DIGITAL_TAKE_UP = {
    "title": "Customer Services – Digital Take-up",
    "caption": "",
    "columns": [
        _col("text", "label"),
        *[_col("percent") for _ in range(4)],
        _col(),
    ],
    "header_rows": [
        _head(
            "Transaction type",
            "Online Jul 18 - Sep 18",
            "Online Oct 18 - Dec 18",
            "Online Jan 19 - Mar 19",
            "Online Apr 19 - Jun 19",
            "Total Transactions Last 12 Months",
        )
    ],
    "rows": [
        _row("Renew a library book*", "77%", "76%", "70%", "77%", "1,303,079"),
        _row("Report a Highways Fault", "42%", "49%", "54%", "49%", "95,888"),
        _row("Book a Speed Awareness Course", "78%", "79%", "78%", "77%", "37,043"),
        _row(
            "Apply for a Young Person's Travel Saver",
            "77%",
            "83%",
            "92%",
            "83%",
            "35,289",
        ),
        _row("Apply for or renew a Blue Badge", "62%", "61%", "55%", "60%", "30,785"),
        _row(
            "Book a Birth Registration appointment",
            "73%",
            "76%",
            "77%",
            "75%",
            "18,287",
        ),
        _row(
            "Apply for a Concessionary Bus Pass", "27%", "29%", "31%", "36%", "10,671"
        ),
        _row("Report a Public Right of Way Fault", "63%", "66%", "67%", "68%", "6,043"),
        _row("Highways Licence applications", "81%", "78%", "82%", "83%", "6,042"),
        _row("Apply for a HWRC recycling voucher", "97%", "96%", "98%", "96%", "4,389"),
    ],
    "footnotes": [
        "* Library issue renewals transaction data is based on individual loan "
        "items and not count of borrowers."
    ],
    "tolerance": "0",
}

# A4, L336-L344. £000s, except the last row, a percentage.
S106 = {
    "title": "s.106 contributions secured £000s",
    "caption": "",
    "columns": [
        _col("text", "label"),
        *[_col("money", unit="£000s") for _ in range(4)],
    ],
    "header_rows": [
        _head(
            "s.106 contributions secured £000s",
            "Jul to Sep 2018",
            "Oct to Dec 2018",
            "Jan to Mar 2019",
            "Apr to Jun 2019",
        )
    ],
    "rows": [
        _row("Primary Education", "3,376", "4,545", "1,380", "2,568"),
        _row("Secondary Education", "3,496", "3,928", "682", "1,800"),
        _row("Adult Social Care", "9", "80", "53", "58"),
        _row("Libraries", "188", "156", "94", "175"),
        _row("Community Learning", "14", "44", "18", "48"),
        _row("Youth & Community", "13", "18", "11", "40"),
        _row("Total", "7,097", "8,772", "2,237", "4,688", kind="total"),
        _row(
            "Secured as % of Amount Sought",
            "99%",
            "99%",
            "99%",
            "100%",
            type_="percent",
        ),
    ],
    "footnotes": [],
    "tolerance": "0",  # no rounding note is printed with this table
}

# A5, L472-L480. "Year" spans the five year columns; blank cells are as printed.
LGF = {
    "title": "Local Growth Fund Transport Capital Projects",
    "caption": "",
    "columns": [
        _col("text", "label"),
        *[_col() for _ in range(5)],
        _col(role="total"),
    ],
    "header_rows": [
        [
            {"text": "", "colspan": 1},
            {"text": "Year", "colspan": 5},
            {"text": "", "colspan": 1},
        ],
        _head("", "2015/16", "2016/17", "2017/18", "2018/19", "2019/20", "Total"),
    ],
    "rows": [
        _row(
            "Total Scheme Value (£m)", "50.4", "71.5", "55.29", "6.9", "90.7", "274.79"
        ),
        _row("LGF funds (£m)", "33", "28.8", "45", "4.2", "5.6", "116.6"),
        _row("No. of Projects", "12", "5", "6", "1", "1", "25"),
        _row("No. Complete", "4", "2", "1", "1", "", "8"),
        _row("Green (on track)", "3", "1", "2", "", "1", "7"),
        _row("Amber (some delays)", "5", "2", "2", "", "", "9"),
        _row("Red (at risk)", "", "", "1", "", "", "1"),
    ],
    "footnotes": [],
    "tolerance": "0",
}

# A6, L621-L638. Group headings (Gender, Age Group, Ethnicity) have empty cells.
CHILDREN_IN_CARE = {
    "title": "Children in Care",
    "caption": "",
    "columns": [_col("text", "label"), *[_col() for _ in range(4)]],
    "header_rows": [_head("Status", "Sep 18", "Dec 18", "Mar 19", "Jun 19")],
    "rows": [
        _row("Citizen", "1,358", "1,337", "1,336", "1377"),
        _row("UASC", "237", "267", "254", "287"),
        _row("Total", "1,595", "1,604", "1,590", "1,664", kind="total"),
        _row("Gender", "", "", "", "", kind="group"),
        _row("Male", "969", "992", "975", "1,033"),
        _row("Female", "626", "612", "615", "631"),
        _row("Age Group", "", "", "", "", kind="group"),
        _row("0 to 4", "151", "143", "149", "178"),
        _row("5 to 9", "220", "214", "200", "199"),
        _row("10 to 15", "707", "697", "692", "707"),
        _row("16 to 17", "517", "550", "549", "580"),
        _row("Ethnicity", "", "", "", "", kind="group"),
        _row("White", "1,247", "1,220", "1,215", "1,248"),
        _row("Mixed", "82", "87", "87", "90"),
        _row("Asian", "37", "52", "55", "60"),
        _row("Black", "100", "97", "94", "95"),
        _row("Other", "129", "148", "139", "171"),
    ],
    "footnotes": [],
    "tolerance": "0",
}

CHILDREN_IN_CARE_CHART = {
    "title": "Children in care at each quarter end, citizen and UASC",
    "description": "Citizen children in care were 1,358, 1,337, 1,336 and 1,377 at "
    "the ends of September 2018, December 2018, March 2019 and June 2019, and "
    "unaccompanied asylum seeking children 237, 267, 254 and 287, as printed in "
    "the Children in Care table.",
    "kind": "line",
    "unit": "number",
    "categories": ["Sep 18", "Dec 18", "Mar 19", "Jun 19"],
    "series": [
        {"name": "Citizen", "values": ["1,358", "1,337", "1,336", "1377"]},
        {"name": "UASC", "values": ["237", "267", "254", "287"]},
    ],
}

# A7, L731-L743. Cells are "Kent% (national average%)" or "N/A*".
SERVICE_USER_FEEDBACK = {
    "title": "Service User Feedback",
    "caption": "",
    "columns": [_col("text", "label"), *[_col("percent") for _ in range(4)]],
    "header_rows": [_head("", "2015-16", "2016-17", "2017-18", "2018-19")],
    "rows": [
        _row(
            "Service users who are extremely or very satisfied with their care and "
            "support",
            "66% (64%)",
            "66% (65%)",
            "64% (65%)",
            "71%",
        ),
        _row(
            "Carers who are extremely or very satisfied with their care and support",
            "N/A*",
            "35% (39%)",
            "N/A*",
            "30% (39%)",
        ),
        _row(
            "Service users who have adequate or better control over their daily life",
            "80% (77%)",
            "82% (78%)",
            "80% (78%)",
            "85%",
        ),
        _row(
            "Service users who find it easy to find information about services",
            "75% (74%)",
            "75% (74%)",
            "74% (73%)",
            "77%",
        ),
        _row(
            "The proportion of carers who find it easy to find information about "
            "support",
            "N/A*",
            "66% (64%)",
            "N/A*",
            "67% (62%)",
        ),
        _row(
            "Service users who say they feel safe as they want",
            "71% (69%)",
            "74% (70%)",
            "69% (70%)",
            "73%",
        ),
        _row(
            "Service users who say that the services they receive help them feel "
            "safe and secure",
            "85% (85%)",
            "82% (86%)",
            "80% (86%)",
            "93%",
        ),
    ],
    "footnotes": ["* The Carers survey is undertaken every other year"],
    "tolerance": "0",
}


def _kpi(code, commentary=(), corrective_action=()):
    return (
        "kpi",
        {
            "indicator": code,
            "commentary": list(commentary),
            "corrective_action": list(corrective_action),
            "direction_override": "",
        },
    )


def _activity(code, commentary=()):
    return ("activity", {"indicator": code, "commentary": list(commentary)})


# Each section's prose is its commentary, in the seed's order (tab-separated lines,
# KPI boxes and graph titles left out); a paragraph that is about one KPI only goes
# in that KPI's block instead. Red KPIs carry the text saying what is being done
# as their corrective action. (Prose goes in the commentary rather than in
# "paragraph" blocks between the KPIs: the executive summary code reads every
# block's value as a dict, which a paragraph's text is not.)
SECTIONS = [
    {
        # L149-L289. L220-L222, L254 and L273 are the tables' titles and caption.
        "area": CS,
        "cabinet_members": "Susan Carey",
        "director_label": "Corporate Director",
        "director": "Amanda Beer",
        "commentary": [
            _seed(156, 156),
            _seed(162, 167),
            _seed(224, 224),
            _seed(256, 260),
            _seed(275, 275),
        ],
        "content": [
            _kpi("QPR19-CS01", [_seed(158, 158)]),
            _kpi("QPR19-CS02"),
            _kpi("QPR19-CS03", [_seed(160, 160)]),
            ("data_table", CONTACT_ACTIVITY),
            ("chart", CALLS_CHART),
            ("data_table", COMPLAINTS),
            ("data_table", DIGITAL_TAKE_UP),
        ],
    },
    {
        # L291-L416. L399-L414 are the titles of the activity graphs (images).
        "area": ED,
        "cabinet_members": "Mark Dance, Mike Hill",
        "director_label": "Corporate Director",
        "director": "Barbara Cooper",
        "commentary": [_seed(298, 334), _seed(346, 386)],
        "content": [
            _kpi("QPR19-ED01"),
            _kpi("QPR19-ED02"),
            _activity("QPR19-ED-A01"),
            ("data_table", S106),
        ],
    },
    {
        # L418-L525. L427 covers the pothole and emergency response KPIs and says
        # what is being done about potholes.
        "area": ET,
        "cabinet_members": "Mike Whiting",
        "director_label": "Corporate Director",
        "director": "Barbara Cooper",
        "commentary": [_seed(425, 425), _seed(429, 470), _seed(482, 510)],
        "content": [
            _kpi("QPR19-ET01", corrective_action=[_seed(427, 427)]),
            _kpi("QPR19-ET02"),
            _kpi("QPR19-ET03"),
            _kpi("QPR19-ET04"),
            _kpi("QPR19-ET05"),
            _kpi("QPR19-ET06"),
            _activity("QPR19-ET-A01"),
            _activity("QPR19-ET-A02"),
            ("data_table", LGF),
        ],
    },
    {
        # L527-L672.
        "area": CY,
        "cabinet_members": "Roger Gough",
        "director_label": "Corporate Director",
        "director": "Matt Dunkley",
        "commentary": [
            _seed(534, 554),
            _seed(558, 562),
            _seed(568, 580),
            _seed(586, 617),
        ],
        "content": [
            _kpi("QPR19-CY01"),
            _kpi("QPR19-CY02"),
            _kpi("QPR19-CY03"),
            _kpi("QPR19-CY04", corrective_action=[_seed(556, 556)]),
            _kpi("QPR19-CY05", corrective_action=[_seed(564, 566)]),
            _kpi("QPR19-CY06"),
            _kpi("QPR19-CY07"),
            # The report says why the percentage fell (L584) but states no action
            # for it; that explanation is the only text to show as the action.
            _kpi("QPR19-CY08", corrective_action=[_seed(584, 584)]),
            _kpi("QPR19-CY09"),
            _kpi("QPR19-CY10"),
            _kpi("QPR19-CY11"),
            _kpi("QPR19-CY12"),
            _kpi("QPR19-CY13"),
            _kpi("QPR19-CY14"),
            _activity("QPR19-CY-A01"),
            _activity("QPR19-CY-A02"),
            _activity("QPR19-CY-A03"),
            _activity("QPR19-CY-A04"),
            _activity("QPR19-CY-A05"),
            _activity("QPR19-CY-A06"),
            ("data_table", CHILDREN_IN_CARE),
            ("chart", CHILDREN_IN_CARE_CHART),
        ],
    },
    {
        # L674-L793. L758-L791 are the titles of the activity graphs (images).
        "area": AS,
        "cabinet_members": "Clair Bell",
        "director_label": "Corporate Director",
        "director": "Penny Southern",
        "commentary": [_seed(681, 693), _seed(709, 729)],
        "content": [
            _kpi("QPR19-AS01", [_seed(695, 695)]),
            _kpi("QPR19-AS02", [_seed(697, 699)]),
            _kpi("QPR19-AS03", [_seed(701, 701)]),
            _kpi("QPR19-AS04", [_seed(703, 705)]),
            _kpi("QPR19-AS05", [_seed(707, 707)]),
            _activity("QPR19-AS-A01"),
            _activity("QPR19-AS-A02"),
            ("data_table", SERVICE_USER_FEEDBACK),
        ],
    },
    {
        # L795-L827: every paragraph is about one KPI.
        "area": PH,
        "cabinet_members": "Clair Bell",
        "director_label": "Director",
        "director": "Andrew Scott-Clark",
        "commentary": [],
        "content": [
            _kpi("QPR19-PH01", [_seed(802, 802)]),
            _kpi("QPR19-PH02", [_seed(804, 807)]),
            _kpi("QPR19-PH03", [_seed(810, 810)]),
            _kpi("QPR19-PH04", [_seed(812, 812)]),
            _kpi("QPR19-PH05", [_seed(817, 817)]),
        ],
    },
]


def _counts(green, amber, red, improving, no_change, worsening):
    return {
        "green": green,
        "amber": amber,
        "red": red,
        "improving": improving,
        "no_change": no_change,
        "worsening": worsening,
    }


# What the report printed: the executive summary table (L120-L127, each row equal
# to the area's own KPI Summary row; blank = 0), the cover report's counts (L16,
# L31-L34) and Red list (L36-L43), and each KPI's rating and direction. A direction
# is "" where the report leaves it open (the data then carry a choice consistent
# with the area's counts, see the module docstring); directions printed as arrows
# (Customer Services), fixed by an area's counts (Economic Development &
# Communities, Adult Social Care) or stated by the commentary are given.
PUBLISHED = {
    "summary": {
        CS: _counts(3, 0, 0, 1, 1, 1),
        ED: _counts(2, 0, 0, 2, 0, 0),
        ET: _counts(4, 1, 1, 1, 2, 3),
        CY: _counts(6, 5, 3, 5, 4, 5),
        AS: _counts(5, 0, 0, 5, 0, 0),
        PH: _counts(4, 1, 0, 2, 1, 2),
    },
    "total": _counts(24, 7, 4, 16, 8, 11),
    "kpis": {
        "QPR19-CS01": {"rag": "green", "direction": "worsening"},
        "QPR19-CS02": {"rag": "green", "direction": "no_change"},
        "QPR19-CS03": {"rag": "green", "direction": "improving"},
        "QPR19-ED01": {"rag": "green", "direction": "improving"},
        "QPR19-ED02": {"rag": "green", "direction": "improving"},
        "QPR19-ET01": {"rag": "red", "direction": ""},
        "QPR19-ET02": {"rag": "green", "direction": ""},
        "QPR19-ET03": {"rag": "amber", "direction": ""},
        "QPR19-ET04": {"rag": "green", "direction": ""},
        "QPR19-ET05": {"rag": "green", "direction": ""},
        "QPR19-ET06": {"rag": "green", "direction": ""},
        "QPR19-CY01": {"rag": "green", "direction": ""},
        "QPR19-CY02": {"rag": "green", "direction": ""},
        "QPR19-CY03": {"rag": "amber", "direction": ""},
        "QPR19-CY04": {"rag": "red", "direction": ""},
        "QPR19-CY05": {"rag": "red", "direction": "worsening"},
        "QPR19-CY06": {"rag": "green", "direction": ""},
        "QPR19-CY07": {"rag": "green", "direction": ""},
        "QPR19-CY08": {"rag": "red", "direction": "worsening"},
        "QPR19-CY09": {"rag": "amber", "direction": "worsening"},
        "QPR19-CY10": {"rag": "amber", "direction": "worsening"},
        "QPR19-CY11": {"rag": "amber", "direction": "worsening"},
        "QPR19-CY12": {"rag": "green", "direction": ""},
        "QPR19-CY13": {"rag": "green", "direction": ""},
        "QPR19-CY14": {"rag": "amber", "direction": ""},
        "QPR19-AS01": {"rag": "green", "direction": "improving"},
        "QPR19-AS02": {"rag": "green", "direction": "improving"},
        "QPR19-AS03": {"rag": "green", "direction": "improving"},
        "QPR19-AS04": {"rag": "green", "direction": "improving"},
        "QPR19-AS05": {"rag": "green", "direction": "improving"},
        "QPR19-PH01": {"rag": "amber", "direction": "improving"},
        "QPR19-PH02": {"rag": "green", "direction": "worsening"},
        "QPR19-PH03": {"rag": "green", "direction": "no_change"},
        "QPR19-PH04": {"rag": "green", "direction": ""},
        "QPR19-PH05": {"rag": "green", "direction": ""},
    },
}
