# case: missing_14
# title: Rosa no volvió del colegio
# summary: Su madre llega a las 8:00: Rosa no volvió del colegio. Dos días después la traen a la comisaría.
# persona: rosa
# age: 14
# type: missing_child
# requires: attend_immediately, register_report, issue_missing_alert, involve_specialized_unit, notify_family_prosecutor, notify_criminal_prosecutor, arrange_single_interview, request_forensic_exam, assess_risk, refer_to_cem, explain_next_steps, brief_carer, release_to_safe_carer, confirm_safe_departure, inform_criminal_prosecutor_flagrancy
# key: REC-01, REC-04, PRO-05, ENV-03, DIS-01, DIS-04, DIS-05, PRO-02, PRO-03, PRO-04, REF-02, REF-03, CLO-01, CLO-02, CLO-03
# trust: 2
# distress: 4
# content_note: Una adolescente de catorce años desaparece y es encontrada dos días después con un adulto que conoció por internet. La captación se sugiere, nunca se describe; no hay contenido sexual ni violencia explícita.
# lang: es

VAR trust = 2
VAR distress = 4
VAR distress_streak = 0
VAR hurt = false
VAR alert_late = false
VAR contact = false
VAR man_held = false
VAR no_investigation = false

INCLUDE es/part_one.ink
INCLUDE es/part_two.ink
INCLUDE es/part_three.ink
INCLUDE ../_shared/es/call_family_prosecutor.ink
INCLUDE ../_shared/es/single_interview.ink
INCLUDE ../_shared/es/do_not_question.ink
INCLUDE ../_shared/es/helplines.ink

-> arrival
