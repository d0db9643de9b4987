// Jhon (en): Lucy's report, the father detained, the conversation with Jhon, referrals and closing.

=== lucy_account ===
Lucy sits down across from you, in the office. # speaker:narrator # scene:office # phase:disclosure # arrives:lucy
—He came home drunk at ten. Jhon was playing with his ball. Richard started shouting, he hit me... Jhon got in between to pull him off and he grabbed him by the arm. I grabbed the kids and ran. # speaker:lucy
+ ["And why do you stay with him, señora, if he'd already hit you before? Go on, tell me how long this has been going on." #do:blame_carer #do:gather_facts_from_adult]
    —And why do you stay with him, señora, if he'd already hit you before? Go on, tell me how long this has been going on. # speaker:officer
    Lucy says nothing for a moment. # speaker:narrator # arrives:lucy
    —And where would I go with two children? —she says at last, without looking at you—. Since Yuliana was born. # speaker:lucy
+ ["You did the right thing coming, señora." Ask only what is needed: whether it happened before, weapons, threats to the kids. #do:gather_facts_from_adult #do:receive_carer_respectfully]
    —You did the right thing coming, señora, and bringing the children. I'll only ask what's necessary. Has this happened before? Does he have weapons? Has he threatened the children? # speaker:officer
    —Before too, but never like this. No weapons. He tells Jhon he's useless. # speaker:lucy
+ ["Think it over, love: tomorrow he'll have sobered up and you'll be at the Fiscalía withdrawing the report yourself." #do:dissuade_report]
    —Think it over, love. Tomorrow he'll have sobered up and you'll be at the Fiscalía withdrawing the report yourself. # speaker:officer
    Lucy stands up slowly and picks up Yuliana. # speaker:narrator
    -> ending_withdrawn
+ [Call Jhon in for a moment so he can confirm what happened at home; that way the report for the Fiscalía is complete and signed. #do:ask_child_to_repeat]
    —Jhon, come here a moment. Is that how it happened, like your mum says? What did your dad do? # speaker:officer
    Jhon looks at his mother before answering. He goes over the shouting again, and his arm, his voice getting quieter and quieter. # speaker:narrator # mood:scared
    Huamán takes him back to the family room. # speaker:narrator # arrives:colleague_f
- -> risk

=== risk ===
—And now what do I do? I can't go back to the house. # speaker:lucy # phase:protection
+ ["I'm registering your report now, señora, and we'll fill in the risk form together; Jhon and Yuliana go in as victims too." #do:register_report #do:assess_risk]
    —I'm registering your report now, señora, and we'll fill in the risk assessment form together. Jhon and Yuliana are victims too: Jhon because he was hurt, and Yuliana because she lived through it. # speaker:officer
    Lucy answers the form's questions. Previous violence, threats, alcohol, Jhon's arm. Severe risk. # speaker:narrator # sfx:paper
    —My sister Marleni lives in Las Lomas. We can go to her place. # speaker:lucy
    -> father_brought
+ ["Your report is registered, señora. Go home and get some rest; the unit is already out searching the area for him." #do:register_report #do:send_home_unassessed]
    —Your report is registered, señora. Go home and get some rest. # speaker:officer
    -> ending_home
+ ["To register it I need the certificate from Medicina Legal, señora. Go first thing tomorrow and then we'll complete it." #do:demand_formalities]
    —To register it I need the certificate from Medicina Legal (the forensic medical service), señora. Go first thing tomorrow and then we'll complete it. # speaker:officer
    -> ending_turned_away

=== father_brought ===
-> gate ->
{ father_free:
    There is banging on the front door. It's Richard, drunk, shouting Lucy's name. Ramos holds him in the hall. # speaker:narrator # scene:front_desk # sfx:door # event:suspect_arrives # arrives:lucy,colleague_m
    From the family room, Jhon recognises his father's voice. He gets up from the little table. # speaker:narrator # mood:scared
- else:
    The radio crackles. # speaker:narrator # sfx:radio
    —Villa Esperanza, unit twelve. Subject Richard detained at his brother's house, intoxicated. We're bringing him to the station. Five minutes. # speaker:colleague_m # event:suspect_arrives
    Jhon has heard his father's name on the radio. He gets up from the little table. # speaker:narrator # mood:scared
}
+ ["Jhon, do you want to see your dad for a minute before they take him inside? He's your dad, and you have every right to say goodbye." #do:allow_contact_with_suspect]
    —Jhon, do you want to see your dad for a minute before they take him inside? # speaker:officer
    ~ father_seen = true
    Jhon sees him in the hall, handcuffed between two officers, his shirt torn. Richard shouts at him that it's all his fault. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:crying
    Huamán takes Jhon back to the family room. He stops crying. He stops talking. # speaker:narrator # scene:private_room # ambient:quiet_room # mood:withdrawn # leaves:colleague_f
+ [Have him taken down the side corridor straight to the cells, and have Huamán take the children up to the room on the first floor. #do:separate_from_suspect #do:keep_child_in_safe_area]
    —Ramos, down the side corridor, straight to the cells. Huamán, take the kids up to the room on the first floor and close the door. # speaker:officer
    Upstairs, nothing from the ground floor can be heard. Huamán lends Jhon her torch so he can make shadow puppets. # speaker:narrator # sfx:door # mood:anxious # arrives:colleague_f
+ ["Ramos, side corridor, straight to the cells. The kids stay in the family room with Huamán, door closed; nobody opens it." #do:separate_from_suspect #do:keep_child_in_safe_area]
    —Ramos, side corridor, straight to the cells. Huamán, you stay with the kids in the family room, with the door closed. # speaker:officer
    A door slams somewhere far off. Jhon jumps; Huamán asks him which piece of the puzzle is missing, and he goes back to looking for it. # speaker:narrator # sfx:door # mood:anxious # arrives:colleague_f
+ [Have him brought in through the hall, it's quicker: the kids are in the family room with Huamán and won't notice a thing. #do:neutral]
    —Bring him in through the hall, it's quicker. # speaker:officer
    ~ father_seen = true
    Richard is walked past the glass of the family room. He sees Jhon and shouts at him that it's all his fault. Jhon covers his ears. # speaker:narrator # sfx:footsteps # mood:crying
- -> jhon_talk

=== jhon_talk ===
-> gate ->
You go into the family room. Jhon is sitting on the edge of the sofa, his arm held against his chest. Yuliana is asleep. # speaker:narrator # scene:private_room # phase:communication
{ father_seen:
    —My dad said it's my fault —he says, without looking at you—. And it's true. # speaker:jhon # mood:withdrawn
- else:
    { trust >= 6:
        —Is my mum OK? —he asks—. It was my fault. I was playing with my ball, I made a noise and my dad woke up angry. # speaker:jhon # mood:anxious
    - else:
        —It was my fault. I made a noise —he says, without looking at you. # speaker:jhon # mood:withdrawn
    }
}
+ ["Thanks for telling me, champ; I believe you. But listen to me: it's not your fault. When a grown-up hits, the grown-up is to blame." #do:counter_self_blame #do:express_belief]
    —Thanks for telling me, champ; I believe you. But listen to me: it's not your fault. When a grown-up hits, the grown-up is to blame, never you. Playing with a ball isn't bad. You did the right thing coming here with your mum. # speaker:officer
    Jhon looks you in the eye for the first time. # speaker:narrator # mood:relieved
    —He says I make him angry. # speaker:jhon # mood:anxious
    —What he does is his responsibility. Not yours. # speaker:officer
+ ["And why did you get in the middle, champ? Something worse could have happened. Next time, run and tell the serenazgo." #do:ask_why_or_blame]
    —And why did you get in the middle, champ? Something worse could have happened to you. # speaker:officer
    —Because he was hitting my mum... # speaker:jhon # mood:angry
    His voice breaks and he falls silent. # speaker:narrator # mood:withdrawn
+ ["It's not your fault, Jhon. And don't worry: your dad is going to prison and he'll never do anything to you again." #do:counter_self_blame #do:promise_outcome]
    —It's not your fault, Jhon. And don't worry: your dad is going to prison and he'll never do anything to you again. # speaker:officer
    Jhon presses his lips together. It's his dad. # speaker:narrator # mood:angry
    —To prison? Because of me? # speaker:jhon # mood:scared
- -> exam

=== exam ===
-> gate ->
The Medicina Legal examination is still pending: it records the injuries for the Fiscalía. # speaker:narrator
+ [Explain to Lucy and Jhon what the Medicina Legal exam is, and request it for both, only if she agrees and Jhon wants to. #do:request_forensic_exam #do:explain_next_steps]
    —Señora, I'm going to request the forensic medical examination for you and for Jhon. It's so that what they did to you is on record. Only if you agree. # speaker:officer
    —Jhon, tomorrow a doctor is going to look at your arm and write down what he sees. Nobody is going to hurt you. Your mum will be with you, and if you don't like something, you say so. # speaker:officer
    —If my mum comes... OK. # speaker:jhon # mood:calm
    ~ exam_done = true
    Lucy signs the consent form. # speaker:narrator # sfx:paper
+ ["Both of you at Medicina Legal at eight tomorrow, señora. It's compulsory; if the boy doesn't have the exam, the report goes nowhere." #do:force_forensic_exam]
    —Both of you at Medicina Legal at eight tomorrow, señora. It's compulsory. # speaker:officer
    ~ exam_done = true
    Jhon looks at his arm as if it were a problem. # speaker:narrator # mood:anxious
+ ["Jhon doesn't need it, señora, it's only a bruise. Just you go to Medicina Legal first thing tomorrow morning." #do:neutral]
    —Jhon doesn't need it, señora, it's only a bruise. Just you go to Medicina Legal. # speaker:officer
    Lucy looks at her son's arm, but says nothing. # speaker:narrator
- -> notifications

=== notifications ===
-> gate ->
It's past midnight. Lucy waits with the children and Huamán. You go into the station commander's office to make the calls. # speaker:narrator # sfx:door # phase:referral # arrives:colleague_f
+ [Call the duty Fiscalía de Familia about the two children, and the Fiscalía Penal about the man detained in flagrante. #do:notify_family_prosecutor #do:notify_criminal_prosecutor]
    -> shared_call_family_prosecutor("a ten-year-old boy, Jhon, with an injured arm, and his four-year-old sister, who witnessed the attack on their mother", "00:50") ->
    -> shared_call_criminal_prosecutor("the arrest in flagrante of a man for assaulting his partner and his son", "00:58") ->
    ~ family_informed = true
+ [Call the Fiscalía Penal about the detainee and summon Jhon to the station tomorrow to take his statement. #do:notify_criminal_prosecutor #do:schedule_station_statement]
    -> shared_call_criminal_prosecutor("the arrest in flagrante of a man for assaulting his partner and his son", "00:50") ->
    You write in the logbook: "Summon the minor Jhon, 10, tomorrow 10:00, for his statement." Nobody tells the Fiscalía de Familia. # speaker:narrator # sfx:paper
+ [Leave the report in the day shift's tray: "Nobody answers at this hour; the letter goes out first thing." #do:neutral]
    You leave the report in the day shift's tray. # speaker:narrator # sfx:paper
- -> measures

=== measures ===
-> gate ->
The form says severe risk. If the judge orders no measures, Richard can get out and go back to the house. # speaker:narrator # phase:protection
+ ["Right now I'm sending the form to the family court for measures for you and the kids, señora; and I'm referring you to the CEM." #do:request_protective_measures #do:refer_to_cem]
    -> shared_family_court("that Richard leave the home, stay away from Lucy, Jhon and Yuliana, and not contact them") ->
    You pass the referral to the Centro Emergencia Mujer: from tomorrow its psychologist will see Lucy and Jhon. # speaker:narrator # sfx:paper
    ~ measures_asked = true
+ ["I'm referring you to the CEM, señora: first thing tomorrow their lawyer will ask the court for the measures, as it should be." #do:refer_to_cem]
    —I'm referring you to the CEM, señora. Tomorrow their lawyer will ask the court for the measures. # speaker:officer
    You leave the referral to the CEM for the morning. Nobody sends the form to the family court tonight. # speaker:narrator # sfx:phone
+ [Ask the family court for the measures tonight and assure Lucy that, with that order, he will never be able to come near them again. #do:request_protective_measures #do:promise_outcome]
    -> shared_family_court("that Richard leave the home and stay away from Lucy, Jhon and Yuliana") ->
    —With that he won't come near you again, señora. I promise you. # speaker:officer
    ~ measures_asked = true
    Lucy nods. Jhon, at the door, has heard it. # speaker:narrator # mood:anxious
- -> departure

=== departure ===
-> gate ->
It's time to go. Lucy puts on her cardigan. —And what do I tell Jhon when he asks? And what if he calls me? # speaker:lucy # scene:front_desk # ambient:night_shift # phase:closure
Outside, a mototaxi drives slowly past the door. It's Richard's brother. # speaker:narrator # sfx:footsteps
+ [Give Lucy her report number and Línea 100, then take them in the patrol car, out through the back gate, right to Marleni's door. #do:brief_carer #do:confirm_safe_departure]
    -> departure_briefing ->
    You call Marleni, who confirms she's expecting them. Ramos sees the mototaxi and brings the patrol car round to the back gate. # speaker:narrator # sfx:phone # arrives:colleague_m
    -> closing
+ ["Here's your report number and Línea 100, señora. There are mototaxis at the corner all night; let me know when you get there, OK?" #do:brief_carer #do:let_leave_unchecked]
    —Here's your report number and Línea 100, señora. There are mototaxis at the corner all night. # speaker:officer
    -> ending_followed
+ ["Off you go, señora, that mototaxi won't do anything to you; I'll tell the serenazgo and keep an eye out from the door, all right?" #do:let_leave_unchecked #do:promise_outcome]
    —Off you go, señora, that mototaxi won't do anything to you. I'll tell the serenazgo and keep an eye out. # speaker:officer
    -> ending_followed

=== departure_briefing ===
—Señora, this is your report number. # speaker:officer
{ exam_done:
    —Tomorrow at eight is Medicina Legal, for you and for Jhon. # speaker:officer
}
{ measures_asked:
    —The family court already has the request for protective measures. # speaker:officer
}
-> shared_helplines ->
-> shared_do_not_question ->
->->

=== closing ===
-> gate ->
While they wait, Jhon sits next to his mum, with Yuliana asleep across both of them. # speaker:narrator
—So where are we going now? Is my dad coming back to the house? # speaker:jhon # mood:anxious
+ ["Tonight you sleep at your aunt Marleni's, champ; tomorrow you see the doctor with your mum. And none of this is your fault." #do:explain_next_steps #do:counter_self_blame]
    —Jhon, tonight you're going to sleep at your aunt Marleni's house. Your dad is staying here tonight. Tomorrow you and your mum will see the doctor and talk to a psychologist. A judge will decide how to keep you safe. And remember: none of this is your fault. Do you want to ask me anything? # speaker:officer
    —Can I take the torch with me? # speaker:jhon # mood:relieved
    Huamán gives it to him. # speaker:narrator # arrives:colleague_f
+ ["It's late now, Jhon; tomorrow the CEM psychologist will explain everything calmly. Go on and get ready, we're finishing up here." #do:end_abruptly]
    —It's late now, Jhon. Tomorrow the CEM psychologist will explain everything calmly. Go and get ready. # speaker:officer
    Jhon is left with his questions. He picks up his jumper without looking at you. # speaker:narrator # mood:withdrawn
+ ["Tonight you sleep at your aunt's, Jhon. And don't worry, the judge won't let your dad come back to the house; I promise." #do:explain_next_steps #do:promise_outcome]
    —Tonight you sleep at your aunt's, Jhon. And don't worry, the judge won't let your dad come back to the house. I promise. # speaker:officer
    —Never? —asks Jhon. You don't know what to tell him. # speaker:jhon # mood:anxious
- -> rights_note

=== rights_note ===
Before getting into the patrol car, Lucy turns to you with the slip bearing the report number in her hand. # speaker:narrator # arrives:lucy
—Officer, and tomorrow where do I go first? With all this I can't remember a thing. # speaker:lucy
+ [Write down for her, on a sheet, the report number, her rights and the children's, the next steps and the free services. #do:give_written_rights_note]
    You note Medicina Legal at eight, the court, the prosecutor's office, the CEM, Línea 100 and the Public Defence service. Lucy folds the sheet and puts it in her cardigan pocket. # speaker:narrator # sfx:paper
+ ["It's all recorded in the system, señora. Tomorrow the court and the prosecutor will call you; keep your phone switched on." #do:omit_written_rights_note]
    Lucy nods. Her phone stayed at the house, where Richard lives. # speaker:narrator
+ ["I'll go over it again, slowly: Medicina Legal, then the CEM and the court. Say it back to me, let's see if you've got it." #do:omit_written_rights_note]
    Lucy says it back. Halfway through, Yuliana wakes up crying, and she loses track. # speaker:narrator
- They leave without the mototaxi seeing them. # speaker:narrator # sfx:door
-> court_report

=== court_report ===
It's a quarter past one. You sit down to write. The station's CEM closed at eight in the evening and there is no other on duty in the province: nobody answers there until tomorrow. # speaker:narrator # scene:office # ambient:night_shift # phase:documentation
—Colleague, what do I send the family court? The twenty-four hours run from when the señora arrived. And who advises her, with the CEM closed? # speaker:colleague_m
+ [Send the full report, with all three's details and addresses, the facts and any earlier reports, and alert the Public Defence service. #do:send_complete_court_report #do:refer_to_public_defense]
    Ramos completes the report: the details and addresses of Lucy, the children and Richard, the facts, the form and what the system holds on him. It goes to the duty court at half past one. # speaker:narrator # sfx:paper # arrives:colleague_m
    The duty public defender answers on the third ring: she will call Lucy first thing and see her before the hearing. You note it in the report. # speaker:narrator # sfx:phone
+ ["Send the form with the arrest record now, Ramos; we'll add the addresses and his record tomorrow." And alert the Public Defence service. #do:send_incomplete_court_report #do:refer_to_public_defense]
    The letter goes with the form and the arrest record. Without Marleni's address or Richard's record, the court will have to ask for it to be completed. # speaker:narrator # sfx:paper
    The duty public defender takes the case: she will call Lucy first thing. # speaker:narrator # sfx:phone
+ [Complete the report with the details, the addresses and his record, and leave it to the CEM to find Lucy a lawyer when it opens. #do:send_complete_court_report #do:leave_without_legal_aid]
    The full report goes to the duty court. # speaker:narrator # sfx:paper
    Nobody alerts the Public Defence service. Lucy will wait for the CEM to open, not knowing she could have had a free lawyer this very night. # speaker:narrator
+ ["Just the form and the arrest record, Ramos, the court already has the case. And she doesn't need a lawyer: the judge orders the measures." #do:send_incomplete_court_report #do:leave_without_legal_aid]
    The letter goes with the form and the arrest record, with no addresses and no record. # speaker:narrator # sfx:paper
    Tomorrow Lucy will go to court alone, with Yuliana in her arms. # speaker:narrator
- -> resolution
