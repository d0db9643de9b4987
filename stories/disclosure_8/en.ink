# case: disclosure_8
# title: Milagros, what she told her teacher
# summary: Her mother brings her after the teacher called: the girl said her mother’s partner “hurts her”.
# persona: milagros
# age: 8
# type: sexual_violence
# requires: attend_immediately, gather_facts_from_adult, register_report, assess_risk, notify_family_prosecutor, notify_criminal_prosecutor, arrange_single_interview, request_forensic_exam, request_protective_measures, refer_to_cem, protect_identity, record_child_words, explain_next_steps, brief_carer, release_to_safe_carer, confirm_safe_departure
# key: REC-01, REC-04, ENV-01, ENV-03, ENV-04, COM-01, COM-04, DIS-01, DIS-02, DIS-03, DIS-05, DIS-06, DIS-07, PRO-01, PRO-02, PRO-03, PRO-08, REF-02, REF-03, REF-04, DOC-01, DOC-02, CLO-01, CLO-02, CLO-03
# trust: 2
# distress: 5
# content_note: An eight-year-old girl has told her teacher, in vague words, that her mother's partner hurts her. No act is described. The alleged aggressor lives with them and turns up at the station.
# lang: en

VAR trust = 2
VAR distress = 5

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
A woman in a factory worker's overall comes to the counter. A girl with plaits is pressed against her side, her face hidden in her mother's jacket. # speaker:narrator
—Good afternoon... My name is Carmen. My daughter's teacher called me at work. She says Milagros told her that my partner... that he hurts her. I don't know what to do. # speaker:carmen # mood:anxious
Her phone vibrates in her hand. The screen says "Wilber". Carmen doesn't answer. # speaker:narrator # sfx:phone
+ ["Señora, I'll see you myself, right now. You did the right thing coming." #do:attend_immediately #do:receive_carer_respectfully]
    —Señora Carmen, I'll see you myself, right now. You did the right thing coming straight here. # speaker:officer
    Carmen lets out a breath, as if she had been holding it all the way here. # speaker:narrator # mood:anxious
    -> where_to_talk
+ ["That's for the Family section. Come on Monday, there's nobody from there today." #do:defer_or_redirect]
    —Look, señora, that's for the Family section, and they've gone home. Come early on Monday and they'll see you. # speaker:officer
    Carmen looks at her daughter, then at the phone, which vibrates again. # speaker:narrator # sfx:phone
    —Monday... All right. Thank you. # speaker:carmen # mood:withdrawn
    -> ending_sent_away
+ ["First I need your DNI and the girl's birth certificate." #do:demand_formalities]
    —To start, I need your DNI (national ID card) and the minor's birth certificate, señora. # speaker:officer
    —I didn't bring the birth certificate... I ran out of work. I only have my DNI. # speaker:carmen # mood:anxious
    Milagros grips her mother's jacket even tighter. You realise the certificate can wait; the girl can't. # speaker:narrator
    —All right, that's enough. I'll see you now. # speaker:officer
    -> where_to_talk

=== where_to_talk ===
Carmen starts talking right there, in a low voice, while the man with the accident report edges closer to the counter to listen. # speaker:narrator # phase:environment
—The teacher says Milagros told her that he... # speaker:carmen
+ [Stop her kindly and take them both to the room for children and adolescents. #do:move_to_private_room]
    —Just a moment, señora. Better to talk in a quiet room where nobody can hear us. Come with me. # speaker:officer
    -> greeting
+ [Let her go on: "Just tell me here, señora, quickly." #do:talk_in_public_area #do:let_child_hear_account]
    —Just tell me here, señora, quickly. What does the teacher say? # speaker:officer
    Carmen lowers her voice, but the man hears everything. Milagros covers her ears with her hands. # speaker:narrator # mood:scared
    When the man stares at the girl, you finally react and take them to the children's room. # speaker:narrator
    -> greeting
+ [Sit Milagros on the bench in the corridor, so her mother can talk calmly at the counter. #do:place_child_near_detainees #do:leave_child_unsupervised]
    —Sit on the bench there for a little while, sweetheart, while your mum talks to me. # speaker:officer
    The bench is next to the bars of the holding cells. A detainee shouts something from inside and Milagros runs back to her mother's legs. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # sfx:footsteps # mood:scared
    You take them both to the children's room. # speaker:narrator
    -> greeting

=== greeting ===
The children's room has a low table, crayons, some cushions and a window with a curtain. You close the door. # speaker:narrator # scene:private_room # ambient:quiet_room # sfx:door # phase:communication
Milagros sits on her mother's lap and looks at you out of the corner of her eye. # speaker:narrator # mood:anxious
+ [Crouch to her eye level: "Hello, Milagros. I'm a police officer and my job is to look after children." #do:introduce_self_simply]
    You crouch down to her eye level. # speaker:narrator
    —Hello, Milagros. My name is Cruz. I'm a police officer, and my job is to look after girls and boys. You're safe in here. # speaker:officer
    —Hello. # speaker:milagros # mood:anxious
    -> who_stays
+ [To the mother: "We shall proceed to gather the information regarding the aggrieved minor." #do:use_jargon]
    —Señora, we shall proceed to gather the information regarding the aggrieved minor for the corresponding complaint. # speaker:officer
    Milagros looks at her mother without understanding and hides her face again. # speaker:narrator # mood:withdrawn
    -> who_stays
+ [Lift her up and sit her on the big chair, facing you. #do:touch_without_consent]
    You lift her under the arms to sit her on the chair facing you. # speaker:narrator
    Milagros goes stiff and jumps down, back to her mother's lap. # speaker:narrator # mood:scared
    —No... # speaker:milagros # mood:scared
    -> who_stays

=== who_stays ===
-> gate ->
You need Carmen to tell you what she knows, but not in front of Milagros. Officer Huamán looks in at the door: she's free. # speaker:narrator # sfx:door
+ [Ask Milagros who she wants to be with while you talk to her mum next door. #do:ask_child_who_stays #do:keep_child_out_of_earshot]
    —Milagros, I'm going to talk with your mum for a little while in the office next door. Do you want to stay here drawing with Miss Huamán, or would you rather have someone else? # speaker:officer
    Milagros looks at Huamán, then at her mother. # speaker:narrator # mood:anxious
    —With her... But my mum has to leave the door open. # speaker:milagros # mood:anxious
    —It's a deal. The door stays open and your mum is right there. # speaker:officer
    Huamán sits on the floor with the crayons. Slowly, Milagros sits down beside her. # speaker:narrator # mood:calm
    -> mother_account
+ [Have Officer Ramos stay with the girl, even though she shrinks when she sees him. #do:insist_adult_stays #do:keep_child_out_of_earshot]
    —Ramos, stay with the girl while I talk to the señora. # speaker:officer
    Ramos, tall and still wearing his vest, comes in. Milagros shrinks back and looks for her mother. # speaker:narrator # mood:scared
    —I want my mum... # speaker:milagros # mood:scared
    —She'll be right back, she'll be right back. # speaker:officer
    -> mother_account
+ [Have Carmen tell it all right there, with the girl on her lap: "That way she won't be scared." #do:let_child_hear_account]
    —Tell me here, señora, with the girl. That way she won't be scared. # speaker:officer
    Carmen starts telling what the teacher said. Milagros hears every word, her eyes wide open. # speaker:narrator # mood:withdrawn
    Halfway through, Carmen realises and stops. You ask Huamán to take the girl to draw in the next room. # speaker:narrator
    -> mother_account

=== gate ===
// If the child cannot take any more, the case ends here.
{ distress >= 8:
    -> child_shutdown
}
->->

=== carer_gate ===
// If the mother has seen too much, she leaves with her daughter.
{ distress >= 8:
    -> ending_walked_out
}
->->
