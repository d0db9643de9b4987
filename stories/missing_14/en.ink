# case: missing_14
# title: Rosa did not come home from school
# summary: Her mother comes at 8:00: Rosa did not come home from school. Two days later she is brought in.
# persona: rosa
# age: 14
# type: missing_child
# requires: attend_immediately, register_report, issue_missing_alert, involve_specialized_unit, notify_family_prosecutor, notify_criminal_prosecutor, arrange_single_interview, request_forensic_exam, assess_risk, refer_to_cem, explain_next_steps, brief_carer, release_to_safe_carer, confirm_safe_departure, inform_criminal_prosecutor_flagrancy
# key: REC-01, REC-04, PRO-05, ENV-03, DIS-01, DIS-04, DIS-05, PRO-02, PRO-03, PRO-04, REF-02, REF-03, CLO-01, CLO-02, CLO-03
# trust: 2
# distress: 4
# content_note: A fourteen-year-old girl goes missing and is found two days later with an adult she met online. The grooming is suggested, never described; there is no sexual content and no explicit violence.
# lang: en

VAR trust = 2
VAR distress = 4
VAR distress_streak = 0
VAR hurt = false
VAR alert_late = false
VAR contact = false
VAR man_held = false
VAR no_investigation = false

INCLUDE en/part_one.ink
INCLUDE en/part_two.ink
INCLUDE en/part_three.ink
INCLUDE ../_shared/en/call_family_prosecutor.ink
INCLUDE ../_shared/en/single_interview.ink
INCLUDE ../_shared/en/do_not_question.ink
INCLUDE ../_shared/en/helplines.ink

-> arrival
