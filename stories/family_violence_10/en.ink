# case: family_violence_10
# title: Jhon, the night he stood up for his mother
# summary: Night shift: he arrives with his injured mother and baby sister; the drunk father is still at large.
# persona: jhon
# age: 10
# type: domestic_violence
# requires: attend_immediately, check_urgent_needs, dispatch_patrol, gather_facts_from_adult, register_report, assess_risk, counter_self_blame, request_forensic_exam, notify_family_prosecutor, request_protective_measures, refer_to_cem, explain_next_steps, brief_carer, release_to_safe_carer, confirm_safe_departure
# key: REC-03, REC-04, ENV-01, ENV-02, COM-04, DIS-04, DIS-05, PRO-01, PRO-03, PRO-04, PRO-08, REF-02, REF-04, CLO-01, CLO-02, CLO-03
# trust: 3
# distress: 5
# content_note: A ten-year-old boy arrives at night with his mother, whose lip is split, and his little sister. Their drunk father has attacked them at home. There are visible injuries and alcohol; the violence itself is not shown.
# lang: en

VAR trust = 3
VAR distress = 5
VAR distress_streak = 0
// What the officer did that the story remembers until the end.
VAR arm_cared = false
VAR father_free = false
VAR father_seen = false
VAR exam_done = false
VAR family_informed = false
VAR measures_asked = false

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
A woman comes in with a sleeping little girl in her arms and a boy holding on to her cardigan. Her lip is split and bleeding a little. The boy is holding his forearm against his chest. # speaker:narrator # event:urgent_need # arrives:lucy
—Good evening. I've come to report my partner. My name is Lucy. This is Jhon, and this is Yuliana. # speaker:lucy
Jhon glances at the street door every few seconds. # speaker:narrator # mood:anxious
+ ["Take a seat, señora, I'll be right with you. Give me your DNI and your address so I can open the report and we move quicker." #do:paperwork_first #do:attend_immediately]
    —Take a seat, señora, I'll be right with you. Give me your DNI (national ID) and your address so I can open the report. # speaker:officer
    Lucy tries to dictate her DNI number; a drop of blood falls on the form. Jhon tugs at his mother's cardigan. # speaker:narrator # sfx:paper
    —My dad's at home. Two blocks away. # speaker:jhon # mood:scared
    -> patrol
+ ["I'm seeing you right now, señora. Who is hurt? Where is he at this moment? Is anyone else still in the house?" #do:check_urgent_needs #do:attend_immediately]
    —I'm seeing you right now, señora. Who is hurt? Where is he at this moment? Is anyone else still in the house? # speaker:officer
    —I'm fine, it's just my lip. He grabbed Jhon by the arm. He's at home, two blocks away, drunk. There's nobody else. # speaker:lucy
    You hand Lucy some gauze from the first-aid kit. # speaker:narrator
    -> patrol
+ ["There's nobody from the Family section at this hour, señora. Come back at eight tomorrow and the specialist will see you." #do:defer_or_redirect]
    —There's nobody from the Family section at this hour, señora. Come back at eight tomorrow and the specialist will see you. # speaker:officer
    Lucy looks at her children. Jhon is already pulling her towards the door. # speaker:narrator # mood:scared
    -> ending_turned_away

=== patrol ===
—He smashed the TV —says Lucy—. And he said that if I reported him, it would be worse. # speaker:lucy
+ [Ask whether he has weapons or whether anyone is still in the house, and radio the sector unit to go to the home. #do:check_urgent_needs #do:dispatch_patrol]
    —Does he have weapons in the house? Does anyone else need a doctor right now? # speaker:officer
    —No weapons. Nobody else. # speaker:lucy
    —Control, this is Villa Esperanza. Unit twelve to Jirón Los Geranios 245: aggressor in flagrante, intoxicated. The victim and the children are here. # speaker:officer # sfx:radio
    —Copy. On our way. # speaker:colleague_m # sfx:radio
    Jhon listens to the radio without moving. # speaker:narrator # mood:anxious
+ ["Control, unit twelve to Jirón Los Geranios 245: aggressor in flagrante, drunk. The victim and the children stay here." #do:dispatch_patrol]
    —Control, this is Villa Esperanza. Unit twelve to Jirón Los Geranios 245: aggressor in flagrante, intoxicated. The victim and the children stay here. # speaker:officer # sfx:radio
    —Copy. On our way. # speaker:colleague_m # sfx:radio
    Jhon listens to the radio without moving. # speaker:narrator # mood:anxious
+ ["First let me take your report properly, señora; once it's signed, the unit can go to the house with the Fiscalía behind it." #do:delay_intervention]
    —First let me take your report properly, señora. Once it's signed, the unit can go to the house with the Fiscalía (prosecutor's office) behind it. # speaker:officer
    ~ father_free = true
    Lucy looks at the door. So does Jhon. Nobody heads for Jirón Los Geranios. # speaker:narrator # mood:scared
+ [Take Lucy and the children in the unit car so she can point out the house; that way the kids aren't left alone at the station. #do:place_child_near_detainees #do:dispatch_patrol]
    —Let's all go in the patrol car, señora. You show us the house. # speaker:officer
    On Jirón Los Geranios the door is open. From the car window, Jhon sees the smashed television on the floor and the neighbours watching. Richard isn't there. # speaker:narrator # sfx:footsteps # mood:scared
    They drive back to the station. Jhon doesn't say a word the whole way. # speaker:narrator # mood:withdrawn
- -> arm

=== arm ===
-> gate ->
Jhon is still holding his forearm. He winces every time he moves it. There is no doctor at the station. # speaker:narrator
+ [Kneel beside him and carefully roll up his sleeve to see the injury; then ask for the station van to go to the emergency room. #do:touch_without_consent #do:arrange_medical_care]
    You kneel down next to him and carefully roll up his sleeve. Jhon snatches his arm away. # speaker:narrator # mood:angry
    —Don't touch me! # speaker:jhon # mood:angry
    -> hospital
+ ["Does it hurt, Jhon? I'm not going to touch you. We're taking you and your mum to the hospital emergency room now, OK?" #do:ask_before_touch #do:arrange_medical_care]
    —Does it hurt, Jhon? I'm not going to touch you. We're taking you and your mum to the hospital emergency room now, so a doctor can see you. OK? # speaker:officer
    —A little... OK. But they have to see my mum too. # speaker:jhon # mood:anxious
    -> hospital
+ ["That's nothing, champ, just a little knock. Even Medicina Legal wouldn't find a thing; tomorrow you won't remember it." #do:express_doubt_or_shock]
    —That's nothing, champ. Just a little knock. Even Medicina Legal wouldn't find a thing. # speaker:officer
    Jhon lowers his arm and doesn't complain again all night. Lucy looks at her son's arm, but says nothing. # speaker:narrator # mood:withdrawn # arrives:lucy
    -> children_place

=== hospital ===
~ arm_cared = true
The duty driver and Officer Huamán take them to the emergency room of the hospital, ten minutes away. # speaker:narrator # sfx:door # arrives:colleague_f
They are back after midnight. The doctor on duty X-rayed Jhon's arm: nothing is broken, it's a bad bruise, and he put the arm in a sling. Lucy's lip has been seen to. They bring the medical report. # speaker:narrator # arrives:lucy
-> children_place

=== children_place ===
-> gate ->
{ not father_free:
    Unit twelve calls on the radio: there was nobody at the house. They are searching the area for Richard. # speaker:narrator # sfx:radio
}
Lucy has to tell you what happened. Jhon won't leave her side. # speaker:narrator # phase:environment
—I'm staying with my mum. # speaker:jhon # mood:angry
+ [Move everyone to the family room: the kids in the play corner with Huamán, seeing their mum through the glass; her, with you. #do:move_to_private_room #do:keep_child_in_safe_area]
    —Jhon, your mum is going to be right next door, behind that glass. You'll be able to see her the whole time. You and your sister stay with Officer Huamán. Is that OK? # speaker:officer
    Jhon looks at the glass. He looks at Huamán. He nods, without quite letting go of the cardigan. # speaker:narrator # scene:private_room # ambient:quiet_room # sfx:door # mood:anxious # arrives:colleague_f
    Huamán settles the sleeping Yuliana on a little mattress. She puts a jigsaw puzzle on the table. # speaker:narrator # arrives:colleague_f
+ ["Jhon, your mum is going to be in the office right next door; if you call her, she'll come straight out. You stay with Huamán, OK?" #do:move_to_private_room #do:keep_child_in_safe_area]
    —Jhon, your mum is going to be in the office right next door. If you call her, she'll come straight out. You and your sister stay here with Officer Huamán. # speaker:officer
    Jhon peeks into the office, looks at the chair where his mum will sit, and comes back. Huamán puts a jigsaw puzzle on the table. # speaker:narrator # scene:private_room # ambient:quiet_room # sfx:door # mood:anxious # arrives:colleague_f
+ ["Let Jhon stay by your side, señora, if that keeps him calmer. He's been through enough tonight; let's not separate him from you." #do:let_child_hear_account]
    —Let Jhon stay by your side, señora, if that keeps him calmer. Let's not separate him from you. # speaker:officer
    Lucy describes the beating with Jhon pressed against her arm. He hears all of it again, his jaw clenched. # speaker:narrator # mood:angry
    When she finishes, Huamán takes the children to the family room. # speaker:narrator # scene:private_room # ambient:quiet_room # leaves:colleague_f
+ [Leave the kids on the bench in the corridor while Lucy gives her statement; that way she can talk in peace and you finish sooner. #do:place_child_near_detainees #do:leave_child_unsupervised]
    —The kids can wait on the bench in the corridor, señora. That way you can give your statement in peace. # speaker:officer
    The bench faces the holding cells. A detainee bangs on the bars. Jhon puts himself in front of his sleeping sister, fists clenched. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
    Huamán sees them as she walks past and takes them to the family room. # speaker:narrator # scene:private_room # ambient:quiet_room # sfx:footsteps # arrives:colleague_f
- -> lucy_account

=== gate ===
// Only sustained harm ends the case: two choices in a row with Jhon's distress at 9 or more.
{ distress_streak >= 2:
    -> child_shutdown
}
->->
