# case: quechua_11
# title: Yanet and the marks on her legs
# summary: Her teacher brings her after seeing marks on her legs; Yanet speaks Quechua and little Spanish.
# persona: yanet
# age: 11
# type: physical_punishment
# requires: register_report, gather_facts_from_adult, request_interpreter, leave_exam_to_professionals, request_forensic_exam, assess_risk, notify_family_prosecutor, request_protective_measures, contact_child_protection, release_to_safe_carer, refer_to_cem, explain_next_steps
# key: REC-02, ENV-04, COM-01, COM-02, COM-04, DIS-01, DIS-03, DIS-08, PRO-01, PRO-02, PRO-08, REF-02, REF-04, REF-05, CLO-01
# trust: 2
# distress: 5
# content_note: An eleven-year-old Quechua-speaking girl comes in with her teacher, who saw marks of physical punishment on her legs. The punishment is known only through what the teacher says; it is never shown or described in detail.
# lang: en

VAR trust = 2
VAR distress = 5
VAR delayed = false

-> arrival

=== arrival ===
Tuesday, 10:30. Llaqtapampa police station, three thousand eight hundred metres up. Outside, the wind whips dust across the square. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
A teacher comes in with a girl in school uniform and a wool jumper. The girl stays one step behind, her eyes on the floor. # speaker:narrator # sfx:door
—Good morning, officer. I'm Elena Huillca, the Year 5 teacher at the Qollpa school. This is my pupil, Yanet. She's eleven. # speaker:teacher
—This morning, when she was changing for PE, I saw marks on her legs, like from a belt. She had already missed two days. She wouldn't tell me anything. # speaker:teacher
Yanet grips the strap of her backpack with both hands. # speaker:narrator # mood:anxious
+ ["Teacher, without the parents I can't take anything from a minor. The father or the mother has to come, with their ID card." #do:demand_formalities]
    —But, officer, the problem is at home... # speaker:teacher
    -> sent_back
+ ["Teacher, out in the countryside that's how parents correct their children. It's a family matter; better not to get involved." #do:dissuade_report]
    —In the community it isn't right to hit like that either, officer. You haven't seen the marks. # speaker:teacher
    -> sent_back
+ ["Good morning, teacher. I'll see you both right now. You did very well to bring her; the parents don't need to come for this to be registered." #do:attend_immediately #do:accept_without_formalities #do:receive_carer_respectfully]
    The teacher lets out a breath, relieved. # speaker:narrator # mood:anxious
- -> teacher_account

=== teacher_account ===
The waiting room has a corner with a rug, colouring books and a window onto the square. The corridor to the right leads to the holding cell. # speaker:narrator # phase:environment
+ ["Right here, teacher, it's quicker. Tell me everything you saw." #do:talk_in_public_area #do:let_child_hear_account #do:gather_facts_from_adult #do:register_report]
    The teacher talks about the marks at the front desk, with Yanet beside her. Two men waiting for a certificate hear everything. # speaker:narrator
    Yanet hides behind the teacher and covers her face with her jumper. # speaker:narrator # mood:scared
+ [Ask Officer Huamán to stay with Yanet in the children's corner, and listen to the teacher in the office, where Yanet can't hear her. #do:keep_child_in_safe_area #do:keep_child_out_of_earshot #do:gather_facts_from_adult #do:register_report]
    Huamán offers Yanet the crayons. Yanet doesn't touch them, but she sits down on the rug. # speaker:narrator # mood:anxious
    In the office, the teacher tells you what she saw and what she knows: Yanet lives with her father, don Félix, president of the community; her mother has been working on the coast for a year. # speaker:narrator # scene:office # ambient:quiet_room # sfx:door
+ ["The girl can wait on the bench in the corridor while you tell me in the office." #do:place_child_near_detainees #do:gather_facts_from_adult #do:register_report]
    The bench is next to the holding cell. A detainee bangs on the bars and shouts something. Yanet shrinks and covers her ears. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
    In the office, the teacher tells you that Yanet lives with her father, don Félix, president of the community; her mother has been working on the coast for a year. # speaker:narrator # scene:office # ambient:quiet_room
- -> photo

=== photo ===
—Aren't you going to take a photo of the marks, officer? —asks the teacher—. So there's proof. # speaker:teacher
+ ["No, teacher. Neither you nor I examine her or take photos of her. A doctor from Medicina Legal (the forensic medical service) does that, explaining it to her, and only if she agrees." #do:leave_exam_to_professionals]
    —You're right, officer. She's embarrassed enough already. # speaker:teacher
+ [Go to the children's corner and ask Yanet to show the marks on her legs so you can photograph them with your phone. #do:examine_or_photograph_child]
    -> photographed
+ ["Without a medico-legal certificate there's no case, teacher. Take her to the forensic doctor first and come back with the result." #do:demand_formalities]
    -> sent_back
- -> meet_yanet

=== meet_yanet ===
{ distress >= 9:
    -> shut_down
}
You go back with the teacher to the children's corner. Yanet is sitting on the rug, her knees covered by her skirt. # speaker:narrator # scene:waiting_area # ambient:quiet_room # phase:communication
—At home they speak Quechua, officer. She understands a little Spanish, and speaks even less. # speaker:teacher # event:language_barrier
+ [Stay standing and talk to the teacher: "Does the injured minor have an ID card? What is the alleged aggressor's address?" #do:use_jargon]
    Yanet looks from the teacher to you and from you to the teacher. She doesn't understand who they are talking about. # speaker:narrator # mood:anxious
+ [Crouch down to her level, slowly: "Allillanchu, Yanet. My name is Castro. I'm a police officer. You're safe here." You back up the words with gestures, offer her a glass of water and wait for her to settle. #do:introduce_self_simply #do:pause_for_child]
    Yanet raises her eyes for a second. # speaker:narrator # mood:anxious
    —Arí... # speaker:yanet # mood:anxious
+ [Ask her slowly, in Spanish: "Yanet, who hit you? Your dad?" #do:ask_leading_question]
    —Arí... manam... arí. # speaker:yanet # mood:scared
    —She's saying yes and no at the same time, officer. She isn't understanding you. # speaker:teacher
- -> interpreter

=== interpreter ===
{ distress >= 9:
    -> shut_down
}
Nobody at the station speaks Quechua. # speaker:narrator
+ [Call Yanet's home so that some relative who speaks Spanish comes to translate. #do:use_interested_interpreter]
    A woman answers. She says she's on her way. # speaker:narrator # sfx:phone
    When Yanet hears you calling her home, she stops moving. # speaker:narrator # mood:scared
+ [Carry on in Spanish, more slowly: "Did they hit you? Yes or no?" #do:ask_option_question]
    —Arí. # speaker:yanet # mood:withdrawn
    She says "arí" to everything, even to things that contradict each other. The teacher looks at you, uncomfortable. # speaker:narrator
+ [Request a Quechua interpreter now: call the municipality's registered interpreter or, if she can't come, connect her by video call. Meanwhile, ask nothing about what happened. #do:request_interpreter]
    The interpreter, señora Hilaria, can be here in half an hour. # speaker:narrator # sfx:phone
- -> aunt_arrives

=== aunt_arrives ===
{ distress >= 9:
    -> shut_down
}
The station door opens. A woman in a pollera skirt and hat comes up to the front desk, agitated. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # sfx:door
—I'm Yanet's aunt, don Félix's sister. They told me the girl is here with the teacher. I'll translate for you, officer, I speak good Spanish. # speaker:aunt # event:suspect_arrives
From the children's corner, Yanet recognises the voice. She goes still and stares at the floor. # speaker:narrator # mood:scared
+ ["That's good, madam. Come in; that way we don't have to wait for the interpreter." #do:use_interested_interpreter #do:allow_contact_with_suspect]
    -> aunt_translates
+ ["Thank you, madam, but the girl will have an official interpreter. Please wait in the other office with Officer Ramos; you can't be with her now." #do:separate_from_suspect #do:request_interpreter]
    Ramos takes the aunt to the end of the corridor, far from the children's corner. # speaker:narrator # sfx:footsteps
+ ["Take a seat on the bench there, madam, we'll call you." #do:neutral]
    The bench faces the open door of the waiting room. The aunt and Yanet end up looking at each other. The aunt says something to her in Quechua, softly. # speaker:narrator
    Yanet covers her face with her jumper. A while later Ramos takes the aunt to the end of the corridor. # speaker:narrator # mood:withdrawn
- -> aunt_pushes

=== aunt_pushes ===
{ distress >= 9:
    -> shut_down
}
In the back office, the aunt is waiting for you on her feet. # speaker:narrator # scene:office # ambient:quiet_room
—Don't make a report, officer. My brother is president of the community; what will people say? We'll sort this out in the family. Let the girl come with me. # speaker:aunt
+ ["I understand you're worried, madam, but this isn't sorted out in the family. The report is already registered and goes to the Fiscalía (prosecutor's office). The girl isn't leaving with you now." #do:refuse_confrontation #do:register_report]
    The aunt presses her lips together and sits down. # speaker:narrator
    —My brother isn't a bad person, officer. # speaker:aunt
    —Nobody has said that, madam. What matters now is that Yanet is all right. # speaker:officer
+ ["Look, let your brother come and we'll all talk it over together with the girl. If he promises not to hit her again, we'll settle it right here." #do:arrange_confrontation]
    -> family_meeting
+ ["If you all promise to look after her, we'll just leave a written record and you can take her." #do:dissuade_report]
    -> handled_in_family
- -> who_stays

=== who_stays ===
The interpreter arrives. She is an older woman with a folder under her arm and a card from the register of indigenous-language interpreters. # speaker:narrator # scene:waiting_area # ambient:quiet_room # sfx:door
—Allillanchu, Yanet —she says, and sits down beside her on the rug. Yanet answers her softly, in Quechua. # speaker:interpreter_quechua
You are about to go into the interview room. Just then the station commander comes over. # speaker:narrator # sfx:footsteps
—I know don Félix, he's a respectable man. I'll stay and listen. # speaker:commander
Yanet looks at the commander and presses up against the teacher. # speaker:narrator # mood:scared
+ ["Of course, commander, come into the room too." #do:insist_adult_stays #do:move_to_private_room]
    In the room, the commander sits by the door with his arms crossed. Yanet doesn't take her eyes off him. # speaker:narrator # scene:private_room # mood:withdrawn
+ ["The commander and the teacher can both come into the room. The more people with her, the better." #do:insist_adult_stays #do:move_to_private_room]
    In the room, the commander sits by the door with his arms crossed. Yanet doesn't take her eyes off him. # speaker:narrator # scene:private_room # mood:withdrawn
+ ["Commander, with your permission: first we ask Yanet who she wants with her." Through the interpreter you ask her, and you go into the interview room only with the person she chooses. #do:ask_child_who_stays #do:move_to_private_room]
    —She says she wants the teacher to stay. Only the teacher. # speaker:interpreter_quechua
    The commander nods and goes back to his office. In the room, Yanet's shoulders relax. # speaker:narrator # scene:private_room # mood:anxious # sfx:door
- -> open_question

=== open_question ===
{ distress >= 9:
    -> shut_down
}
The interpreter puts each of your sentences into Quechua and each of Yanet's into Spanish. # speaker:narrator # phase:disclosure
+ [Through the interpreter: "Your dad hit you with the belt, didn't he?" #do:ask_leading_question]
+ [Through the interpreter: "You can say 'I don't know', you can correct me, and we can stop whenever you want." And then: "Your teacher saw that your legs hurt. Tell me whatever you want about that." #do:explain_child_can_stop #do:ask_open_question]
+ [Through the interpreter: "Did they hit you with a belt or with a stick?" #do:ask_option_question]
-
{ distress >= 8:
    —Manam... # speaker:yanet # mood:withdrawn
    Yanet says nothing more. She hugs her knees and starts to cry without making a sound. # speaker:narrator # mood:crying # event:child_distressed
- else:
    Yanet speaks for a while in Quechua, very softly. The interpreter listens to the end. # speaker:narrator # mood:anxious
    —She says her dad gets angry when she comes back late from herding the sheep. That on Sunday he hit her and it hurt a lot. That she doesn't want her dad to know she came here. # speaker:interpreter_quechua # event:disclosure_started
    Yanet covers her face with her hands and cries. # speaker:narrator # mood:crying # event:child_distressed
}
+ [Wait in silence. Offer her water and, through the interpreter, ask whether she would like the teacher to sit next to her. Then: "Thank you for telling me. It's not your fault." #do:pause_for_child #do:express_belief #do:ask_before_touch]
    Yanet nods. The teacher sits down beside her, without touching her. Little by little, Yanet stops crying. # speaker:narrator # mood:anxious
+ [Hug her to comfort her: "There, there, don't cry." #do:touch_without_consent]
    Yanet goes rigid in your arms. When you let go, she edges away against the wall. # speaker:narrator # mood:scared
+ ["Come on, don't cry. Have her say how many times and what he hits her with." #do:press_child_to_continue #do:ask_for_details]
    The interpreter hesitates before translating. Yanet hides her head between her knees. # speaker:narrator # mood:crying
- -> minimal_facts

=== minimal_facts ===
{ distress >= 9:
    -> shut_down
}
The teacher hands her a tissue. Outside, the square has gone quiet. # speaker:narrator
+ [Through the interpreter: "Tell me since when he hits you, how many times, with what, and on which parts of your body." #do:ask_for_details]
    Yanet looks at the interpreter and doesn't answer. The interpreter lowers her voice: "Officer, she has already said what happened. This will only hurt her more." # speaker:narrator # mood:withdrawn
+ [Ask Yanet to draw what happened at home, to attach it to the report. #do:record_interpretation]
    Yanet picks up a crayon and puts it down. She draws a sheep. She draws nothing else. # speaker:narrator # mood:withdrawn
+ [Through the interpreter: "I only need to know something to keep you safe: who lives in your house, and is your dad at home now? The rest you'll tell just once, to a psychologist." You write down her answers in her own words. #do:ask_minimal_facts #do:defer_account_to_single_interview #do:record_child_words]
    —She says she lives with her dad and her granny. That her dad is at home. That her mum is on the coast and calls her on Sundays. # speaker:interpreter_quechua
- -> medical

=== medical ===
{ distress >= 9:
    -> shut_down
}
The teacher gets hold of Yanet's mother's number. The mother answers from the coast and, when she understands, cries. She says she will travel tonight. # speaker:narrator # sfx:phone # phase:protection
+ [Through the interpreter: "Tell her she has to go to the forensic doctor now. It's compulsory." #do:force_forensic_exam]
    The interpreter translates. Yanet starts to shake and clutches the teacher's jumper. # speaker:narrator # mood:scared
+ [Request the Medicina Legal exam with the mother's consent by phone, and explain to Yanet, through the interpreter, that a doctor could look at her legs only if she wants, that she can have the teacher beside her and ask them to stop; nobody at the station will examine her. #do:request_forensic_exam #do:leave_exam_to_professionals]
    —She says yes, if the teacher goes in with her. # speaker:interpreter_quechua
    Yanet nods, serious. # speaker:narrator # mood:calm
+ ["Teacher, better if you take a photo of her legs in the bathroom and send it to my phone, so I can attach it." #do:examine_or_photograph_child]
    -> photographed
- -> risk

=== risk ===
{ distress >= 9:
    -> shut_down
}
While the interpreter and the teacher stay with Yanet, you go back to the office. # speaker:narrator # scene:office # ambient:quiet_room # phase:referral
+ [Fill in the ficha de valoración de riesgo (risk assessment form) — the father lives with her, the aunt is pressing, the mother is far away — call the Fiscalía de Familia (family prosecutor) and send the case to the Family Court to request protective measures. #do:assess_risk #do:notify_family_prosecutor #do:request_protective_measures]
    The family prosecutor answers on the second ring. She asks for the form and says she will call the UPE, the Unidad de Protección Especial (child-protection unit), to see where Yanet will sleep tonight. # speaker:narrator # sfx:phone
+ [Leave the report for tomorrow's shift: it's too late today to call the prosecutor and the court. #do:neutral]
    ~ delayed = true
    You put the report in the pending folder. # speaker:narrator # sfx:paper
+ [Summon don Félix for tomorrow to sign a written promise not to hit his daughter again. #do:arrange_confrontation]
    -> family_meeting
- -> tonight

=== tonight ===
The afternoon is ending. Someone has to decide where Yanet will sleep tonight. # speaker:narrator # phase:protection
+ ["Let the aunt take her. They know there's a report now; they won't do anything to her." #do:release_to_suspect]
    -> back_home
+ ["Teacher, drop her off at her house on your way, please. The report's been made." #do:send_home_unassessed]
    -> back_home
+ [Call the UPE: Yanet should spend the night with her maternal grandmother in town, after the UPE social worker has visited her, until her mother arrives. Check that the aunt is not waiting outside. #do:contact_child_protection #do:release_to_safe_carer #do:confirm_safe_departure]
    The UPE social worker arrives at six. She talks with Yanet's maternal grandmother, doña Felícitas, who lives two blocks from the square. # speaker:narrator # sfx:door
- -> closing

=== closing ===
Before leaving, Yanet sits down on the rug again, with the interpreter and the teacher. # speaker:narrator # scene:waiting_area # ambient:quiet_room # phase:closure
+ ["Right, Yanet, that's all. Off you go with the lady." #do:end_abruptly]
    The interpreter doesn't have time to translate. Yanet leaves holding the social worker's hand, with no idea where she is going. # speaker:narrator # mood:scared
+ [Through the interpreter, in Quechua: explain what happens now (she will sleep at her granny's, her mum arrives tomorrow, a doctor and then a psychologist will see her just once, and a lady from the CEM — Centro Emergencia Mujer, the support centre — will be there for her), who will know what she said, and thank her: "Sulpayki, Yanet." #do:explain_next_steps #do:refer_to_cem #do:explain_who_must_know]
    { trust >= 5:
        Yanet asks something in Quechua, very softly. # speaker:narrator # mood:anxious
        —She's asking whether her dad is going to be angry with her. # speaker:interpreter_quechua
        You tell her the truth: that the grown-ups will take care of that, and that she has done nothing wrong. # speaker:narrator # mood:relieved
        —Arí —says Yanet. # speaker:yanet # mood:calm
    - else:
        Yanet listens without looking at you. When the interpreter finishes, she nods just once. # speaker:narrator # mood:withdrawn
    }
+ [Through the interpreter: "Tell her that her dad will never hit her again, that he's going to prison." #do:promise_outcome]
    The interpreter hesitates, then translates. Yanet's eyes go wide. "Manam..." she says, frightened. # speaker:narrator # mood:scared
- -> protected_end

=== protected_end ===
{ delayed:
    -> measures_late
}
Yanet sleeps that night at her grandmother Felícitas's house. Her mother arrives on the early-morning bus. # speaker:narrator # scene:front_desk # ambient:night_shift
The next day, the Family Court issues protective measures: don Félix may not come near his daughter while the case lasts. The school and the DEMUNA (municipal child-protection office) are informed. # speaker:narrator
Yanet goes to Medicina Legal with her mother and the teacher. A psychologist listens to her just once, with the interpreter, in the Cámara Gesell (single-interview room). # speaker:narrator
Two weeks later, Teacher Elena sees her playing at break time. She still speaks little, but she is back at school. # speaker:narrator # mood:calm # ending:protected_with_grandmother
-> END

=== measures_late ===
Yanet sleeps that night at her grandmother's house. Her mother arrives on the early-morning bus. # speaker:narrator # scene:front_desk # ambient:night_shift
The report leaves the station three days later. Nobody asked for protective measures in time. # speaker:narrator
When the mother has to go back to work, don Félix comes to fetch Yanet from her grandmother's house. No order prevents him. # speaker:narrator # mood:scared # ending:at_risk_no_protective_measures
-> END

=== sent_back ===
The teacher says nothing for a moment. Then she takes Yanet by the hand and they leave. # speaker:narrator # sfx:door
That afternoon Yanet goes home as on every other day. The teacher doesn't know who else to turn to. # speaker:narrator
Yanet misses school for the rest of the week. When she comes back, she wears trousers under her skirt, even though it isn't cold. # speaker:narrator # ending:at_risk_sent_back
-> END

=== photographed ===
Yanet covers her legs with her skirt and starts to cry. The teacher steps in between. # speaker:narrator # mood:crying
No photo is taken, but the news reaches the village before the girl does: "at the station they made her show her legs". # speaker:narrator
From then on, Yanet won't let anyone examine her, not at Medicina Legal, not at the health post. In the Cámara Gesell, with the interpreter, all she says is "manam". # speaker:narrator # mood:withdrawn # ending:harmed_exposed_to_exam
-> END

=== aunt_translates ===
The aunt sits down next to Yanet and speaks to her in Quechua, fast and low. Then she turns to you. # speaker:narrator # mood:scared
—She says she fell on the hillside, officer, while herding. That nobody hit her. # speaker:aunt
Yanet doesn't look up. You ask her whether that's true. # speaker:narrator # mood:withdrawn
—Arí. # speaker:yanet # mood:withdrawn
The report says "injuries from an accidental fall". That afternoon, the aunt takes Yanet home. # speaker:narrator # ending:harmed_aunt_interpreted
-> END

=== family_meeting ===
Don Félix arrives in his poncho of office and greets everyone by name. He sits down opposite his daughter and promises, out loud, that it won't happen again. # speaker:narrator
Yanet listens without looking up. They ask her whether she agrees. # speaker:narrator # mood:withdrawn
—Arí. # speaker:yanet # mood:withdrawn
He signs the written promise. That night Yanet sleeps at her father's house again. # speaker:narrator # ending:harmed_confronted_with_father
-> END

=== handled_in_family ===
The aunt signs the record and leads Yanet away by the hand. The teacher watches them go from the door. # speaker:narrator # sfx:door
No prosecutor receives the case. At school, Yanet no longer changes for PE. # speaker:narrator # ending:at_risk_handled_in_family
-> END

=== back_home ===
Yanet leaves the station as it is getting dark. That night she sleeps at her father's house. # speaker:narrator # sfx:door
Don Félix already knows there was a report: the aunt told him. Nobody asked whether it was safe for Yanet to go back there. # speaker:narrator
The next day Yanet doesn't go to school. Nor the day after. # speaker:narrator # ending:at_risk_back_with_father
-> END

=== shut_down ===
Yanet hides her face between her knees and stops answering, in Quechua and in Spanish. # speaker:narrator # mood:withdrawn
—Manam... manam. # speaker:yanet # mood:withdrawn
The teacher takes her back to school. The report has two lines: nobody could find out whether she was safe at home. # speaker:narrator
That night Yanet sleeps at her father's house. When she is called to the Cámara Gesell, she says nothing. # speaker:narrator # ending:harmed_silenced
-> END
