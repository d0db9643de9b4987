# case: family_violence_10
# title: Jhon, the night he stood up for his mother
# summary: Night shift: he arrives with his injured mother and baby sister; the drunk father is still at home.
# persona: jhon
# age: 10
# type: domestic_violence
# requires: attend_immediately, check_urgent_needs, dispatch_patrol, gather_facts_from_adult, register_report, assess_risk, counter_self_blame, request_forensic_exam, notify_family_prosecutor, request_protective_measures, refer_to_cem, explain_next_steps, brief_carer, release_to_safe_carer, confirm_safe_departure
# key: REC-03, REC-04, ENV-01, ENV-02, COM-04, DIS-04, DIS-05, PRO-01, PRO-03, PRO-04, PRO-08, REF-02, REF-04, CLO-01, CLO-02, CLO-03
# trust: 3
# distress: 6
# content_note: A ten-year-old boy arrives at night with his mother, whose lip is split, and his little sister. Their drunk father has attacked them at home. There are visible injuries and alcohol; the violence itself is not shown.
# lang: en

VAR trust = 3
VAR distress = 6

INCLUDE en/night.ink
INCLUDE en/endings.ink
INCLUDE ../_shared/en/call_family_prosecutor.ink
INCLUDE ../_shared/en/call_criminal_prosecutor.ink
INCLUDE ../_shared/en/family_court.ink
INCLUDE ../_shared/en/helplines.ink
INCLUDE ../_shared/en/do_not_question.ink

-> arrival

=== arrival ===
Comisaría Villa Esperanza (police station), 23:05. Night shift. The waiting area is empty; on the radio you can hear the serenazgo (municipal security) patrols. # speaker:narrator # scene:front_desk # ambient:night_shift # phase:reception
A woman comes in with a sleeping little girl in her arms and a boy holding on to her cardigan. Her lip is split and bleeding a little. The boy is holding his forearm against his chest. # speaker:narrator # event:urgent_need
—Good evening. I've come to report my partner. My name is Lucy. This is Jhon, and this is Yuliana. # speaker:lucy
Jhon glances at the street door every few seconds. # speaker:narrator # mood:anxious
+ ["Are you hurt? Where is he now? Is anyone else in danger?" #do:check_urgent_needs #do:attend_immediately]
    —Señora, I'll see you right now. Are you hurt? Where is he now? Is anyone else still in the house? # speaker:officer
    —I'm fine, it's just my lip. He grabbed Jhon by the arm. He's at home, two blocks away, drunk. There's nobody else. # speaker:lucy
    You hand Lucy some gauze from the first-aid kit. # speaker:narrator
    -> patrol
+ ["Take a seat, señora. First your details: full name, DNI and address." #do:paperwork_first #do:attend_immediately]
    —Take a seat, señora. First your details: full name, DNI (national ID) and address. # speaker:officer
    Lucy tries to dictate her DNI number; a drop of blood falls on the form. Jhon tugs at his mother's cardigan. # speaker:narrator # sfx:paper
    —My dad's at home. Two blocks away. # speaker:jhon # mood:scared
    -> patrol
+ ["At this hour we only deal with emergencies. Come to the Family section tomorrow." #do:defer_or_redirect]
    —At this hour we only deal with emergencies, señora. Come to the Family section early tomorrow. # speaker:officer
    Lucy looks at her children. Jhon is already pulling her towards the door. # speaker:narrator # mood:scared
    -> ending_turned_away

=== patrol ===
—He smashed the TV —says Lucy—. And he said that if I reported him, it would be worse. # speaker:lucy
+ [Check that nobody else is in danger and, by radio, send the unit to the home to detain the aggressor in flagrante. The children stay here. #do:check_urgent_needs #do:dispatch_patrol]
    —Does anyone else need a doctor right now? Does he have weapons in the house? # speaker:officer
    —No, nobody else. No weapons. # speaker:lucy
    —Control, this is Villa Esperanza. Unit twelve to Jirón Los Geranios 245: aggressor in flagrante, intoxicated. The victim and the children are at the station. # speaker:officer # sfx:radio
    —Copy. On our way. # speaker:narrator # sfx:radio
    Jhon listens to the radio without moving. # speaker:narrator # mood:anxious
    -> children_place
+ ["Without a formal report and the Medicina Legal certificate we can't go to your house." #do:delay_intervention]
    —Señora, without the formal report and the Medicina Legal (forensic medical) certificate we can't go to your house. Let's finish here first. # speaker:officer
    -> ending_father_came
+ ["Let's all go in the patrol car, so you can show us the house." #do:place_child_near_detainees]
    —Let's all go in the patrol car, señora, so you can show us the house. # speaker:officer
    -> ending_saw_arrest

=== children_place ===
-> gate ->
Lucy has to tell what happened. Jhon won't leave her side. # speaker:narrator # phase:environment
—I'm staying with my mum. # speaker:jhon # mood:angry
+ [Take them to the family room: the children in the play room with Officer Huamán, seeing their mother through the glass; you two in the office. #do:move_to_private_room #do:keep_child_out_of_earshot #do:keep_child_in_safe_area]
    —Jhon, your mum is going to be right next door, in that office. You'll be able to see her through the glass the whole time. You and your sister stay in the little room with Officer Huamán. Is that OK? # speaker:officer
    Jhon looks at the glass. He looks at Huamán. He nods, without quite letting go of the cardigan. # speaker:narrator # scene:private_room # ambient:quiet_room # sfx:door # mood:anxious
    Huamán settles the sleeping Yuliana on a little mattress. She puts a jigsaw puzzle on the table. # speaker:narrator
+ ["Just tell me here, señora. The kids are tired, they're not even listening." #do:talk_in_public_area #do:let_child_hear_account]
    —Just tell me here, señora. The kids are tired, they're not even listening. # speaker:officer
    Lucy describes the beating at the counter. Jhon hears all of it, his jaw clenched. # speaker:narrator # mood:angry
    When she finishes, you finally take them to the family room. # speaker:narrator # scene:private_room # ambient:quiet_room
+ ["The kids can wait on the bench in the corridor while you make your statement." #do:place_child_near_detainees #do:leave_child_unsupervised]
    —The kids can wait on the bench in the corridor while you make your statement, señora. # speaker:officer
    The bench faces the holding cells. A detainee bangs on the bars. Jhon puts himself in front of his sleeping sister, fists clenched. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
    Huamán sees them as she walks past and takes them to the family room. # speaker:narrator # scene:private_room # ambient:quiet_room # sfx:footsteps
- -> arm

=== arm ===
-> gate ->
Before going to the office, you notice Jhon is still holding his forearm. He winces when he moves it. # speaker:narrator
+ ["Does your arm hurt? I won't touch you. Would you like a nurse to look at it?" #do:ask_before_touch #do:arrange_medical_care]
    —Does your arm hurt, Jhon? I won't touch you. Would you like a nurse to look at it? There's a health centre nearby that's open all night. # speaker:officer
    —A little... OK. But she has to see my mum first. # speaker:jhon # mood:anxious
    Huamán calls the health centre. Fifteen minutes later a nurse arrives, checks them both and puts ice on Jhon's arm. # speaker:narrator # sfx:phone
+ [Roll up his sleeve to look at the bruise. #do:touch_without_consent]
    You roll up his sleeve to look. Jhon snatches his arm away. # speaker:narrator # mood:angry
    —Don't touch me! # speaker:jhon # mood:angry
+ ["That's nothing, champ. It'll go away." #do:express_doubt_or_shock]
    —That's nothing, champ. It'll go away. # speaker:officer
    Jhon lowers his arm and doesn't complain again all night. # speaker:narrator # mood:withdrawn
- -> lucy_account

=== gate ===
// If the child cannot take any more, the case ends here.
{ distress >= 9:
    -> child_shutdown
}
->->

=== carer_gate ===
// If the mother no longer trusts the station, she leaves with her children.
{ distress >= 9:
    -> ending_walked_out
}
->->
