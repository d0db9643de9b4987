// Jhon (en): Lucy's report, the father detained, the conversation with Jhon, referrals and closing.

=== lucy_account ===
-> carer_gate ->
In the office, Lucy sits across from you. Through the glass she can see Jhon, who doesn't take his eyes off her. # speaker:narrator # scene:office # phase:disclosure
—He came home drunk at ten. Jhon was playing with his ball in the bedroom. Richard started shouting, he hit me... Jhon got in between to pull him off and he grabbed him by the arm. I grabbed the kids and ran. # speaker:lucy
+ ["You did the right thing coming, señora." Ask only what is needed: whether it happened before, whether there are weapons, whether he threatened the children. #do:gather_facts_from_adult #do:receive_carer_respectfully]
    —You did the right thing coming, señora, and bringing the children. I'll only ask what's necessary. Has this happened before? Are there weapons in the house? Has he threatened the children? # speaker:officer
    —Before too, but never like this. No weapons. He tells Jhon he's useless. # speaker:lucy
+ ["And why do you stay with him, señora, if he'd already hit you before?" #do:blame_carer #do:gather_facts_from_adult]
    —And why do you stay with him, señora, if he'd already hit you before? # speaker:officer
    Lucy says nothing for a moment. # speaker:narrator
    —And where would I go with two children? —she says at last, without looking at you. # speaker:lucy
+ ["Are you sure you want to report him? Tomorrow he'll be sober and you'll forgive him." #do:dissuade_report]
    —Are you sure you want to report him, señora? Tomorrow he'll have sobered up and you'll forgive him. # speaker:officer
    Lucy stands up slowly. # speaker:narrator
    -> ending_withdrawn
- -> carer_gate -> risk

=== risk ===
—And now what do I do? I can't go back to the house. # speaker:lucy # phase:protection
+ [Register the report and fill in the risk assessment form with her, with Jhon and Yuliana as victims too. #do:register_report #do:assess_risk]
    —I'm registering your report now, señora. And we're going to fill in the ficha de valoración de riesgo (risk assessment form). Jhon and Yuliana are victims too: Jhon because he was hurt, and Yuliana because she lived through it. They're both in the report. # speaker:officer
    Lucy answers the form's questions. Previous violence, threats, alcohol, Jhon's arm. Severe risk. # speaker:narrator # sfx:paper
    —My sister Marleni lives in Las Lomas. We can go to her place. # speaker:lucy
    -> father_brought
+ ["Your report is done. Go home and rest; he's not there any more." #do:register_report #do:send_home_unassessed]
    —Your report is done, señora. Go home and get some rest. # speaker:officer
    -> ending_home
+ ["First go to Medicina Legal with the boy. When you have the certificate, we'll complete the report." #do:demand_formalities]
    —First go to Medicina Legal with the boy, señora. When you have the certificate, we'll complete the report. # speaker:officer
    -> ending_turned_away

=== father_brought ===
The radio crackles. # speaker:narrator # sfx:radio
—Villa Esperanza, unit twelve. Citizen Richard detained, intoxicated. We're bringing him to the station. Five minutes. # speaker:colleague_m # event:suspect_arrives
Jhon has heard his father's name on the radio. He gets up from the little table. # speaker:narrator # mood:scared
+ [Have him brought in through the side door, straight to the holding cells. Huamán takes the children to the upstairs room and shuts the door. #do:separate_from_suspect #do:keep_child_in_safe_area]
    —Ramos, bring him in through the side door, straight to the cells. Huamán, take the kids up to the room on the first floor and shut the door. # speaker:officer
    From upstairs you can't hear anything from the ground floor. Huamán lends Jhon her torch so he can make shadow puppets. # speaker:narrator # sfx:door # mood:anxious
    -> jhon_talk
+ ["They can just wait in the corridor. He's their dad, after all." #do:allow_contact_with_suspect #do:place_child_near_detainees]
    —They can just wait in the corridor. He's their dad, after all. # speaker:officer
    -> ending_saw_arrest
+ ["Jhon, do you want to say goodbye to your dad before they take him inside?" #do:allow_contact_with_suspect]
    —Jhon, do you want to say goodbye to your dad before they take him inside? # speaker:officer
    -> ending_saw_arrest

=== jhon_talk ===
-> gate ->
You go upstairs. Jhon is sitting on the edge of the sofa, the ice on his arm. Yuliana is asleep. # speaker:narrator # scene:private_room # phase:communication
{ trust >= 6:
    —Is my mum OK? —he asks—. It was my fault. I was playing with my ball, I made a noise and my dad woke up angry. # speaker:jhon # mood:anxious
- else:
    —It was my fault —he says, without looking at you. # speaker:jhon # mood:withdrawn
}
+ ["It's not your fault, Jhon. No child is to blame when an adult hits. You did the right thing coming." #do:counter_self_blame #do:express_belief]
    —Your mum is fine, downstairs, with the nurse. And listen to me, Jhon: it's not your fault. No child is to blame when an adult hits. Playing with your ball isn't wrong. You did the right thing coming with your mum. # speaker:officer
    Jhon looks you in the eye for the first time. # speaker:narrator # mood:relieved
    —He says I make him angry. # speaker:jhon # mood:anxious
    —What he does is his responsibility. Not yours. # speaker:officer
+ ["And why did you get into the fight? Something worse could have happened to you." #do:ask_why_or_blame]
    —And why did you get into the fight, Jhon? Something worse could have happened to you. # speaker:officer
    —Because he was hitting my mum... # speaker:jhon # mood:angry
    His voice breaks and he stops talking. # speaker:narrator # mood:withdrawn
+ ["Your dad's an animal. Don't worry, we'll lock him up and you won't see him again." #do:express_doubt_or_shock #do:promise_outcome]
    —Your dad's an animal. Don't worry, we'll lock him up and you won't see him again. # speaker:officer
    Jhon presses his lips together. He's his dad. # speaker:narrator # mood:angry
    —Don't call him that. # speaker:jhon # mood:angry
- -> jhon_stop

=== jhon_stop ===
-> gate ->
—Can I go to my mum now? I want to see if she's OK. # speaker:jhon # mood:anxious # event:child_asks_to_stop
+ ["Of course. Let's go and see her now." #do:pause_for_child]
    —Of course, Jhon. Let's go and see her now. # speaker:officer
    You go down together. Jhon hugs his mother round the waist and doesn't let go for a long while. # speaker:narrator # scene:office # mood:relieved
+ ["Just a bit longer. Tell me exactly how he grabbed your arm." #do:press_child_to_continue #do:ask_for_details]
    —Just a bit longer, Jhon. Tell me exactly how he grabbed your arm. # speaker:officer
    Jhon stares at the door. He answers with a single word, and then with none. # speaker:narrator # mood:withdrawn
    In the end you take him to his mother. # speaker:narrator # scene:office
+ ["If you tell me everything, I'll take you to her." #do:pressure_or_bargain]
    —If you tell me everything, I'll take you to her. # speaker:officer
    —I already told you. # speaker:jhon # mood:angry
    You take him to his mother. Jhon doesn't speak to you again. # speaker:narrator # scene:office
- -> exam

=== exam ===
-> gate ->
The Medicina Legal examination is still to be arranged. The nurse said Jhon's arm isn't broken, but the bruise is large. # speaker:narrator
+ [Explain the exam to Lucy and Jhon; request it for both of them, only with her agreement and if Jhon wants. #do:request_forensic_exam #do:leave_exam_to_professionals]
    —Señora, I'm going to request the Medicina Legal examination for you and for Jhon. It's so that what was done to you is on record. Only if you agree. # speaker:officer
    —Jhon, tomorrow a doctor will look at your arm and write down what he sees. Nobody is going to hurt you. Your mum will be with you, and if there's anything you don't like, you say so. Is that OK? # speaker:officer
    —If my mum comes... OK. # speaker:jhon # mood:calm
    Lucy signs the consent form. # speaker:narrator # sfx:paper
+ ["Tomorrow at eight, both of you to Medicina Legal. It's compulsory." #do:force_forensic_exam]
    —Tomorrow at eight, both of you to Medicina Legal. It's compulsory. # speaker:officer
    Jhon looks at his arm as if it were a problem. # speaker:narrator # mood:anxious
+ ["The boy doesn't need it, it's just a bruise. Only you, señora." #do:neutral]
    —The boy doesn't need it, señora, it's just a bruise. Only you go to Medicina Legal. # speaker:officer
    Lucy looks at her son's arm, but says nothing. # speaker:narrator
- -> notifications

=== notifications ===
It's 23:50. Lucy waits in the office with the children and Huamán. You go into the commander's office to make the calls. # speaker:narrator # sfx:door # phase:referral
+ [Call the family prosecutor about the children and the criminal prosecutor about the man detained in flagrante. #do:notify_family_prosecutor #do:notify_criminal_prosecutor]
    -> shared_call_family_prosecutor("a ten-year-old boy, Jhon, with an injured arm, and his four-year-old sister, who witnessed the attack on their mother", "23:55") ->
    -> shared_call_criminal_prosecutor("the arrest in flagrante of a man for assaulting his partner and his son", "00:03") ->
    -> measures
+ [Report only to the criminal prosecutor about the detainee. "The kids are a separate matter." #do:notify_criminal_prosecutor]
    -> shared_call_criminal_prosecutor("the arrest in flagrante of a man for assaulting his partner", "00:03") ->
    Nobody tells the family prosecutor that there are two children in the case. # speaker:narrator
    -> measures
+ [Leave it for tomorrow: "The Family section will see to it on the day shift." #do:neutral]
    You leave the report in the day shift's tray. # speaker:narrator # sfx:paper
    -> ending_drawer

=== measures ===
The form says severe risk. If the judge doesn't order measures, Richard can be released and go back to the house. # speaker:narrator # phase:protection
+ [Letter to the family court with the form, asking for measures that protect Lucy and both children; and refer to the CEM. #do:request_protective_measures #do:refer_to_cem]
    -> shared_family_court("Richard's removal from the home, an order not to come near Lucy, Jhon or Yuliana, and no contact with them") ->
    You call the Centro Emergencia Mujer (CEM): tomorrow a psychologist will see Lucy and Jhon, and a lawyer will go with her to court. # speaker:narrator # sfx:phone
    -> closing
+ [Refer to the CEM: "They'll help you ask for the measures there, señora." #do:refer_to_cem]
    —I'm referring you to the CEM, señora. They'll help you ask for the measures there. # speaker:officer
    -> ending_no_measures
+ [Ask for no measures: "He's already detained, that's enough." #do:neutral]
    —He's already detained, señora. That's enough. # speaker:officer
    -> ending_no_measures

=== closing ===
-> gate ->
It's past midnight. Jhon is sitting next to his mother, with Yuliana asleep across them both. # speaker:narrator # scene:office # phase:closure
—So where do we go now? Is my dad coming back to the house? # speaker:jhon # mood:anxious
+ [Crouch to his level: tell him where they'll sleep tonight, what happens tomorrow, and remind him it wasn't his fault. #do:explain_next_steps #do:counter_self_blame]
    —Jhon, tonight you're going to sleep at your aunt Marleni's house. Your dad is staying here tonight. Tomorrow, with your mum, you'll go to the doctor and talk to a psychologist. A judge is going to decide that your dad mustn't come near you. And remember: none of this is your fault. Do you want to ask me anything? # speaker:officer
    —Can I take the torch? # speaker:jhon # mood:relieved
    Huamán gives it to him. # speaker:narrator
    -> departure
+ ["Right, champ, that's it. You can go now." #do:end_abruptly]
    —Right, champ, that's it. You can go now. # speaker:officer
    Jhon is left with his questions. Lucy picks up Yuliana and they go out into the street without knowing where to go. # speaker:narrator # mood:withdrawn
    -> ending_left_alone
+ ["Don't worry: your dad's going to be in prison for a long time. He won't be back." #do:explain_next_steps #do:promise_outcome]
    —Don't worry, Jhon: your dad's going to be in prison for a long time. He won't be back. # speaker:officer
    —Prison? Because of me? # speaker:jhon # mood:scared
    -> departure

=== departure ===
Outside, a mototaxi drives slowly past the door. It's Richard's brother. # speaker:narrator # scene:front_desk # ambient:night_shift # sfx:footsteps
+ [Give Lucy the report number, the appointments and the helplines; check who they leave with and where they're going, and take them to Marleni's in the patrol car. #do:brief_carer #do:confirm_safe_departure #do:release_to_safe_carer]
    —Señora, this is your report number. Tomorrow at eight is Medicina Legal, for you and for Jhon. The court already has the request for measures. # speaker:officer
    -> shared_helplines ->
    -> shared_do_not_question ->
    You call Marleni, who confirms she's expecting them. Ramos spots the mototaxi and takes the patrol car out through the back gate. He drops them at Marleni's door and waits until they are inside. # speaker:narrator # sfx:phone
    -> ending_protected
+ ["Take care, señora. You have your copy." Say goodbye at the door. #do:let_leave_unchecked]
    —Take care, señora. You have your copy. # speaker:officer
    -> ending_followed
+ [Give her the report number and Línea 100, and let them take a mototaxi at the door. #do:brief_carer #do:let_leave_unchecked]
    —Here's your report number and Línea 100, señora. Mototaxis go past the door. # speaker:officer
    -> ending_followed
