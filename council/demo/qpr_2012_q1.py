"""Kent County Council's Quarterly Performance Report, Quarter 1, 2012/13
(September 2012), transcribed from the seed ``001_e24853c2c2e12eb8.txt``.

Figures are as printed in the report's per-KPI trend tables (values without %, commas
or units; trailing zeros kept), prose is referenced by seed line range. Conventions
and choices:

- Periods: quarterly figures ("Sep 11") cover the quarter; quarter-end snapshots start
  and end on the quarter's last day; rolling 12-month figures cover the 12 months to
  the period end; year-to-date figures (period basis "financial_year") run from 1 April
  to the period end, so "Mar 12" is the whole of 2011/12 and "Jun 12" is April-June
  2012; exam results run from 1 September of the previous year to 30 June of the
  year printed ("2012"); CO2 uses financial years ("2011/12").
- Only periods with a printed actual are transcribed; the targets printed for later
  periods (Sep 12 to Mar 13, exam years 2013-2014, CO2 2012/13-2014/15) are quoted in
  each indicator's definition. Figures for 2012/13 and the 2012 exam results are
  "provisional" (the report's data quality note).
- Where a trend table prints the basis one way and the data notes another (K16, K17,
  K30), the data notes are followed. Comparator rows (Stat N, Nat. Ave., South East)
  are stored as benchmarks with their printed labels; auxiliary rows (Number, Agency,
  SM, Clients, Jobs, Number of children) are quoted in the definitions.
- Floor standards are never printed: each KPI measurement with a target has a chosen
  floor consistent with every rating printed in that KPI's trend table, and says so
  in its data note. SEN statements Mar 10 (Red) and permanent exclusions Mar 10
  (Green) print a rating but no target: the target is left blank.
- The Free School Meals gaps (K11, K12) have no 2012 result yet: the 2011 result is
  shown as the latest available. The report's Previous Status (RED) for them is the
  2011 result itself; for the computed previous rating (the 2010 result) the 2011
  target and floor are chosen and the data note says so.
- CO2 (K29): Previous Status N/A (2010/11 has no target, so it is not rated); the
  published arrow says worsened although emissions fell, so the KPI block carries a
  direction override "worsening".
- Gross jobs (K30) Mar 11 is printed Red although 2,588 is above the 2,325 target: no
  floor can reproduce it, so that printed rating is recorded under the PUBLISHED key
  "history_ratings_not_reproduced" rather than "history_ratings", and the
  measurement's data note says so.
- Areas are named as the KPI Tables head them ("Highways and Transportation",
  "Environment"); titles are the KPI Tables' wording. Decimal places follow the
  current printed value, except K22 (one place: the previous quarter was 76.5%).
"""

from council.demo.data import SeedRange

SEED = "001_e24853c2c2e12eb8.txt"


REPORT = {
    "title": "Quarterly Performance Report, Quarter 1, 2012/13",
    "slug": "qpr-2012-13-q1",
    "financial_year": 2012,
    "quarter": 1,
    "produced_by": "KCC Business Intelligence",
    "key_to_ratings": "",
    "data_quality_note": SeedRange(SEED, 53, 53),
    "introduction": [SeedRange(SEED, 15, 31)],
    "rating_scheme": {
        "name": "KCC floor standard (2012/13)",
        "kind": "floor",
        "description": (
            "GREEN: Target has been achieved or exceeded\nAMBER: Performance is "
            "behind target but within acceptable limits\nRED: Performance is "
            "significantly behind target and is below an acceptable pre-defined "
            "minimum *\n* Floor standards represent the minimum acceptable level of "
            "performance for each indicator. These standards are set within our "
            "annual business plans."
        ),
    },
    "direction_scheme": {
        "name": "Movement since the previous quarter",
        "method": "previous",
        "window": 8,
    },
}

# The 30 KPIs, in the order of the KPI Tables (L116-L184).
INDICATORS = [
    {
        "code": "QPR12-K01",
        "title": (
            "Percentage of Tier 1 phone calls to the Contact Centre answered within "
            "20 seconds"
        ),
        "short_title": "",
        "area": "Customer Services",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 0,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "quarter",
        "source": "Siemens Hipath telephony system",
        "definition": (
            "Data is reported as percentage achieved for each individual quarter. "
            "Tier 1 call volumes account for just under 60% of activity, and include "
            "Emergency lines, Highways services and Social Services. The "
            "direction-of-travel symbol is garbled in the extracted text; it is read "
            "as worsened (86% to 68%). Targets printed for later periods: Sep 12 80%, "
            "Dec 12 80%, Mar 13 80%. Floor standards are not printed in the report: "
            "the floor on each measurement is chosen to be consistent with the "
            "ratings printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K02",
        "title": "Number of visits to KCC website",
        "short_title": "",
        "area": "Customer Services",
        "kind": "kpi",
        "unit": "count",
        "decimal_places": 0,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "quarter",
        "source": "Google Analytics",
        "definition": (
            "Data is reported as number of visits made in each quarter. The report "
            "does not state the scale of these figures (printed as 909 to 1,075 a "
            "quarter); they are kept as printed. Targets printed for later periods: "
            "Sep 12 900, Dec 12 900, Mar 13 900. Floor standards are not printed in "
            "the report: the floor on each measurement is chosen to be consistent "
            "with the ratings printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K03",
        "title": "Number of initial assessments completed within 7 days",
        "short_title": "",
        "area": "Children's Social Services",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 0,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "financial_year",
        "source": "",
        "definition": (
            "Results are reported as year to date (each figure covers 1 April to the "
            "period end). The figures are percentages, as printed, although the title "
            "says Number. The report marks this as an Improvement Notice Target. Stat "
            "N: statistical neighbours. Targets printed for later periods: Sep 12 "
            "79%, Dec 12 79%, Mar 13 79%. Floor standards are not printed in the "
            "report: the floor on each measurement is chosen to be consistent with "
            "the ratings printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K04",
        "title": (
            "Percentage of establishment caseholding posts filled by qualified social "
            "workers"
        ),
        "short_title": "",
        "area": "Children's Social Services",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "snapshot",
        "source": "SCS Weekly Performance Report.",
        "definition": (
            "Data is reported as the position at each quarter end. Posts held by "
            "agency staff are not included in the figures for the headline indicator. "
            "The report marks this as an Improvement Notice Target. The trend table "
            "also prints Agency (the percentage of posts held by agency staff): Mar "
            "11 16.1%, Mar 12 13.9%, Jun 12 15.8%. The section commentary gives 85.7% "
            "for June 2012 (and 14.6% agency); the trend table's 85.2% is used. "
            "Targets printed for later periods: Sep 12 90%, Dec 12 90%, Mar 13 90%. "
            "Floor standards are not printed in the report: the floor on each "
            "measurement is chosen to be consistent with the ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K05",
        "title": (
            "Percentage of children becoming subject to a child protection plan for a "
            "second or subsequent time"
        ),
        "short_title": "",
        "area": "Children's Social Services",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "lower",
        "period_basis": "financial_year",
        "source": "",
        "definition": (
            "Data is reported as financial year to date. This performance measure "
            "includes any children/young people that have been subject to a plan for "
            "a second or subsequent time, regardless of the time between those plans. "
            "From 2013/14 this measure will change to include only those that have "
            "been subject to a previous plan in the previous twelve months. The "
            "report marks this as an Improvement Notice Target. The trend table also "
            "prints Number: Mar 10 167, Mar 11 219, Mar 12 227, Jun 12 46. Stat N.: "
            "statistical neighbours. Targets printed for later periods: Sep 12 13.4%, "
            "Dec 12 13.4%, Mar 13 13.4%. Floor standards are not printed in the "
            "report: the floor on each measurement is chosen to be consistent with "
            "the ratings printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K06",
        "title": (
            "Percentage of children subject to a child protection plan for two or "
            "more years"
        ),
        "short_title": "",
        "area": "Children's Social Services",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "lower",
        "period_basis": "financial_year",
        "source": "",
        "definition": (
            "Data is reported as financial year to date. Calculated as the percentage "
            "of children ceasing to be subject to a child protection plan who had "
            "been subject to that plan for two or more years. The report marks this "
            "as an Improvement Notice Target. The trend table also prints Number: Mar "
            "10 100, Mar 11 126, Mar 12 161, Jun 12 36. Stat N.: statistical "
            "neighbours. Targets printed for later periods: Sep 12 6%, Dec 12 6%, Mar "
            "13 6%. Floor standards are not printed in the report: the floor on each "
            "measurement is chosen to be consistent with the ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K07",
        "title": "Percentage of children leaving care who are adopted",
        "short_title": "",
        "area": "Children's Social Services",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "financial_year",
        "source": "",
        "definition": (
            "Results are reported as year to date. For the number of adoptions the "
            "count is rounded to the nearest 5. The report marks this as an "
            "Improvement Notice Target. The trend table also prints Number: Mar 10 "
            "70, Mar 11 60, Mar 12 70, Jun 12 20 (the commentary gives 23 adoptions "
            "in the financial year to date). Stat N: statistical neighbours. Targets "
            "printed for later periods: Sep 12 13%, Dec 12 13%, Mar 13 13%. Floor "
            "standards are not printed in the report: the floor on each measurement "
            "is chosen to be consistent with the ratings printed in this indicator's "
            "trend table."
        ),
    },
    {
        "code": "QPR12-K08",
        "title": (
            "Looked after children with 3 or more placements in the last 12 months"
        ),
        "short_title": "",
        "area": "Children's Social Services",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "lower",
        "period_basis": "snapshot",
        "source": "",
        "definition": (
            "Data is reported as snapshot at each quarter end. The figures are "
            "percentages, as printed. Stat N.: statistical neighbours. Targets "
            "printed for later periods: Sep 12 8.1%, Dec 12 8.1%, Mar 13 8.1%. Floor "
            "standards are not printed in the report: the floor on each measurement "
            "is chosen to be consistent with the ratings printed in this indicator's "
            "trend table."
        ),
    },
    {
        "code": "QPR12-K09",
        "title": (
            "Percentage of pupils achieving 5+ A*- C GCSE including English and Maths"
        ),
        "short_title": "",
        "area": "Education, Learning and Skills",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 0,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "academic_year",
        "source": "",
        "definition": (
            "Data is reported as result for each year. Data includes all pupils at "
            "state funded schools including academies. Each result is for the exam "
            "year ending in the summer of the year printed. The 2012 result (61%) is "
            "the early provisional result. Stat. N.: statistical neighbours. Targets "
            "printed for later periods: 2013 65.0%, 2014 68.0%. Floor standards are "
            "not printed in the report: the floor on each measurement is chosen to be "
            "consistent with the ratings printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K10",
        "title": (
            "Percentage of pupils achieving level 4 and above in both English and "
            "Maths at Key Stage 2"
        ),
        "short_title": "",
        "area": "Education, Learning and Skills",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "academic_year",
        "source": "",
        "definition": (
            "Data is reported as result for each year. Data includes all pupils at "
            "state funded schools including academies. It should be noted that there "
            "have been changes to KS2 assessment this year. Results for Writing are "
            "now based on teacher assessment and not on an externally marked test. "
            "The 2012 result is provisional. Stat. N.: statistical neighbours. "
            "Targets printed for later periods: 2013 77%, 2014 80%. Floor standards "
            "are not printed in the report: the floor on each measurement is chosen "
            "to be consistent with the ratings printed in this indicator's trend "
            "table."
        ),
    },
    {
        "code": "QPR12-K11",
        "title": "Attainment gap for children with Free School Meals at Key Stage 4",
        "short_title": "",
        "area": "Education, Learning and Skills",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "lower",
        "period_basis": "academic_year",
        "source": "",
        "definition": (
            "Data is reported as result for each year. Data includes results for "
            "pupils at academies. The gap is printed as a percentage. Note the 2011 "
            "target was based on average National performance. The Targets from 2012 "
            "onwards now represent a phased trajectory to this level over 3 years. "
            "Provisional 2012 results could not be produced until KCC received its "
            "pupil level KS4 results datafeed at the end of September, so the 2011 "
            "result is the latest available in this report. Stat. N.: statistical "
            "neighbours. Targets printed for later years: 2012 31.7%, 2013 29.7%, "
            "2014 27.7%. Floor standards are not printed in the report: the floor on "
            "each measurement is chosen to be consistent with the ratings printed in "
            "this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K12",
        "title": "Attainment gap for children with Free School Meals at Key Stage 2",
        "short_title": "",
        "area": "Education, Learning and Skills",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 0,
        "unit_label": "",
        "polarity": "lower",
        "period_basis": "academic_year",
        "source": "",
        "definition": (
            "Data is reported as result for each year. Data includes results for "
            "pupils at academies. The gap is printed as a percentage. Note the 2011 "
            "target was based on average National performance. The Targets from 2012 "
            "onwards now represent a phased trajectory to this level over 3 years. "
            "Provisional 2012 results could not be produced until KCC received its "
            "pupil level KS2 results datafeed at the end of September, so the 2011 "
            "result is the latest available in this report. Stat. N.: statistical "
            "neighbours. Targets printed for later years: 2012 25%, 2013 23%, 2014 "
            "21%. Floor standards are not printed in the report: the floor on each "
            "measurement is chosen to be consistent with the ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K13",
        "title": (
            "Percentage of primary schools with Good or Outstanding Ofsted inspection "
            "judgements"
        ),
        "short_title": "",
        "area": "Education, Learning and Skills",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "snapshot",
        "source": "Ofsted",
        "definition": (
            "Results are reported as snapshot at each quarter-end. Data is based on "
            "most recent inspection judgement. All state schools are included, except "
            "new sponsored academies which have not had an inspection since opening "
            "as academies (there were 5 such schools in Kent at April 12). It should "
            "be noted that the Ofsted framework changed in January 2012, with some "
            "additional changes from September 2012. Nat. Ave.: national average. "
            "Targets printed for later periods: Sep 12 60%, Dec 12 70%, Mar 13 70%. "
            "Floor standards are not printed in the report: the floor on each "
            "measurement is chosen to be consistent with the ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K14",
        "title": (
            "Number of schools in category (special measures or with notice to improve)"
        ),
        "short_title": "",
        "area": "Education, Learning and Skills",
        "kind": "kpi",
        "unit": "count",
        "decimal_places": 0,
        "unit_label": "schools",
        "polarity": "lower",
        "period_basis": "snapshot",
        "source": "Ofsted",
        "definition": (
            "Data is reported as a snapshot position at each quarter-end. Data "
            "includes all maintained schools (nursery, primary, secondary, special "
            "schools and pupil referral units) but excludes academies and independent "
            "schools. The trend table also prints SM (schools in Special Measures): "
            "Mar 10 9, Mar 11 11, Mar 12 10, Jun 12 13. Targets printed for later "
            "periods: Sep 12 10, Dec 12 7, Mar 13 7. Floor standards are not printed "
            "in the report: the floor on each measurement is chosen to be consistent "
            "with the ratings printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K15",
        "title": "Percentage of SEN statements issued within 26 weeks (no exceptions)",
        "short_title": "",
        "area": "Education, Learning and Skills",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "rolling_12",
        "source": "Impulse database",
        "definition": (
            "Results are reported as rolling 12 month. Definition is as per previous "
            "National Indicator NI103b. Nat. Ave.: national average. Targets printed "
            "for later periods: Sep 12 82%, Dec 12 82%, Mar 13 82%. Floor standards "
            "are not printed in the report: the floor on each measurement is chosen "
            "to be consistent with the ratings printed in this indicator's trend "
            "table."
        ),
    },
    {
        "code": "QPR12-K16",
        "title": "Percentage of pupils permanently excluded from school",
        "short_title": "",
        "area": "Education, Learning and Skills",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 2,
        "unit_label": "",
        "polarity": "lower",
        "period_basis": "rolling_12",
        "source": "Impulse database",
        "definition": (
            "Data is reported as rolling 12 month total. Data includes pupils in "
            "maintained schools and academies. The KPI's own page is headed "
            "'Percentage of pupils permanently excluded from maintained schools and "
            "academies'. The trend table's basis label says quarterend; the data "
            "notes' rolling 12 month basis is used. The trend table also prints "
            "Number of children: Mar 10 238, Mar 11 240, Mar 12 213, Jun 12 219. Nat. "
            "Ave.: national average. Targets printed for later periods: Sep 12 0.09%, "
            "Dec 12 0.09%, Mar 13 0.09%. Floor standards are not printed in the "
            "report: the floor on each measurement is chosen to be consistent with "
            "the ratings printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K17",
        "title": "Number of starts on Kent Success Apprenticeship scheme",
        "short_title": "",
        "area": "Education, Learning and Skills",
        "kind": "kpi",
        "unit": "count",
        "decimal_places": 0,
        "unit_label": "starts",
        "polarity": "higher",
        "period_basis": "rolling_12",
        "source": "KCC Apprenticeship Team",
        "definition": (
            "Data is reported as rolling 12 month total. This scheme is for "
            "apprentices within KCC. The trend table's basis label says year todate; "
            "the data notes' rolling 12 month basis is used. Targets printed for "
            "later periods: Sep 12 88, Dec 12 88, Mar 13 88. Floor standards are not "
            "printed in the report: the floor on each measurement is chosen to be "
            "consistent with the ratings printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K18",
        "title": "Number of first time entrants to youth justice system",
        "short_title": "",
        "area": "Integrated Youth Service",
        "kind": "kpi",
        "unit": "count",
        "decimal_places": 0,
        "unit_label": "young people",
        "polarity": "lower",
        "period_basis": "rolling_12",
        "source": (
            "Careworks case management system for local data. Ministry of Justice for "
            "national average."
        ),
        "definition": (
            "Data is reported as rolling 12 month total. The national average shown "
            "is a pro-rata conversion of a per 100,000 population rate. Targets "
            "printed for later periods: Sep 12 1,178, Dec 12 1,178, Mar 13 1,178. "
            "Floor standards are not printed in the report: the floor on each "
            "measurement is chosen to be consistent with the ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K19",
        "title": (
            "Percentage of clients who receive a personal budget and/or a direct "
            "payment"
        ),
        "short_title": "",
        "area": "Adult Social Care",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "snapshot",
        "source": "",
        "definition": (
            "Data is reported as the snapshot position of current clients at the "
            "quarter end. NB This is different from the national indicator which is "
            "measured for all clients with a service during the year, including "
            "carers. The trend table also prints Clients: Sep 11 8,892, Dec 11 "
            "10,079, Mar 12 11,416, Jun 12 10,253. Targets printed for later periods: "
            "Sep 12 75%, Dec 12 88%, Mar 13 100%. Floor standards are not printed in "
            "the report: the floor on each measurement is chosen to be consistent "
            "with the ratings printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K20",
        "title": "Number of clients receiving a telecare service",
        "short_title": "",
        "area": "Adult Social Care",
        "kind": "kpi",
        "unit": "count",
        "decimal_places": 0,
        "unit_label": "clients",
        "polarity": "higher",
        "period_basis": "snapshot",
        "source": "",
        "definition": (
            "Data is reported as the position at the end of the quarter. No "
            "comparative data from other local authorities is currently available for "
            "this indicator. Targets printed for later periods: Sep 12 1,150, Dec 12 "
            "1,225, Mar 13 1,300. Floor standards are not printed in the report: the "
            "floor on each measurement is chosen to be consistent with the ratings "
            "printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K21",
        "title": "Number of clients provided with an enablement service",
        "short_title": "",
        "area": "Adult Social Care",
        "kind": "kpi",
        "unit": "count",
        "decimal_places": 0,
        "unit_label": "clients",
        "polarity": "higher",
        "period_basis": "quarter",
        "source": "",
        "definition": (
            "Data is reported as the number of new clients accessing the service "
            "during the quarter. Targets printed for later periods: Sep 12 1,875, Dec "
            "12 1,875, Mar 13 1,875. Floor standards are not printed in the report: "
            "the floor on each measurement is chosen to be consistent with the "
            "ratings printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K22",
        "title": "Percentage of assessments completed within six weeks",
        "short_title": "",
        "area": "Adult Social Care",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "quarter",
        "source": "",
        "definition": (
            "The report's data note reads: 'Data is reported as the number of new "
            "clients accessing the service during the guarter.' (as printed; it "
            "repeats the note of the enablement indicator). The figures are the "
            "percentage of assessments completed within six weeks in each quarter. "
            "Shown to one decimal place because the previous quarter was printed as "
            "76.5%. Targets printed for later periods: Sep 12 75%, Dec 12 75%, Mar 13 "
            "75%. Floor standards are not printed in the report: the floor on each "
            "measurement is chosen to be consistent with the ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K23",
        "title": (
            "Percentage of clients satisfied that desired outcomes have been achieved"
        ),
        "short_title": "",
        "area": "Adult Social Care",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "quarter",
        "source": "",
        "definition": (
            "Data is reported as percentage for each quarter. Targets printed for "
            "later periods: Sep 12 76%, Dec 12 76%, Mar 13 76%. Floor standards are "
            "not printed in the report: the floor on each measurement is chosen to be "
            "consistent with the ratings printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K24",
        "title": "Percentage of routine highway repairs completed within 28 days",
        "short_title": "",
        "area": "Highways and Transportation",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "financial_year",
        "source": "KCC IT system (WAMS)",
        "definition": (
            "Data is reported as year to date figures (each figure covers 1 April to "
            "the period end). The indicator includes requests for repairs made by the "
            "public but not those identified by highway inspectors. The trend table "
            "also prints Jobs: Mar 10 44,065, Mar 11 67,012, Mar 12 61,248, Jun 12 "
            "6,486. Targets printed for later periods: Sep 12 90%, Dec 12 90%, Mar 13 "
            "90%. Floor standards are not printed in the report: the floor on each "
            "measurement is chosen to be consistent with the ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K25",
        "title": "Average number of days to repair potholes",
        "short_title": "",
        "area": "Highways and Transportation",
        "kind": "kpi",
        "unit": "duration",
        "decimal_places": 1,
        "unit_label": "days",
        "polarity": "lower",
        "period_basis": "financial_year",
        "source": "KCC IT systems (WAMS)",
        "definition": (
            "Data is reported as year to date figures. The indicator looks at both "
            "requests for pothole repairs made by the public and those identified by "
            "highway stewards and inspectors. The trend table also prints Jobs: Mar "
            "10 17,217, Mar 11 25,495, Mar 12 11,645, Jun 12 2,501. Targets printed "
            "for later periods: Sep 12 28, Dec 12 28, Mar 13 28. Floor standards are "
            "not printed in the report: the floor on each measurement is chosen to be "
            "consistent with the ratings printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K26",
        "title": (
            "Percentage of satisfied callers for Kent Highways 100 call back survey"
        ),
        "short_title": "",
        "area": "Highways and Transportation",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "financial_year",
        "source": "Contact Centre telephone survey",
        "definition": (
            "Data is reported as year to date figures. 100 customers are asked each "
            "month: 'Overall were you satisfied with the response you received from "
            "Highways?' The trend table prints no figure for Mar 10. Targets printed "
            "for later periods: Sep 12 75%, Dec 12 75%, Mar 13 75%. Floor standards "
            "are not printed in the report: the floor on each measurement is chosen "
            "to be consistent with the ratings printed in this indicator's trend "
            "table."
        ),
    },
    {
        "code": "QPR12-K27",
        "title": (
            "Percentage of municipal waste recycled or converted to energy and not "
            "taken to landfill"
        ),
        "short_title": "",
        "area": "Waste Management",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "rolling_12",
        "source": "KCC Waste Management",
        "definition": (
            "Data is reported as rolling 12 month totals. Municipal waste is the "
            "total waste collected by the local authority and includes household "
            "waste, street cleansing and beach waste. Targets printed for later "
            "periods: Sep 12 75.1%, Dec 12 75.2%, Mar 13 75.4%. Floor standards are "
            "not printed in the report: the floor on each measurement is chosen to be "
            "consistent with the ratings printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K28",
        "title": (
            "Percentage of waste recycled and composted at Household Waste Recycling "
            "Centres"
        ),
        "short_title": "",
        "area": "Waste Management",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 1,
        "unit_label": "",
        "polarity": "higher",
        "period_basis": "rolling_12",
        "source": "KCC Waste Management",
        "definition": (
            "Data is reported as rolling 12 month total. No comparator data for other "
            "local authorities is currently available for this indicator. The "
            "commentary gives 72.0% for the last 12 months; the trend table's 71.9% "
            "is used. Targets printed for later periods: Sep 12 70.6%, Dec 12 70.3%, "
            "Mar 13 70.0%. Floor standards are not printed in the report: the floor "
            "on each measurement is chosen to be consistent with the ratings printed "
            "in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K29",
        "title": "Carbon dioxide emissions from KCC estate and operations",
        "short_title": "",
        "area": "Environment",
        "kind": "kpi",
        "unit": "count",
        "decimal_places": 1,
        "unit_label": "thousand tonnes CO₂",
        "polarity": "lower",
        "period_basis": "financial_year",
        "source": "KCC Sustainability & Climate Change team.",
        "definition": (
            "Data is reported as financial year totals. Data includes emissions from "
            "energy and fuel consumed by estate buildings, street lighting, council "
            "owned transport and business travel using staff's own vehicles. Printed "
            "in 1,000's of tonnes CO₂. 2010/11 is being used as the baseline year. "
            "The report shows the 2011/12 result as the latest available in this "
            "quarter. Its direction-of-travel arrow is printed as worsened although "
            "emissions fell from 56.8 to 54.9 (lower is better); the published arrow "
            "is kept as a direction override. Targets printed for later periods: "
            "2012/13 53.9, 2013/14 52.5, 2014/15 51.1. Floor standards are not "
            "printed in the report: the floor on each measurement is chosen to be "
            "consistent with the ratings printed in this indicator's trend table."
        ),
    },
    {
        "code": "QPR12-K30",
        "title": (
            "Number of gross jobs created in Kent and Medway through inward investment"
        ),
        "short_title": "",
        "area": "Economic Support",
        "kind": "kpi",
        "unit": "count",
        "decimal_places": 0,
        "unit_label": "jobs",
        "polarity": "higher",
        "period_basis": "financial_year",
        "source": "Locate in Kent monthly monitoring",
        "definition": (
            "Data is reported as count for financial year to date (April to March) at "
            "each quarter end. Gross jobs created include jobs safeguarded and "
            "indirect jobs. The trend table's basis label says rolling 12 month; the "
            "data notes' year-to-date basis is used (the cumulative targets 775, "
            "1,550, 2,325 and 3,100 bear it out). The direction-of-travel symbol did "
            "not survive extraction; it is read as worsened (3,217 to 536). Targets "
            "printed for later periods: Sep 12 1,550, Dec 12 2,325, Mar 13 3,100. "
            "Floor standards are not printed in the report: the floor on each "
            "measurement is chosen to be consistent with the ratings printed in this "
            "indicator's trend table."
        ),
    },
]

# Every period of the KPI trend tables with a printed actual.
MEASUREMENTS = [
    {
        "indicator": "QPR12-K01",
        "period_start": "2011-07-01",
        "period_end": "2011-09-30",
        "period_label": "Sep 11",
        "value": "66",
        "value_status": "published",
        "target": "80",
        "target_upper": None,
        "floor": "75",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K01",
        "period_start": "2011-10-01",
        "period_end": "2011-12-31",
        "period_label": "Dec 11",
        "value": "78",
        "value_status": "published",
        "target": "80",
        "target_upper": None,
        "floor": "75",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K01",
        "period_start": "2012-01-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "86",
        "value_status": "published",
        "target": "80",
        "target_upper": None,
        "floor": "75",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K01",
        "period_start": "2012-04-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "68",
        "value_status": "provisional",
        "target": "80",
        "target_upper": None,
        "floor": "75",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K02",
        "period_start": "2011-07-01",
        "period_end": "2011-09-30",
        "period_label": "Sep 11",
        "value": "909",
        "value_status": "published",
        "target": "960",
        "target_upper": None,
        "floor": "850",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K02",
        "period_start": "2011-10-01",
        "period_end": "2011-12-31",
        "period_label": "Dec 11",
        "value": "931",
        "value_status": "published",
        "target": "960",
        "target_upper": None,
        "floor": "850",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K02",
        "period_start": "2012-01-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "1075",
        "value_status": "published",
        "target": "960",
        "target_upper": None,
        "floor": "850",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K02",
        "period_start": "2012-04-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "1020",
        "value_status": "provisional",
        "target": "900",
        "target_upper": None,
        "floor": "850",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K03",
        "period_start": "2009-04-01",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "69",
        "value_status": "published",
        "target": "69",
        "target_upper": None,
        "floor": "60",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "59",
        "benchmark_label": "Stat N",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K03",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "54",
        "value_status": "published",
        "target": "69",
        "target_upper": None,
        "floor": "60",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "57",
        "benchmark_label": "Stat N",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K03",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "76",
        "value_status": "published",
        "target": "69",
        "target_upper": None,
        "floor": "60",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K03",
        "period_start": "2012-04-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "86",
        "value_status": "provisional",
        "target": "79",
        "target_upper": None,
        "floor": "70",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K04",
        "period_start": "2010-03-31",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "76.6",
        "value_status": "published",
        "target": "90",
        "target_upper": None,
        "floor": "80",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K04",
        "period_start": "2011-03-31",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "83.0",
        "value_status": "published",
        "target": "90",
        "target_upper": None,
        "floor": "80",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K04",
        "period_start": "2012-03-31",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "87.0",
        "value_status": "published",
        "target": "90",
        "target_upper": None,
        "floor": "80",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K04",
        "period_start": "2012-06-30",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "85.2",
        "value_status": "provisional",
        "target": "90",
        "target_upper": None,
        "floor": "80",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K05",
        "period_start": "2009-04-01",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "16.0",
        "value_status": "published",
        "target": "13.7",
        "target_upper": None,
        "floor": "15.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "13",
        "benchmark_label": "Stat N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K05",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "14.5",
        "value_status": "published",
        "target": "13.7",
        "target_upper": None,
        "floor": "15.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "13.4",
        "benchmark_label": "Stat N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K05",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "16.4",
        "value_status": "published",
        "target": "13.7",
        "target_upper": None,
        "floor": "15.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K05",
        "period_start": "2012-04-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "25.0",
        "value_status": "provisional",
        "target": "13.4",
        "target_upper": None,
        "floor": "15.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K06",
        "period_start": "2009-04-01",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "12.7",
        "value_status": "published",
        "target": "6",
        "target_upper": None,
        "floor": "8.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "6.4",
        "benchmark_label": "Stat N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K06",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "11.3",
        "value_status": "published",
        "target": "6",
        "target_upper": None,
        "floor": "8.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "5.8",
        "benchmark_label": "Stat N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K06",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "8.7",
        "value_status": "published",
        "target": "6",
        "target_upper": None,
        "floor": "8.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K06",
        "period_start": "2012-04-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "10.7",
        "value_status": "provisional",
        "target": "6",
        "target_upper": None,
        "floor": "8.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K07",
        "period_start": "2009-04-01",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "9.1",
        "value_status": "published",
        "target": "11",
        "target_upper": None,
        "floor": "10.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "13.8",
        "benchmark_label": "Stat N",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K07",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "8.0",
        "value_status": "published",
        "target": "11",
        "target_upper": None,
        "floor": "10.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "11.2",
        "benchmark_label": "Stat N",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K07",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "8.2",
        "value_status": "published",
        "target": "11",
        "target_upper": None,
        "floor": "10.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K07",
        "period_start": "2012-04-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "10.2",
        "value_status": "provisional",
        "target": "13",
        "target_upper": None,
        "floor": "10.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K08",
        "period_start": "2010-03-31",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "8.3",
        "value_status": "published",
        "target": "10.1",
        "target_upper": None,
        "floor": "12.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "11",
        "benchmark_label": "Stat N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K08",
        "period_start": "2011-03-31",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "8.0",
        "value_status": "published",
        "target": "10.1",
        "target_upper": None,
        "floor": "12.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "10",
        "benchmark_label": "Stat N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K08",
        "period_start": "2012-03-31",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "11.1",
        "value_status": "published",
        "target": "10.1",
        "target_upper": None,
        "floor": "12.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K08",
        "period_start": "2012-06-30",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "10.6",
        "value_status": "provisional",
        "target": "8.1",
        "target_upper": None,
        "floor": "12.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K09",
        "period_start": "2007-09-01",
        "period_end": "2008-06-30",
        "period_label": "2008",
        "value": "50.0",
        "value_status": "published",
        "target": None,
        "target_upper": None,
        "floor": None,
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "48.2",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": "",
    },
    {
        "indicator": "QPR12-K09",
        "period_start": "2008-09-01",
        "period_end": "2009-06-30",
        "period_label": "2009",
        "value": "52.0",
        "value_status": "published",
        "target": "56.0",
        "target_upper": None,
        "floor": "51.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "50.2",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K09",
        "period_start": "2009-09-01",
        "period_end": "2010-06-30",
        "period_label": "2010",
        "value": "56.8",
        "value_status": "published",
        "target": "57.0",
        "target_upper": None,
        "floor": "52.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "54.3",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K09",
        "period_start": "2010-09-01",
        "period_end": "2011-06-30",
        "period_label": "2011",
        "value": "59.4",
        "value_status": "published",
        "target": "60.1",
        "target_upper": None,
        "floor": "55.1",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "57.8",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K09",
        "period_start": "2011-09-01",
        "period_end": "2012-06-30",
        "period_label": "2012",
        "value": "61",
        "value_status": "provisional",
        "target": "62.0",
        "target_upper": None,
        "floor": "57.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K10",
        "period_start": "2007-09-01",
        "period_end": "2008-06-30",
        "period_label": "2008",
        "value": "69",
        "value_status": "published",
        "target": "73",
        "target_upper": None,
        "floor": "71",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "73",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K10",
        "period_start": "2008-09-01",
        "period_end": "2009-06-30",
        "period_label": "2009",
        "value": "68",
        "value_status": "published",
        "target": "72",
        "target_upper": None,
        "floor": "71",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "73",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K10",
        "period_start": "2009-09-01",
        "period_end": "2010-06-30",
        "period_label": "2010",
        "value": "70",
        "value_status": "published",
        "target": "73",
        "target_upper": None,
        "floor": "71",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "74",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K10",
        "period_start": "2010-09-01",
        "period_end": "2011-06-30",
        "period_label": "2011",
        "value": "72",
        "value_status": "published",
        "target": "74",
        "target_upper": None,
        "floor": "71",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "74",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K10",
        "period_start": "2011-09-01",
        "period_end": "2012-06-30",
        "period_label": "2012",
        "value": "77.5",
        "value_status": "provisional",
        "target": "74",
        "target_upper": None,
        "floor": "71",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K11",
        "period_start": "2007-09-01",
        "period_end": "2008-06-30",
        "period_label": "2008",
        "value": "32.3",
        "value_status": "published",
        "target": None,
        "target_upper": None,
        "floor": None,
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "31.6",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": "",
    },
    {
        "indicator": "QPR12-K11",
        "period_start": "2008-09-01",
        "period_end": "2009-06-30",
        "period_label": "2009",
        "value": "32.7",
        "value_status": "published",
        "target": None,
        "target_upper": None,
        "floor": None,
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "31.6",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": "",
    },
    {
        "indicator": "QPR12-K11",
        "period_start": "2009-09-01",
        "period_end": "2010-06-30",
        "period_label": "2010",
        "value": "35.3",
        "value_status": "published",
        "target": "27.5",
        "target_upper": None,
        "floor": "30.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "31.1",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Target and floor standard not printed for 2010 (the report prints no "
            "target or rating for that year); chosen as the 2011 target and floor so "
            "that this result rates Red, as the report's Previous Status (RED) for "
            "this indicator shows: with no 2012 result yet, the report compared the "
            "2011 result carried into this quarter."
        ),
    },
    {
        "indicator": "QPR12-K11",
        "period_start": "2010-09-01",
        "period_end": "2011-06-30",
        "period_label": "2011",
        "value": "33.7",
        "value_status": "published",
        "target": "27.5",
        "target_upper": None,
        "floor": "30.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "31.6",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K12",
        "period_start": "2007-09-01",
        "period_end": "2008-06-30",
        "period_label": "2008",
        "value": "31",
        "value_status": "published",
        "target": None,
        "target_upper": None,
        "floor": None,
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "25",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": "",
    },
    {
        "indicator": "QPR12-K12",
        "period_start": "2008-09-01",
        "period_end": "2009-06-30",
        "period_label": "2009",
        "value": "30",
        "value_status": "published",
        "target": None,
        "target_upper": None,
        "floor": None,
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "25",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": "",
    },
    {
        "indicator": "QPR12-K12",
        "period_start": "2009-09-01",
        "period_end": "2010-06-30",
        "period_label": "2010",
        "value": "28",
        "value_status": "published",
        "target": "21",
        "target_upper": None,
        "floor": "24",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "26",
        "benchmark_label": "Stat. N.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Target and floor standard not printed for 2010 (the report prints no "
            "target or rating for that year); chosen as the 2011 target and floor so "
            "that this result rates Red, as the report's Previous Status (RED) for "
            "this indicator shows: with no 2012 result yet, the report compared the "
            "2011 result carried into this quarter."
        ),
    },
    {
        "indicator": "QPR12-K12",
        "period_start": "2010-09-01",
        "period_end": "2011-06-30",
        "period_label": "2011",
        "value": "27",
        "value_status": "published",
        "target": "21",
        "target_upper": None,
        "floor": "24",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K13",
        "period_start": "2011-09-30",
        "period_end": "2011-09-30",
        "period_label": "Sep 11",
        "value": "56.7",
        "value_status": "published",
        "target": "60",
        "target_upper": None,
        "floor": "56.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "68.8",
        "benchmark_label": "Nat. Ave.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K13",
        "period_start": "2011-12-31",
        "period_end": "2011-12-31",
        "period_label": "Dec 11",
        "value": "55.6",
        "value_status": "published",
        "target": "60",
        "target_upper": None,
        "floor": "56.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "69.2",
        "benchmark_label": "Nat. Ave.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K13",
        "period_start": "2012-03-31",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "55.9",
        "value_status": "published",
        "target": "60",
        "target_upper": None,
        "floor": "56.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "69.1",
        "benchmark_label": "Nat. Ave.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K13",
        "period_start": "2012-06-30",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "56.4",
        "value_status": "provisional",
        "target": "60",
        "target_upper": None,
        "floor": "56.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K14",
        "period_start": "2010-03-31",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "14",
        "value_status": "published",
        "target": "10",
        "target_upper": None,
        "floor": "14",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K14",
        "period_start": "2011-03-31",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "18",
        "value_status": "published",
        "target": "10",
        "target_upper": None,
        "floor": "14",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K14",
        "period_start": "2012-03-31",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "15",
        "value_status": "published",
        "target": "10",
        "target_upper": None,
        "floor": "14",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K14",
        "period_start": "2012-06-30",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "19",
        "value_status": "provisional",
        "target": "10",
        "target_upper": None,
        "floor": "14",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K15",
        "period_start": "2009-04-01",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "77.1",
        "value_status": "published",
        "target": None,
        "target_upper": None,
        "floor": None,
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "87",
        "benchmark_label": "Nat. Ave.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "The report prints a Red rating for this period but no target; the target "
            "is left blank as printed, so this figure is not rated here."
        ),
    },
    {
        "indicator": "QPR12-K15",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "83.5",
        "value_status": "published",
        "target": "80",
        "target_upper": None,
        "floor": "78.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "88",
        "benchmark_label": "Nat. Ave.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K15",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "78.8",
        "value_status": "published",
        "target": "82",
        "target_upper": None,
        "floor": "78.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K15",
        "period_start": "2011-07-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "76.1",
        "value_status": "provisional",
        "target": "82",
        "target_upper": None,
        "floor": "78.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K16",
        "period_start": "2009-04-01",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "0.11",
        "value_status": "published",
        "target": None,
        "target_upper": None,
        "floor": None,
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "0.09",
        "benchmark_label": "Nat. Ave.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "The report prints a Green rating for this period but no target; the "
            "target is left blank as printed, so this figure is not rated here."
        ),
    },
    {
        "indicator": "QPR12-K16",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "0.11",
        "value_status": "published",
        "target": "0.10",
        "target_upper": None,
        "floor": "0.12",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "0.07",
        "benchmark_label": "Nat. Ave.",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K16",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "0.10",
        "value_status": "published",
        "target": "0.10",
        "target_upper": None,
        "floor": "0.12",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K16",
        "period_start": "2011-07-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "0.10",
        "value_status": "provisional",
        "target": "0.09",
        "target_upper": None,
        "floor": "0.12",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K17",
        "period_start": "2009-04-01",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "106",
        "value_status": "published",
        "target": "64",
        "target_upper": None,
        "floor": "58",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K17",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "105",
        "value_status": "published",
        "target": "88",
        "target_upper": None,
        "floor": "79",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K17",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "113",
        "value_status": "published",
        "target": "88",
        "target_upper": None,
        "floor": "79",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K17",
        "period_start": "2011-07-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "99",
        "value_status": "provisional",
        "target": "88",
        "target_upper": None,
        "floor": "79",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K18",
        "period_start": "2009-04-01",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "1918",
        "value_status": "published",
        "target": "2372",
        "target_upper": None,
        "floor": "2609",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "1727",
        "benchmark_label": "Nat Ave",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K18",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "1428",
        "value_status": "published",
        "target": "2325",
        "target_upper": None,
        "floor": "2558",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "1269",
        "benchmark_label": "Nat Ave",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K18",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "1108",
        "value_status": "published",
        "target": "1500",
        "target_upper": None,
        "floor": "1650",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K18",
        "period_start": "2011-07-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "928",
        "value_status": "provisional",
        "target": "1178",
        "target_upper": None,
        "floor": "1296",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K19",
        "period_start": "2011-09-30",
        "period_end": "2011-09-30",
        "period_label": "Sep 11",
        "value": "37.0",
        "value_status": "published",
        "target": "37",
        "target_upper": None,
        "floor": "27",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K19",
        "period_start": "2011-12-31",
        "period_end": "2011-12-31",
        "period_label": "Dec 11",
        "value": "52.2",
        "value_status": "published",
        "target": "43",
        "target_upper": None,
        "floor": "33",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K19",
        "period_start": "2012-03-31",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "59.7",
        "value_status": "published",
        "target": "50",
        "target_upper": None,
        "floor": "40",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K19",
        "period_start": "2012-06-30",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "57.7",
        "value_status": "provisional",
        "target": "63",
        "target_upper": None,
        "floor": "53",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K20",
        "period_start": "2011-09-30",
        "period_end": "2011-09-30",
        "period_label": "Sep 11",
        "value": "973",
        "value_status": "published",
        "target": "970",
        "target_upper": None,
        "floor": "920",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K20",
        "period_start": "2011-12-31",
        "period_end": "2011-12-31",
        "period_label": "Dec 11",
        "value": "1006",
        "value_status": "published",
        "target": "985",
        "target_upper": None,
        "floor": "935",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K20",
        "period_start": "2012-03-31",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "1032",
        "value_status": "published",
        "target": "1000",
        "target_upper": None,
        "floor": "950",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K20",
        "period_start": "2012-06-30",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "1074",
        "value_status": "provisional",
        "target": "1075",
        "target_upper": None,
        "floor": "1020",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K21",
        "period_start": "2011-07-01",
        "period_end": "2011-09-30",
        "period_label": "Sep 11",
        "value": "1631",
        "value_status": "published",
        "target": "1800",
        "target_upper": None,
        "floor": "1600",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K21",
        "period_start": "2011-10-01",
        "period_end": "2011-12-31",
        "period_label": "Dec 11",
        "value": "1736",
        "value_status": "published",
        "target": "1800",
        "target_upper": None,
        "floor": "1600",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K21",
        "period_start": "2012-01-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "1826",
        "value_status": "published",
        "target": "1800",
        "target_upper": None,
        "floor": "1600",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K21",
        "period_start": "2012-04-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "1687",
        "value_status": "provisional",
        "target": "1875",
        "target_upper": None,
        "floor": "1600",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K22",
        "period_start": "2011-07-01",
        "period_end": "2011-09-30",
        "period_label": "Sep 11",
        "value": "78",
        "value_status": "published",
        "target": "75",
        "target_upper": None,
        "floor": "70",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K22",
        "period_start": "2011-10-01",
        "period_end": "2011-12-31",
        "period_label": "Dec 11",
        "value": "78",
        "value_status": "published",
        "target": "75",
        "target_upper": None,
        "floor": "70",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K22",
        "period_start": "2012-01-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "76.5",
        "value_status": "published",
        "target": "75",
        "target_upper": None,
        "floor": "70",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K22",
        "period_start": "2012-04-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "77",
        "value_status": "provisional",
        "target": "75",
        "target_upper": None,
        "floor": "70",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K23",
        "period_start": "2011-07-01",
        "period_end": "2011-09-30",
        "period_label": "Sep 11",
        "value": "72",
        "value_status": "published",
        "target": "72",
        "target_upper": None,
        "floor": "70",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K23",
        "period_start": "2011-10-01",
        "period_end": "2011-12-31",
        "period_label": "Dec 11",
        "value": "73.5",
        "value_status": "published",
        "target": "73.5",
        "target_upper": None,
        "floor": "70",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K23",
        "period_start": "2012-01-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "73.6",
        "value_status": "published",
        "target": "75",
        "target_upper": None,
        "floor": "70",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K23",
        "period_start": "2012-04-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "73.3",
        "value_status": "provisional",
        "target": "76",
        "target_upper": None,
        "floor": "70",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K24",
        "period_start": "2009-04-01",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "80.5",
        "value_status": "published",
        "target": "90",
        "target_upper": None,
        "floor": "80",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K24",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "76.5",
        "value_status": "published",
        "target": "90",
        "target_upper": None,
        "floor": "80",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K24",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "89.5",
        "value_status": "published",
        "target": "90",
        "target_upper": None,
        "floor": "80",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K24",
        "period_start": "2012-04-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "95.1",
        "value_status": "provisional",
        "target": "90",
        "target_upper": None,
        "floor": "80",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K25",
        "period_start": "2009-04-01",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "22.4",
        "value_status": "published",
        "target": "28",
        "target_upper": None,
        "floor": "35",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "Year Mar 10 only includes data from Sept 09 and not April 09.",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K25",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "40.1",
        "value_status": "published",
        "target": "28",
        "target_upper": None,
        "floor": "35",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K25",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "20.0",
        "value_status": "published",
        "target": "28",
        "target_upper": None,
        "floor": "35",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K25",
        "period_start": "2012-04-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "11.4",
        "value_status": "provisional",
        "target": "28",
        "target_upper": None,
        "floor": "35",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K26",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "66.7",
        "value_status": "published",
        "target": "75",
        "target_upper": None,
        "floor": "65",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "Year Mar 11 only includes data from July 10 and not April 10.",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K26",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "90.6",
        "value_status": "published",
        "target": "75",
        "target_upper": None,
        "floor": "65",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K26",
        "period_start": "2012-04-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "80.7",
        "value_status": "provisional",
        "target": "75",
        "target_upper": None,
        "floor": "65",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K27",
        "period_start": "2009-04-01",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "69.8",
        "value_status": "published",
        "target": None,
        "target_upper": None,
        "floor": None,
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "54.4",
        "benchmark_label": "South East",
        "benchmark_date": None,
        "footnote": "",
        "data_note": "",
    },
    {
        "indicator": "QPR12-K27",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "70.2",
        "value_status": "published",
        "target": "71.5",
        "target_upper": None,
        "floor": "69.5",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "67.3",
        "benchmark_label": "South East",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K27",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "78.1",
        "value_status": "published",
        "target": "72.2",
        "target_upper": None,
        "floor": "70.2",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": "73.4",
        "benchmark_label": "South East",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K27",
        "period_start": "2011-07-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "76.9",
        "value_status": "provisional",
        "target": "74.8",
        "target_upper": None,
        "floor": "72.8",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K28",
        "period_start": "2009-04-01",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "68.9",
        "value_status": "published",
        "target": None,
        "target_upper": None,
        "floor": None,
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": "",
    },
    {
        "indicator": "QPR12-K28",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "69.9",
        "value_status": "published",
        "target": "69.7",
        "target_upper": None,
        "floor": "67.7",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K28",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "71.8",
        "value_status": "published",
        "target": "70.6",
        "target_upper": None,
        "floor": "68.6",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K28",
        "period_start": "2011-07-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "71.9",
        "value_status": "provisional",
        "target": "71.1",
        "target_upper": None,
        "floor": "69.1",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K29",
        "period_start": "2008-04-01",
        "period_end": "2009-03-31",
        "period_label": "2008/09",
        "value": "58.8",
        "value_status": "published",
        "target": None,
        "target_upper": None,
        "floor": None,
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": "",
    },
    {
        "indicator": "QPR12-K29",
        "period_start": "2009-04-01",
        "period_end": "2010-03-31",
        "period_label": "2009/10",
        "value": "57.8",
        "value_status": "published",
        "target": None,
        "target_upper": None,
        "floor": None,
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": "",
    },
    {
        "indicator": "QPR12-K29",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "2010/11",
        "value": "56.8",
        "value_status": "published",
        "target": None,
        "target_upper": None,
        "floor": None,
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "No target or rating printed for 2010/11 (the baseline year); the report "
            "shows this indicator's Previous Status as N/A."
        ),
    },
    {
        "indicator": "QPR12-K29",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "2011/12",
        "value": "54.9",
        "value_status": "published",
        "target": "55.3",
        "target_upper": None,
        "floor": "56.0",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table. The report's direction-of-travel arrow shows "
            "this indicator as worsened, although emissions fell from 56.8 to 54.9 "
            "thousand tonnes (lower is better): the printed arrow contradicts the "
            "data and is kept as published."
        ),
    },
    {
        "indicator": "QPR12-K30",
        "period_start": "2009-04-01",
        "period_end": "2010-03-31",
        "period_label": "Mar 10",
        "value": "2611",
        "value_status": "published",
        "target": "2973",
        "target_upper": None,
        "floor": "2500",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Amber rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K30",
        "period_start": "2010-04-01",
        "period_end": "2011-03-31",
        "period_label": "Mar 11",
        "value": "2588",
        "value_status": "published",
        "target": "2325",
        "target_upper": None,
        "floor": "2000",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "the other ratings printed in this indicator's trend table. The report "
            "prints this year's rating as Red, but 2,588 is above the printed 2,325 "
            "target, so no floor standard reproduces it (the figures are kept as "
            "printed; computed from them the year is Green)."
        ),
    },
    {
        "indicator": "QPR12-K30",
        "period_start": "2011-04-01",
        "period_end": "2012-03-31",
        "period_label": "Mar 12",
        "value": "3217",
        "value_status": "published",
        "target": "3100",
        "target_upper": None,
        "floor": "2600",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Green rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
    {
        "indicator": "QPR12-K30",
        "period_start": "2012-04-01",
        "period_end": "2012-06-30",
        "period_label": "Jun 12",
        "value": "536",
        "value_status": "provisional",
        "target": "775",
        "target_upper": None,
        "floor": "650",
        "lower_threshold": None,
        "upper_threshold": None,
        "benchmark_value": None,
        "benchmark_label": "",
        "benchmark_date": None,
        "footnote": "",
        "data_note": (
            "Floor standard not printed in the report; chosen to be consistent with "
            "its published Red rating and the other ratings printed in this "
            "indicator's trend table."
        ),
    },
]

# The nine service areas, in report order.
SECTIONS = [
    {
        "area": "Customer Services",
        "cabinet_members": "Mike Hill",
        "director_label": "Director",
        "director": "Des Crilley",
        "commentary": [
            SeedRange(SEED, 203, 235),
            SeedRange(SEED, 238, 244),
            SeedRange(SEED, 268, 268),
            SeedRange(SEED, 272, 289),
            SeedRange(SEED, 379, 390),
            SeedRange(SEED, 412, 422),
        ],
        "content": [
            (
                "kpi",
                {
                    "indicator": "QPR12-K01",
                    "commentary": [
                        SeedRange(SEED, 250, 258),
                        SeedRange(SEED, 299, 304),
                    ],
                    "corrective_action": [SeedRange(SEED, 260, 264)],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K02",
                    "commentary": [
                        SeedRange(SEED, 266, 266),
                        SeedRange(SEED, 322, 330),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "data_table",
                {
                    "title": "Breakdown of calls received at the contact centre",
                    "caption": "",
                    "columns": [
                        {"type": "text", "role": "label", "unit": ""},
                        {"type": "text", "role": "value", "unit": ""},
                        {"type": "number", "role": "value", "unit": "thousands"},
                        {"type": "number", "role": "value", "unit": "thousands"},
                        {"type": "number", "role": "value", "unit": "thousands"},
                        {"type": "text", "role": "value", "unit": ""},
                    ],
                    "header_rows": [
                        [
                            {"text": "Contact Phone Line", "colspan": 1},
                            {"text": "Tier", "colspan": 1},
                            {"text": "Year to Mar 11", "colspan": 1},
                            {"text": "Year to Mar 12", "colspan": 1},
                            {"text": "Year to June 12", "colspan": 1},
                            {"text": "Annual Increase", "colspan": 1},
                        ]
                    ],
                    "rows": [
                        {
                            "kind": "data",
                            "cells": [
                                "247 main phone line",
                                "1",
                                "135",
                                "159",
                                "158",
                                "+17%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Highways and Transportation",
                                "1",
                                "142",
                                "158",
                                "157",
                                "+12%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Libraries and Archives",
                                "3",
                                "172",
                                "131",
                                "122",
                                "- 23%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Office switchboards",
                                "1/2",
                                "166",
                                "125",
                                "106",
                                "- 25%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Registration Services",
                                "1",
                                "124",
                                "105",
                                "88",
                                "- 16%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Adult Social Care",
                                "1",
                                "79",
                                "98",
                                "99",
                                "+ 23%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": ["Education Line", "2", "57", "90", "86", "+ 56%"],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": ["Blue Badges", "2", "41", "61", "60", "+ 50%"],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Adult Education",
                                "2",
                                "59",
                                "47",
                                "46",
                                "- 19%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Children's Social Services",
                                "1",
                                "36",
                                "42",
                                "45",
                                "+18%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Concessionary Fares",
                                "1 / 2 / 3",
                                "1",
                                "22",
                                "21",
                                "NEW",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Property and Facilities",
                                "1/2",
                                "21",
                                "18",
                                "18",
                                "- 12%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Kent report line",
                                "2",
                                "10",
                                "10",
                                "10",
                                "+ 6%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": ["CFIS", "2", "0", "10", "10", "NEW"],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": ["Access Kent", "3", "8", "8", "7", "0%"],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": ["Emergency Line", "1", "7", "6", "7", "-12%"],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "District council out of hours",
                                "1",
                                "5",
                                "5",
                                "5",
                                "- 1%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Other lines",
                                "1 / 2 / 3",
                                "24",
                                "26",
                                "26",
                                "+8%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "total",
                            "cells": [
                                "Total Calls (in thousands)",
                                "",
                                "1,087",
                                "1,123",
                                "1,068",
                                "+ 3.4%",
                            ],
                            "type": "",
                        },
                    ],
                    "footnotes": [],
                    "tolerance": "0",
                },
            ),
            (
                "chart",
                {
                    "title": (
                        "Total calls received at the contact centre (in thousands)"
                    ),
                    "description": (
                        "Bar chart of the total calls received at the contact centre, "
                        "in thousands: 1,087 in the year to March 2011, 1,123 in the "
                        "year to March 2012 and 1,068 in the year to June 2012."
                    ),
                    "kind": "bar",
                    "unit": "number",
                    "categories": [
                        "Year to Mar 11",
                        "Year to Mar 12",
                        "Year to June 12",
                    ],
                    "series": [
                        {
                            "name": "Total Calls (in thousands)",
                            "values": ["1087", "1123", "1068"],
                        }
                    ],
                },
            ),
            (
                "data_table",
                {
                    "title": "Breakdown of complaints by service",
                    "caption": "",
                    "columns": [
                        {"type": "text", "role": "label", "unit": ""},
                        {"type": "number", "role": "value", "unit": ""},
                        {"type": "number", "role": "value", "unit": ""},
                        {"type": "number", "role": "value", "unit": ""},
                        {"type": "text", "role": "value", "unit": ""},
                    ],
                    "header_rows": [
                        [
                            {"text": "Contact Phone Line", "colspan": 1},
                            {"text": "Year to Mar 11", "colspan": 1},
                            {"text": "Year to Mar 12", "colspan": 1},
                            {"text": "Year to June 12", "colspan": 1},
                            {"text": "Mar 12 to Jun 12", "colspan": 1},
                        ]
                    ],
                    "rows": [
                        {
                            "kind": "data",
                            "cells": [
                                "Highways and Transportation",
                                "1,959",
                                "939",
                                "950",
                                "+1%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Libraries, Archives and Registrations",
                                "133",
                                "722",
                                "857",
                                "+19%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Children's Social Services",
                                "406",
                                "503",
                                "466",
                                "-7%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": ["Adult Social Care", "523", "425", "391", "-8%"],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": ["Waste management", "210", "193", "184", "-5%"],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Commercial Services",
                                "75",
                                "152",
                                "109",
                                "-28%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": ["Adult Education", "151", "117", "99", "-15%"],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": ["Insurance Claims", "416", "106", "61", "-42%"],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Countryside access and country parks",
                                "110",
                                "105",
                                "89",
                                "-15%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Gateways and Contact Centre",
                                "61",
                                "66",
                                "78",
                                "+18%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": ["Education services", "88", "44", "44", "0%"],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": ["Youth services", "43", "16", "16", "0%"],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": ["Other services", "190", "71", "72", "+1%"],
                            "type": "",
                        },
                        {
                            "kind": "total",
                            "cells": [
                                "Total Complaints",
                                "4,365",
                                "3,459",
                                "3,416",
                                "-1%",
                            ],
                            "type": "",
                        },
                    ],
                    "footnotes": [],
                    "tolerance": "0",
                },
            ),
        ],
    },
    {
        "area": "Children's Social Services",
        "cabinet_members": "Jenny Whittle",
        "director_label": "Director",
        "director": "Jean Imray",
        "commentary": [SeedRange(SEED, 443, 480), SeedRange(SEED, 536, 563)],
        "content": [
            (
                "kpi",
                {
                    "indicator": "QPR12-K03",
                    "commentary": [
                        SeedRange(SEED, 486, 486),
                        SeedRange(SEED, 579, 581),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K04",
                    "commentary": [
                        SeedRange(SEED, 488, 503),
                        SeedRange(SEED, 598, 598),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K05",
                    "commentary": [SeedRange(SEED, 624, 626)],
                    "corrective_action": [
                        SeedRange(SEED, 473, 473),
                        SeedRange(SEED, 479, 479),
                    ],
                    "direction_override": "",
                },
            ),
            (
                "data_table",
                {
                    "title": (
                        "Percentage of children becoming subject to a child "
                        "protection plan for a second or subsequent time: trend data"
                    ),
                    "caption": "",
                    "columns": [
                        {"type": "text", "role": "label", "unit": ""},
                        {"type": "percent", "role": "value", "unit": ""},
                        {"type": "percent", "role": "value", "unit": ""},
                        {"type": "percent", "role": "value", "unit": ""},
                        {"type": "percent", "role": "value", "unit": ""},
                        {"type": "percent", "role": "value", "unit": ""},
                        {"type": "percent", "role": "value", "unit": ""},
                        {"type": "percent", "role": "value", "unit": ""},
                    ],
                    "header_rows": [
                        [
                            {"text": "Trend Data", "colspan": 1},
                            {"text": "Previous Years", "colspan": 3},
                            {"text": "Current Financial Year", "colspan": 4},
                        ],
                        [
                            {"text": "year todate", "colspan": 1},
                            {"text": "Mar 10", "colspan": 1},
                            {"text": "Mar 11", "colspan": 1},
                            {"text": "Mar 12", "colspan": 1},
                            {"text": "Jun 12", "colspan": 1},
                            {"text": "Sep 12", "colspan": 1},
                            {"text": "Dec 12", "colspan": 1},
                            {"text": "Mar 13", "colspan": 1},
                        ],
                    ],
                    "rows": [
                        {
                            "kind": "data",
                            "cells": [
                                "Actual",
                                "16.0%",
                                "14.5%",
                                "16.4%",
                                "25.0%",
                                "",
                                "",
                                "",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "Target",
                                "13.7%",
                                "13.7%",
                                "13.7%",
                                "13.4%",
                                "13.4%",
                                "13.4%",
                                "13.4%",
                            ],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": [
                                "RAG Rating",
                                "Red",
                                "Amber",
                                "Red",
                                "Red",
                                "",
                                "",
                                "",
                            ],
                            "type": "text",
                        },
                        {
                            "kind": "data",
                            "cells": ["Stat N.", "13%", "13.4%", "", "", "", "", ""],
                            "type": "",
                        },
                        {
                            "kind": "data",
                            "cells": ["Number", "167", "219", "227", "46", "", "", ""],
                            "type": "number",
                        },
                    ],
                    "footnotes": [],
                    "tolerance": "0",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K06",
                    "commentary": [SeedRange(SEED, 644, 647)],
                    "corrective_action": [SeedRange(SEED, 505, 516)],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K07",
                    "commentary": [
                        SeedRange(SEED, 518, 526),
                        SeedRange(SEED, 669, 671),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K08",
                    "commentary": [
                        SeedRange(SEED, 528, 532),
                        SeedRange(SEED, 697, 700),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
        ],
    },
    {
        "area": "Education, Learning and Skills",
        "cabinet_members": "Mike Whiting",
        "director_label": "Corporate Director",
        "director": "Patrick Leeson",
        "commentary": [
            SeedRange(SEED, 752, 754),
            SeedRange(SEED, 758, 776),
            SeedRange(SEED, 782, 782),
            SeedRange(SEED, 784, 784),
            SeedRange(SEED, 795, 801),
        ],
        "content": [
            (
                "kpi",
                {
                    "indicator": "QPR12-K09",
                    "commentary": [SeedRange(SEED, 813, 815)],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K10",
                    "commentary": [SeedRange(SEED, 832, 835)],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K11",
                    "commentary": [SeedRange(SEED, 855, 859)],
                    "corrective_action": [
                        SeedRange(SEED, 754, 754),
                        SeedRange(SEED, 765, 776),
                    ],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K12",
                    "commentary": [SeedRange(SEED, 875, 879)],
                    "corrective_action": [
                        SeedRange(SEED, 754, 754),
                        SeedRange(SEED, 765, 776),
                    ],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K13",
                    "commentary": [SeedRange(SEED, 894, 896)],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K14",
                    "commentary": [SeedRange(SEED, 920, 924)],
                    "corrective_action": [SeedRange(SEED, 786, 786)],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K15",
                    "commentary": [SeedRange(SEED, 946, 948)],
                    "corrective_action": [SeedRange(SEED, 788, 788)],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K16",
                    "commentary": [
                        SeedRange(SEED, 975, 975),
                        SeedRange(SEED, 790, 790),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K17",
                    "commentary": [
                        SeedRange(SEED, 793, 793),
                        SeedRange(SEED, 996, 1003),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
        ],
    },
    {
        "area": "Integrated Youth Service",
        "cabinet_members": "Mike Hill",
        "director_label": "Director",
        "director": "Angela Slaven",
        "commentary": [SeedRange(SEED, 1022, 1033)],
        "content": [
            (
                "kpi",
                {
                    "indicator": "QPR12-K18",
                    "commentary": [
                        SeedRange(SEED, 1037, 1039),
                        SeedRange(SEED, 1050, 1050),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            )
        ],
    },
    {
        "area": "Adult Social Care",
        "cabinet_members": "Graham Gibbens",
        "director_label": "Corporate Director",
        "director": "Andrew Ireland",
        "commentary": [SeedRange(SEED, 1079, 1098), SeedRange(SEED, 1114, 1131)],
        "content": [
            (
                "kpi",
                {
                    "indicator": "QPR12-K19",
                    "commentary": [
                        SeedRange(SEED, 1102, 1102),
                        SeedRange(SEED, 1142, 1146),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K20",
                    "commentary": [
                        SeedRange(SEED, 1104, 1104),
                        SeedRange(SEED, 1167, 1169),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K21",
                    "commentary": [
                        SeedRange(SEED, 1106, 1106),
                        SeedRange(SEED, 1192, 1195),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K22",
                    "commentary": [
                        SeedRange(SEED, 1108, 1108),
                        SeedRange(SEED, 1213, 1218),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K23",
                    "commentary": [
                        SeedRange(SEED, 1110, 1110),
                        SeedRange(SEED, 1234, 1239),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
        ],
    },
    {
        "area": "Highways and Transportation",
        "cabinet_members": "Bryan Sweetland",
        "director_label": "Director",
        "director": "John Burr",
        "commentary": [SeedRange(SEED, 1280, 1288), SeedRange(SEED, 1301, 1309)],
        "content": [
            (
                "kpi",
                {
                    "indicator": "QPR12-K24",
                    "commentary": [
                        SeedRange(SEED, 1294, 1294),
                        SeedRange(SEED, 1320, 1324),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K25",
                    "commentary": [
                        SeedRange(SEED, 1296, 1296),
                        SeedRange(SEED, 1350, 1354),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K26",
                    "commentary": [
                        SeedRange(SEED, 1298, 1298),
                        SeedRange(SEED, 1377, 1384),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
        ],
    },
    {
        "area": "Waste Management",
        "cabinet_members": "Bryan Sweetland",
        "director_label": "Director",
        "director": "Caroline Arnold",
        "commentary": [SeedRange(SEED, 1423, 1431), SeedRange(SEED, 1441, 1452)],
        "content": [
            (
                "kpi",
                {
                    "indicator": "QPR12-K27",
                    "commentary": [
                        SeedRange(SEED, 1437, 1437),
                        SeedRange(SEED, 1463, 1467),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
            (
                "kpi",
                {
                    "indicator": "QPR12-K28",
                    "commentary": [
                        SeedRange(SEED, 1439, 1439),
                        SeedRange(SEED, 1488, 1490),
                    ],
                    "corrective_action": [],
                    "direction_override": "",
                },
            ),
        ],
    },
    {
        "area": "Environment",
        "cabinet_members": "Bryan Sweetland",
        "director_label": "Director",
        "director": "Paul Crick",
        "commentary": [SeedRange(SEED, 1524, 1536)],
        "content": [
            (
                "kpi",
                {
                    "indicator": "QPR12-K29",
                    "commentary": [
                        SeedRange(SEED, 1541, 1547),
                        SeedRange(SEED, 1563, 1563),
                    ],
                    "corrective_action": [],
                    "direction_override": "worsening",
                },
            )
        ],
    },
    {
        "area": "Economic Support",
        "cabinet_members": "Mark Dance",
        "director_label": "Director",
        "director": "Barbara Cooper",
        "commentary": [SeedRange(SEED, 1584, 1607)],
        "content": [
            (
                "kpi",
                {
                    "indicator": "QPR12-K30",
                    "commentary": [
                        SeedRange(SEED, 1611, 1611),
                        SeedRange(SEED, 1623, 1623),
                    ],
                    "corrective_action": [SeedRange(SEED, 1613, 1613)],
                    "direction_override": "",
                },
            )
        ],
    },
]

# As printed: KPI Tables (current and previous status, direction of travel)
# and every rating in the trend tables. history_ratings_not_reproduced: a
# printed rating that contradicts its own printed figures (see docstring).
PUBLISHED = {
    "summary": {
        "Customer Services": {
            "green": 1,
            "amber": 0,
            "red": 1,
            "improving": 0,
            "no_change": 0,
            "worsening": 2,
        },
        "Children's Social Services": {
            "green": 1,
            "amber": 3,
            "red": 2,
            "improving": 3,
            "no_change": 0,
            "worsening": 3,
        },
        "Education, Learning and Skills": {
            "green": 2,
            "amber": 3,
            "red": 4,
            "improving": 5,
            "no_change": 1,
            "worsening": 3,
        },
        "Integrated Youth Service": {
            "green": 1,
            "amber": 0,
            "red": 0,
            "improving": 1,
            "no_change": 0,
            "worsening": 0,
        },
        "Adult Social Care": {
            "green": 1,
            "amber": 4,
            "red": 0,
            "improving": 2,
            "no_change": 0,
            "worsening": 3,
        },
        "Highways and Transportation": {
            "green": 3,
            "amber": 0,
            "red": 0,
            "improving": 2,
            "no_change": 0,
            "worsening": 1,
        },
        "Waste Management": {
            "green": 2,
            "amber": 0,
            "red": 0,
            "improving": 1,
            "no_change": 0,
            "worsening": 1,
        },
        "Environment": {
            "green": 1,
            "amber": 0,
            "red": 0,
            "improving": 0,
            "no_change": 0,
            "worsening": 1,
        },
        "Economic Support": {
            "green": 0,
            "amber": 0,
            "red": 1,
            "improving": 0,
            "no_change": 0,
            "worsening": 1,
        },
    },
    "total": {
        "green": 12,
        "amber": 10,
        "red": 8,
        "improving": 14,
        "no_change": 1,
        "worsening": 15,
    },
    "kpis": {
        "QPR12-K01": {"rag": "red", "direction": "worsening"},
        "QPR12-K02": {"rag": "green", "direction": "worsening"},
        "QPR12-K03": {"rag": "green", "direction": "improving"},
        "QPR12-K04": {"rag": "amber", "direction": "worsening"},
        "QPR12-K05": {"rag": "red", "direction": "worsening"},
        "QPR12-K06": {"rag": "red", "direction": "worsening"},
        "QPR12-K07": {"rag": "amber", "direction": "improving"},
        "QPR12-K08": {"rag": "amber", "direction": "improving"},
        "QPR12-K09": {"rag": "amber", "direction": "improving"},
        "QPR12-K10": {"rag": "green", "direction": "improving"},
        "QPR12-K11": {"rag": "red", "direction": "improving"},
        "QPR12-K12": {"rag": "red", "direction": "improving"},
        "QPR12-K13": {"rag": "amber", "direction": "improving"},
        "QPR12-K14": {"rag": "red", "direction": "worsening"},
        "QPR12-K15": {"rag": "red", "direction": "worsening"},
        "QPR12-K16": {"rag": "amber", "direction": "no_change"},
        "QPR12-K17": {"rag": "green", "direction": "worsening"},
        "QPR12-K18": {"rag": "green", "direction": "improving"},
        "QPR12-K19": {"rag": "amber", "direction": "worsening"},
        "QPR12-K20": {"rag": "amber", "direction": "improving"},
        "QPR12-K21": {"rag": "amber", "direction": "worsening"},
        "QPR12-K22": {"rag": "green", "direction": "improving"},
        "QPR12-K23": {"rag": "amber", "direction": "worsening"},
        "QPR12-K24": {"rag": "green", "direction": "improving"},
        "QPR12-K25": {"rag": "green", "direction": "improving"},
        "QPR12-K26": {"rag": "green", "direction": "worsening"},
        "QPR12-K27": {"rag": "green", "direction": "worsening"},
        "QPR12-K28": {"rag": "green", "direction": "improving"},
        "QPR12-K29": {"rag": "green", "direction": "worsening"},
        "QPR12-K30": {"rag": "red", "direction": "worsening"},
    },
    "previous_ratings": {
        "QPR12-K01": "green",
        "QPR12-K02": "green",
        "QPR12-K03": "green",
        "QPR12-K04": "amber",
        "QPR12-K05": "red",
        "QPR12-K06": "red",
        "QPR12-K07": "red",
        "QPR12-K08": "amber",
        "QPR12-K09": "amber",
        "QPR12-K10": "amber",
        "QPR12-K11": "red",
        "QPR12-K12": "red",
        "QPR12-K13": "red",
        "QPR12-K14": "red",
        "QPR12-K15": "amber",
        "QPR12-K16": "green",
        "QPR12-K17": "green",
        "QPR12-K18": "green",
        "QPR12-K19": "green",
        "QPR12-K20": "green",
        "QPR12-K21": "green",
        "QPR12-K22": "green",
        "QPR12-K23": "amber",
        "QPR12-K24": "amber",
        "QPR12-K25": "green",
        "QPR12-K26": "green",
        "QPR12-K27": "green",
        "QPR12-K28": "green",
        "QPR12-K29": "not_rated",
        "QPR12-K30": "green",
    },
    "history_ratings": {
        ("QPR12-K01", "2011-09-30"): "red",
        ("QPR12-K01", "2011-12-31"): "amber",
        ("QPR12-K01", "2012-03-31"): "green",
        ("QPR12-K01", "2012-06-30"): "red",
        ("QPR12-K02", "2011-09-30"): "amber",
        ("QPR12-K02", "2011-12-31"): "amber",
        ("QPR12-K02", "2012-03-31"): "green",
        ("QPR12-K02", "2012-06-30"): "green",
        ("QPR12-K03", "2010-03-31"): "green",
        ("QPR12-K03", "2011-03-31"): "red",
        ("QPR12-K03", "2012-03-31"): "green",
        ("QPR12-K03", "2012-06-30"): "green",
        ("QPR12-K04", "2010-03-31"): "red",
        ("QPR12-K04", "2011-03-31"): "amber",
        ("QPR12-K04", "2012-03-31"): "amber",
        ("QPR12-K04", "2012-06-30"): "amber",
        ("QPR12-K05", "2010-03-31"): "red",
        ("QPR12-K05", "2011-03-31"): "amber",
        ("QPR12-K05", "2012-03-31"): "red",
        ("QPR12-K05", "2012-06-30"): "red",
        ("QPR12-K06", "2010-03-31"): "red",
        ("QPR12-K06", "2011-03-31"): "red",
        ("QPR12-K06", "2012-03-31"): "red",
        ("QPR12-K06", "2012-06-30"): "red",
        ("QPR12-K07", "2010-03-31"): "red",
        ("QPR12-K07", "2011-03-31"): "red",
        ("QPR12-K07", "2012-03-31"): "red",
        ("QPR12-K07", "2012-06-30"): "amber",
        ("QPR12-K08", "2010-03-31"): "green",
        ("QPR12-K08", "2011-03-31"): "green",
        ("QPR12-K08", "2012-03-31"): "amber",
        ("QPR12-K08", "2012-06-30"): "amber",
        ("QPR12-K09", "2009-06-30"): "amber",
        ("QPR12-K09", "2010-06-30"): "amber",
        ("QPR12-K09", "2011-06-30"): "amber",
        ("QPR12-K09", "2012-06-30"): "amber",
        ("QPR12-K10", "2008-06-30"): "red",
        ("QPR12-K10", "2009-06-30"): "red",
        ("QPR12-K10", "2010-06-30"): "red",
        ("QPR12-K10", "2011-06-30"): "amber",
        ("QPR12-K10", "2012-06-30"): "green",
        ("QPR12-K11", "2011-06-30"): "red",
        ("QPR12-K12", "2011-06-30"): "red",
        ("QPR12-K13", "2011-09-30"): "amber",
        ("QPR12-K13", "2011-12-31"): "red",
        ("QPR12-K13", "2012-03-31"): "red",
        ("QPR12-K13", "2012-06-30"): "amber",
        ("QPR12-K14", "2010-03-31"): "amber",
        ("QPR12-K14", "2011-03-31"): "red",
        ("QPR12-K14", "2012-03-31"): "red",
        ("QPR12-K14", "2012-06-30"): "red",
        ("QPR12-K15", "2010-03-31"): "red",
        ("QPR12-K15", "2011-03-31"): "green",
        ("QPR12-K15", "2012-03-31"): "amber",
        ("QPR12-K15", "2012-06-30"): "red",
        ("QPR12-K16", "2010-03-31"): "green",
        ("QPR12-K16", "2011-03-31"): "amber",
        ("QPR12-K16", "2012-03-31"): "green",
        ("QPR12-K16", "2012-06-30"): "amber",
        ("QPR12-K17", "2010-03-31"): "green",
        ("QPR12-K17", "2011-03-31"): "green",
        ("QPR12-K17", "2012-03-31"): "green",
        ("QPR12-K17", "2012-06-30"): "green",
        ("QPR12-K18", "2010-03-31"): "green",
        ("QPR12-K18", "2011-03-31"): "green",
        ("QPR12-K18", "2012-03-31"): "green",
        ("QPR12-K18", "2012-06-30"): "green",
        ("QPR12-K19", "2011-09-30"): "green",
        ("QPR12-K19", "2011-12-31"): "green",
        ("QPR12-K19", "2012-03-31"): "green",
        ("QPR12-K19", "2012-06-30"): "amber",
        ("QPR12-K20", "2011-09-30"): "green",
        ("QPR12-K20", "2011-12-31"): "green",
        ("QPR12-K20", "2012-03-31"): "green",
        ("QPR12-K20", "2012-06-30"): "amber",
        ("QPR12-K21", "2011-09-30"): "amber",
        ("QPR12-K21", "2011-12-31"): "amber",
        ("QPR12-K21", "2012-03-31"): "green",
        ("QPR12-K21", "2012-06-30"): "amber",
        ("QPR12-K22", "2011-09-30"): "green",
        ("QPR12-K22", "2011-12-31"): "green",
        ("QPR12-K22", "2012-03-31"): "green",
        ("QPR12-K22", "2012-06-30"): "green",
        ("QPR12-K23", "2011-09-30"): "green",
        ("QPR12-K23", "2011-12-31"): "green",
        ("QPR12-K23", "2012-03-31"): "amber",
        ("QPR12-K23", "2012-06-30"): "amber",
        ("QPR12-K24", "2010-03-31"): "amber",
        ("QPR12-K24", "2011-03-31"): "red",
        ("QPR12-K24", "2012-03-31"): "amber",
        ("QPR12-K24", "2012-06-30"): "green",
        ("QPR12-K25", "2010-03-31"): "green",
        ("QPR12-K25", "2011-03-31"): "red",
        ("QPR12-K25", "2012-03-31"): "green",
        ("QPR12-K25", "2012-06-30"): "green",
        ("QPR12-K26", "2011-03-31"): "amber",
        ("QPR12-K26", "2012-03-31"): "green",
        ("QPR12-K26", "2012-06-30"): "green",
        ("QPR12-K27", "2011-03-31"): "amber",
        ("QPR12-K27", "2012-03-31"): "green",
        ("QPR12-K27", "2012-06-30"): "green",
        ("QPR12-K28", "2011-03-31"): "green",
        ("QPR12-K28", "2012-03-31"): "green",
        ("QPR12-K28", "2012-06-30"): "green",
        ("QPR12-K29", "2012-03-31"): "green",
        ("QPR12-K30", "2010-03-31"): "amber",
        ("QPR12-K30", "2012-03-31"): "green",
        ("QPR12-K30", "2012-06-30"): "red",
    },
    "history_ratings_not_reproduced": {("QPR12-K30", "2011-03-31"): "red"},
}
