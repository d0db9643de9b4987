# case: disclosure_8
# title: Milagros, what she told her teacher
# summary: Her mother brings her after the teacher called: the girl said her mother’s partner “hurts her”.
# persona: milagros
# age: 8
# type: sexual_violence
# requires: attend_immediately, gather_facts_from_adult, register_report, assess_risk, notify_family_prosecutor, notify_criminal_prosecutor, arrange_single_interview, request_forensic_exam, request_protective_measures, refer_to_cem, protect_identity, record_child_words, explain_next_steps, brief_carer, release_to_safe_carer, confirm_safe_departure
# key: REC-01, REC-04, ENV-01, ENV-03, ENV-04, COM-01, COM-04, DIS-01, DIS-02, DIS-03, DIS-05, DIS-06, DIS-07, PRO-01, PRO-02, PRO-03, PRO-08, REF-02, REF-03, REF-04, DOC-01, DOC-02, CLO-01, CLO-02, CLO-03
# trust: 2
# distress: 4
# content_note: An eight-year-old girl has told her teacher, in vague words, that her mother's partner hurts her. No act is described. The alleged aggressor lives with them and turns up at the station.
# lang: en

VAR trust = 2
VAR distress = 4
VAR distress_streak = 0
// The worst thing the visit to the station has done to the girl so far; it decides the ending.
// 0 nothing, 1 no protective measures, 3 left unchecked, 5 photo shared,
// 7 looked over at the station, 8 questioned again.
VAR fate = 0

INCLUDE en/mother.ink
INCLUDE en/child.ink
INCLUDE en/closure.ink
INCLUDE ../_shared/en/call_family_prosecutor.ink
INCLUDE ../_shared/en/call_criminal_prosecutor.ink
INCLUDE ../_shared/en/single_interview.ink
INCLUDE ../_shared/en/family_court.ink
INCLUDE ../_shared/en/helplines.ink
INCLUDE ../_shared/en/do_not_question.ink

-> reception

=== reception ===
Comisaría Las Palmeras (police station), Lima. Friday, 17:40. In the waiting area there is a man with a car-accident report and two young people who have lost an ID card. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
A woman in a factory worker's overall comes to the counter. A girl with plaits is pressed against her side, her face hidden in her mother's jacket. # speaker:narrator # arrives:carmen
—Good afternoon... My name is Carmen. My daughter's teacher called me at work. She says Milagros told her that my partner... that he hurts her. I don't know what to do. # speaker:carmen # mood:anxious
Her phone vibrates in her hand. The screen says "Wilber". Carmen doesn't answer. # speaker:narrator # sfx:phone
+ ["Come through, Señora Carmen, I'll see you myself right now, no queue. You did right to come here." #do:attend_immediately #do:receive_carer_respectfully]
    —Come through, Señora Carmen, I'll see you myself right now, no queue. You did right to come straight here. # speaker:officer
    Carmen lets out a breath, as if she had been holding it all the way here. # speaker:narrator # mood:anxious
    -> where_to_talk
+ ["That's for the Family section, señora, and they left early today. Please come back on Monday." #do:defer_or_redirect]
    —Look, señora, that's for the Family section, and they left early today. Please come back on Monday and they'll see you. # speaker:officer
    Carmen looks at her daughter, then at the phone, which vibrates again. # speaker:narrator # sfx:phone # arrives:carmen
    —Monday... All right. Thank you. # speaker:carmen # mood:withdrawn
    -> ending_sent_away
+ [Ask for her DNI and the girl's birth certificate, so the report can be opened with complete details. #do:demand_formalities]
    —To register the report I need your DNI (national ID card) and the minor's birth certificate, señora. I can't do it without the certificate. # speaker:officer
    —I didn't bring the certificate... I ran out of work. It's at home. # speaker:carmen # mood:anxious
    —Then go and fetch it and come back. We'll wait for you here. # speaker:officer
    Carmen looks at her daughter, then at the phone, which vibrates again. # speaker:narrator # sfx:phone # arrives:carmen
    -> ending_sent_away

=== where_to_talk ===
-> gate ->
Carmen starts talking right there, in a low voice, while the man with the accident report edges closer to the counter to listen. # speaker:narrator # phase:environment # arrives:carmen
—The teacher says Milagros told her that he... # speaker:carmen
+ ["Keep your voice down, señora, nobody here knows you. That way we'll get your report done faster." #do:talk_in_public_area]
    —Keep your voice down, señora, nobody here knows you. That way we'll get your report done faster. What did the teacher say? # speaker:officer
    Carmen lowers her voice, but the man hears everything. Milagros covers her ears with her hands. # speaker:narrator # mood:scared
    When the man stares at the girl, you finally react and take them to the children's room. # speaker:narrator
    -> greeting
+ [Stop her gently: "Just a moment, señora. Let's go to the children's room, right there, where nobody can hear." #do:move_to_private_room]
    —Just a moment, señora. Let's go to the children's room, right there, where nobody can hear us. Come with me, both of you. # speaker:officer
    -> greeting
+ [Move them to the bench in the corridor, next to the holding cells, and have Carmen tell you there, the girl beside her. #do:talk_in_public_area #do:let_child_hear_account]
    —Come over to the bench, señora, it's quieter there. Tell me. # speaker:officer
    The bench is next to the bars of the holding cells. Carmen starts telling; Milagros hears every word. A detainee shouts something from inside and the girl clings to her mother's legs. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # sfx:footsteps # mood:scared # arrives:carmen
    You take them both to the children's room. # speaker:narrator
    -> greeting

=== greeting ===
-> gate ->
The children's room has a low table, crayons, some cushions and a window with a curtain. You close the door. # speaker:narrator # scene:private_room # ambient:quiet_room # sfx:door # phase:communication
Milagros sits on her mother's lap and looks at you out of the corner of her eye. Officer Huamán looks in at the door: she's free. You need Carmen to tell you what she knows, but not in front of the girl. # speaker:narrator # mood:anxious # arrives:colleague_f,carmen # held_by:carmen
+ [Ask her if she'd like to stay on her mum's lap and, if she says yes, have Carmen tell you everything right there. #do:ask_child_who_stays #do:let_child_hear_account]
    —Milagros, would you like to stay here, on your mum's lap? # speaker:officer
    Milagros nods. # speaker:narrator # mood:anxious
    —Then tell me here, señora. That way she won't be scared or feel alone. # speaker:officer
    Carmen starts telling what the teacher said. Milagros hears every word, her eyes wide open. # speaker:narrator # mood:withdrawn
    Halfway through, Carmen realises and stops. You ask Huamán to take the girl to draw in the next room. # speaker:narrator # arrives:colleague_f
    -> mother_account
+ [To Carmen: "We shall now take your statement, señora; the aggrieved minor remains in the custody of the police personnel." #do:use_jargon #do:insist_adult_stays]
    —Señora, we shall now proceed to take your statement regarding the events. The aggrieved minor remains in the custody of the police personnel. Ramos, please. # speaker:officer
    Officer Ramos, tall and still wearing his vest, comes in. Milagros hasn't understood a word, except that her mother is leaving. She shrinks back and grabs her jacket. # speaker:narrator # mood:scared # arrives:colleague_m
    —I want my mum... # speaker:milagros # mood:scared
    —She'll be right back, she'll be right back. # speaker:officer
    -> mother_account
+ [Sit at her eye level: "Hi, Milagros, I'm Cruz, a police officer. I'll talk to your mum; who do you want to stay with?" #do:introduce_self_simply #do:ask_child_who_stays]
    You sit on a cushion, at her eye level. # speaker:narrator
    —Hello, Milagros. My name is Cruz. I'm a police officer, and my job is to look after girls and boys. # speaker:officer
    —I'm going to talk with your mum for a little while in the office next door. Who would you like to stay with meanwhile? With Miss Huamán, or would you rather have someone else? # speaker:officer
    Milagros looks at Huamán, then at her mother. # speaker:narrator # mood:anxious # arrives:colleague_f
    —With her... But my mum has to leave the door open. # speaker:milagros # mood:anxious
    —It's a deal. The door stays open and your mum is right there. # speaker:officer
    Huamán sits on the floor with the crayons. Slowly, Milagros sits down beside her. # speaker:narrator # mood:calm # arrives:colleague_f
    -> mother_account

=== gate ===
// Only sustained harm ends the case: two choices in a row with the girl overwhelmed.
{ distress_streak >= 2:
    -> child_shutdown
}
->->
