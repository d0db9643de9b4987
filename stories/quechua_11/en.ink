# case: quechua_11
# title: Yanet and the marks on her legs
# summary: Her teacher brings her after seeing marks on her legs; Yanet speaks Quechua and little Spanish.
# persona: yanet
# age: 11
# type: physical_punishment
# requires: register_report, gather_facts_from_adult, request_interpreter, leave_exam_to_professionals, request_forensic_exam, assess_risk, request_protective_measures, notify_family_prosecutor, notify_criminal_prosecutor, arrange_single_interview, contact_child_protection, release_to_safe_carer, refer_to_cem, explain_next_steps
# key: REC-02, ENV-04, COM-01, COM-02, COM-04, DIS-01, DIS-03, DIS-08, PRO-01, PRO-02, PRO-08, REF-02, REF-04, REF-05, CLO-01
# trust: 2
# distress: 5
# content_note: An eleven-year-old Quechua-speaking girl comes in with her teacher, who saw marks of physical punishment on her legs. The punishment is known only through what the teacher says; it is never shown or described in detail.
# lang: en

INCLUDE ../_shared/en/family_court.ink
INCLUDE ../_shared/en/call_family_prosecutor.ink
INCLUDE ../_shared/en/call_criminal_prosecutor.ink
INCLUDE ../_shared/en/single_interview.ink

VAR trust = 2
VAR distress = 5
VAR distress_streak = 0
VAR interp = false
VAR no_measures = false
VAR station_statement = false
VAR report_incomplete = false

-> arrival

=== arrival ===
Tuesday, 10:30. Llaqtapampa police station, three thousand eight hundred metres up. Outside, the wind whips dust across the square. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
A teacher comes in with a girl whose black plaits are tied with red ribbons. She wears a maroon jumper with a yellow band, a pink pollera skirt trimmed with turquoise and an orange lliclla shawl knotted at her chest. She stays one step behind, her eyes on the floor. # speaker:narrator # sfx:door
—Good morning, officer. I'm Elena Huillca, the Year 5 teacher at the Qollpa school. This is my pupil, Yanet. She's eleven. # speaker:teacher
—This morning, when she was changing for PE, I saw marks on her legs, like from a belt. She had already missed two days. She wouldn't tell me anything. # speaker:teacher
Yanet grips the ends of her lliclla with both hands. # speaker:narrator # mood:anxious
+ ["Come in, teacher, I'll see to you both right now. You did well to bring her; the parents don't need to come for this to be registered." #do:attend_immediately #do:accept_without_formalities]
    —Come in, teacher, I'll see to you both right now. You did well to bring her; the parents don't need to come for this to be registered. # speaker:officer
    The teacher lets out a breath, relieved. # speaker:narrator # mood:anxious
+ [Ask the teacher to come back with the father or the mother and their ID: a minor's report without a parent's signature gets queried by the Fiscalía. #do:demand_formalities]
    —Teacher, a report about a minor has to be signed by the father or the mother, with their ID card. Without that, the Fiscalía (prosecutor's office) sends it back. # speaker:officer
    —But, officer, the problem is at home... # speaker:teacher
    -> sent_back
+ ["Physical punishment is banned under Ley 30403, teacher, but that's for the DEMUNA at the town hall, the child-protection office. They'll see you there." #do:defer_or_redirect]
    —Physical punishment is banned under Ley 30403, teacher, but that's for the DEMUNA at the town hall, the municipal child-protection office. They'll see you there. # speaker:officer
    —The DEMUNA only opens on Thursdays, officer. And she can't go back home like this. # speaker:teacher
    -> sent_back
- -> teacher_account

=== teacher_account ===
The waiting room has a corner with a rug, colouring books and a window onto the square. The corridor to the right leads to the holding cell. # speaker:narrator # phase:environment
—Where should I tell you, officer? —asks the teacher—. I'd rather not in front of her. # speaker:teacher
+ [Ask Officer Huamán to stay with Yanet in the children's corner, and listen to the teacher in the office with the door shut. #do:keep_child_out_of_earshot #do:gather_facts_from_adult]
    Huamán offers Yanet the crayons. Yanet doesn't touch them, but she sits down on the rug. # speaker:narrator # mood:anxious # arrives:colleague_f
    In the office, the teacher tells you what she saw and what she knows: Yanet lives with her father, don Félix, president of the community, and her paternal grandmother; her mother has been working on the coast for a year. # speaker:narrator # scene:office # ambient:quiet_room # sfx:door
+ ["Let Yanet stay here with us so she doesn't feel alone. You tell me what you saw; she knows it already, it won't frighten her." #do:let_child_hear_account #do:gather_facts_from_adult]
    —Let Yanet stay here with us so she doesn't feel alone. You tell me what you saw; she knows it already, it won't frighten her. # speaker:officer
    The teacher describes the marks with Yanet sitting beside her. Every time she says "belt", Yanet shrinks a little more. # speaker:narrator # scene:office # ambient:quiet_room # mood:scared
    That is how you learn that Yanet lives with her father, don Félix, president of the community, and her paternal grandmother; her mother works on the coast. # speaker:narrator
+ [Leave Yanet on the corridor bench, where the duty guard can see her, and go into the office with the teacher to fill in the ficha. #do:place_child_near_detainees #do:gather_facts_from_adult]
    The bench is next to the holding cell. A detainee bangs on the bars and shouts something. Yanet shrinks and covers her ears. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
    In the office, the teacher tells you that Yanet lives with her father, don Félix, president of the community, and her paternal grandmother; her mother has been working on the coast for a year. # speaker:narrator # scene:office # ambient:quiet_room
- -> photo

=== photo ===
—Aren't you going to take a photo of the marks, officer? —asks the teacher—. So there's proof, before they fade. # speaker:teacher
+ ["No, teacher. Nobody here examines her or photographs her. A Medicina Legal doctor will see her, only if she agrees, explaining first." #do:leave_exam_to_professionals]
    —No, teacher. Nobody here examines her or photographs her. A doctor from Medicina Legal, the forensic medical service, will see her, only if she agrees, and explaining everything first. # speaker:officer
    —You're right, officer. She's embarrassed enough already. # speaker:teacher
+ [Go with Officer Huamán and Yanet to the women's toilets and photograph the marks for the police file, before they start to fade. #do:examine_or_photograph_child]
    -> photo_attempt
+ ["Without a medico-legal certificate the Fiscalía won't open a case. Take her to the forensic doctor first, teacher, and come back." #do:demand_formalities]
    —Without a medico-legal certificate the Fiscalía won't open a case. Take her to the forensic doctor first, teacher, and come back with the result. # speaker:officer
    —The forensic doctor is in the provincial capital, officer, three hours away... # speaker:teacher
    -> sent_back
+ ["Better if you do it, teacher, she trusts you: just a quick photo on your phone in the toilets, and send it to me on WhatsApp." #do:examine_or_photograph_child]
    -> photo_attempt
- -> meet_yanet

= photo_attempt
In the toilets, Yanet understands why they have brought her there. She holds her skirt down with both hands and starts to cry. # speaker:narrator # mood:crying
The teacher steps in between: "Not like this, officer. Not like this." No photo is taken. # speaker:narrator
—I'm taking her back to school. I'll go to the DEMUNA myself. # speaker:teacher
The teacher leaves with Yanet by the hand. # speaker:narrator # sfx:door # mood:withdrawn
-> photographed_end

=== meet_yanet ===
{ distress_streak >= 2:
    -> shut_down
}
You go back with the teacher to the children's corner. Yanet is sitting on the rug, her pollera covering her knees. # speaker:narrator # scene:waiting_area # ambient:quiet_room # phase:communication
—At home they speak Quechua, officer. She understands a little Spanish, and speaks even less. # speaker:teacher # event:language_barrier
+ [Crouch to her level: "Allillanchu, Yanet. I'm Castro, a police officer." You offer her water and wait, asking her nothing. #do:introduce_self_simply #do:pause_for_child]
    You crouch down, a step away from her. # speaker:narrator
    —Allillanchu, Yanet. My name is Castro, I'm a police officer. # speaker:officer
    You leave a glass of water beside her and wait. Yanet raises her eyes for a second. # speaker:narrator # mood:anxious
    —Arí... # speaker:yanet # mood:anxious
+ [Standing, to the teacher: "Does the injured minor have an ID card? I need the alleged aggressor's address for the Fiscalía." #do:use_jargon]
    —Does the injured minor have an ID card? I need the alleged aggressor's address for the Fiscalía. # speaker:officer
    Yanet looks from the teacher to you and back. She doesn't follow who they are talking about, but she understands "aggressor". # speaker:narrator # mood:anxious
+ [Crouch beside her: "Yanet, sweetheart, nobody here will hurt you. Did your dad hit you? You can tell me, it's all right, honestly." #do:ask_leading_question]
    —Yanet, sweetheart, nobody here will hurt you. Did your dad hit you? You can tell me, it's all right, honestly. # speaker:officer
    —Arí... manam... arí. # speaker:yanet # mood:scared
    —She's saying yes and no at the same time, officer. She isn't understanding you. # speaker:teacher
- -> interpreter

=== interpreter ===
{ distress_streak >= 2:
    -> shut_down
}
Nobody at the station speaks Quechua. The teacher does: she teaches at the bilingual school in Qollpa. # speaker:narrator
+ [Call the Ministry of Culture's free interpreting helpline: a Quechua interpreter joins you by video call within a few minutes. #do:request_interpreter]
    ~ interp = true
    You call the Ministry of Culture's free interpreting line. Ten minutes later a Quechua interpreter, señora Hilaria, appears on the station's tablet. # speaker:narrator # sfx:phone
    —Until then I won't ask her anything about what happened —you tell the teacher. # speaker:officer
+ ["Huamán, ask the Ministry of Culture for an interpreter from its register who can come in person. If it takes an hour, we'll wait." #do:request_interpreter]
    —Huamán, ask the Ministry of Culture for an interpreter from its register who can come in person. If it takes an hour, we'll wait. # speaker:officer
    ~ interp = true
    The Ministry's helpline gives you the number of an interpreter on the national register who lives in town. She can be here in an hour. # speaker:narrator # sfx:phone
    Huamán sits on the rug with Yanet and shows her the colouring books. Nobody asks her anything. # speaker:narrator # mood:anxious # arrives:colleague_f
+ ["Teacher, you speak Quechua, so translate for her meanwhile, please; the official interpreter will take ages and we can't keep her waiting." #do:use_interested_interpreter]
    —Teacher, you speak Quechua, so translate for her meanwhile, please; the official interpreter will take ages and we can't keep her waiting. # speaker:officer
    The teacher translates what she can. Yanet answers "arí" to everything and looks at her teacher as if she were being betrayed. # speaker:narrator # mood:withdrawn
    —Officer, I'm her teacher... I'll have her in class tomorrow. I'm not sure she'd tell me. # speaker:teacher
- -> aunt_arrives

=== aunt_arrives ===
{ distress_streak >= 2:
    -> shut_down
}
The station door opens. A woman in a pollera skirt and hat comes up to the front desk, agitated. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # sfx:door
—I'm Yanet's aunt, don Félix's sister. In the square they told me the girl is here with the teacher. I'll translate for you, officer, I speak good Spanish. # speaker:aunt # event:suspect_arrives
From the children's corner, Yanet recognises the voice. She goes still and stares at the floor. # speaker:narrator # mood:scared
+ ["Thank you, madam, but a qualified interpreter is coming for Yanet. Please wait with Officer Ramos in the back office." #do:separate_from_suspect #do:request_interpreter]
    —Thank you, madam, but a qualified interpreter is coming for Yanet. Please wait with Officer Ramos in the back office. # speaker:officer
    { not interp:
        ~ interp = true
        You call the Ministry of Culture's helpline: an interpreter on the national register can be here in an hour. # speaker:narrator # sfx:phone
    }
    Ramos takes the aunt to the end of the corridor, far from the children's corner. # speaker:narrator # sfx:footsteps # arrives:colleague_m
+ [Invite the aunt to sit with Yanet in the children's corner: with family beside her, she'll calm down until the interpreter comes. #do:allow_contact_with_suspect]
    —Come in, madam, sit with her in the corner. With her aunt beside her she'll calm down a bit, won't she? # speaker:officer
    -> aunt_translates
+ ["Since you speak both languages, madam, help us translate right now; the interpreter is taking ages and the girl is tired of waiting." #do:use_interested_interpreter #do:allow_contact_with_suspect]
    —Since you speak both languages, madam, help us translate right now; the interpreter is taking ages and the girl is tired of waiting. # speaker:officer
    -> aunt_translates
+ [Take her details down in the incident book and ask her to wait on the bench by the entrance, across from the waiting room. #do:neutral]
    The bench faces the open door of the waiting room. The aunt and Yanet end up looking at each other. The aunt says something to her in Quechua, softly. # speaker:narrator
    Yanet covers her face with her lliclla. A while later Ramos takes the aunt to the back office. # speaker:narrator # mood:withdrawn # leaves:colleague_m
- -> aunt_pushes

= aunt_translates
The aunt sits down next to Yanet and speaks to her in Quechua, fast and low. Then she turns to you. # speaker:narrator # mood:scared
—She's told me, officer: she fell on the hillside, herding the sheep. Nobody hit her. # speaker:aunt
Yanet doesn't look up. —Arí —she says, when her aunt looks at her. # speaker:yanet # mood:withdrawn
-> aunt_version

=== aunt_pushes ===
{ distress_streak >= 2:
    -> shut_down
}
In the back office, the aunt is waiting for you on her feet. # speaker:narrator # scene:office # ambient:quiet_room
—Don't make a report, officer. My brother is president of the community; what will people say? Out in the countryside that's how you correct children. We'll sort this out in the family. Let the girl come with me. # speaker:aunt
+ ["Madam, Ley 30403 bans physical punishment at home too, and marks like those are a crime. The report goes to the Fiscalía." #do:register_report #do:notify_family_prosecutor]
    —Madam, Ley 30403 bans the physical and humiliating punishment of children, at home and in the community too. And marks like those are a crime. The report is registered and goes to the Fiscalía. Yanet is not leaving with you now. # speaker:officer
    The aunt presses her lips together and sits down. # speaker:narrator
    —My brother isn't a bad person, officer. # speaker:aunt
    —Nobody has said that, madam. What matters now is that Yanet is all right. # speaker:officer
    -> shared_call_family_prosecutor("an eleven-year-old Quechua-speaking girl with marks of physical punishment", "11:40") ->
+ ["Call your brother, madam, and have him come right now. We'll talk it over with the girl there and, if he promises, we'll settle it here." #do:arrange_confrontation]
    —Call your brother, madam, and have him come right now. We'll talk it over with the girl there and, if he promises, we'll settle it here. # speaker:officer
    -> family_meeting
+ ["All right, madam. I'll write a physical-punishment note for the DEMUNA and you take her, on your own responsibility, yes?" #do:dissuade_report]
    —All right, madam. I'll write a physical-punishment note for the DEMUNA and you take her, on your own responsibility, yes? # speaker:officer
    -> handled_in_family
- -> who_stays

=== who_stays ===
{ distress_streak >= 2:
    -> shut_down
}
{ not interp:
    Huamán, on her own initiative, has called the Ministry of Culture's interpreting helpline. # speaker:narrator # scene:waiting_area # ambient:quiet_room # sfx:phone # arrives:colleague_f
}
The Quechua interpreter, señora Hilaria, who is on the Ministry of Culture's national register, is now with Yanet. # speaker:narrator # scene:waiting_area # ambient:quiet_room
—Allillanchu, Yanet —she says. Yanet answers her softly, in Quechua. # speaker:interpreter_quechua
You are about to go into the interview room. Just then the station commander comes over. # speaker:narrator # sfx:footsteps
—I know don Félix, he's a respectable man. I'll stay and listen. # speaker:commander
Yanet looks at the commander and presses up against the teacher. # speaker:narrator # mood:scared
+ ["With your permission, commander: first we ask her." Through the interpreter, you ask Yanet who she wants beside her in the room. #do:ask_child_who_stays #do:move_to_private_room]
    —With your permission, commander: first we ask her. # speaker:officer
    —She says she wants the teacher to stay. Only the teacher. # speaker:interpreter_quechua
    The commander nods and goes back to his office. In the room, Yanet's shoulders relax. # speaker:narrator # scene:private_room # mood:anxious # sfx:door
+ ["Come in, commander, you know the family and can tell us if the girl is exaggerating." You all go into the interview room together. #do:insist_adult_stays #do:move_to_private_room]
    —Come in, commander, you know the family and can tell us if the girl is exaggerating. # speaker:officer
    In the room, the commander sits by the door with his arms crossed. Yanet doesn't take her eyes off him. # speaker:narrator # scene:private_room # mood:withdrawn # arrives:commander
+ [Let everyone who cares for her come into the room: the teacher, Officer Huamán and the commander, so that she doesn't feel alone. #do:insist_adult_stays #do:move_to_private_room]
    The room fills up: the teacher, Huamán, the commander by the door with his arms crossed. Yanet looks at them one by one and shrinks into her chair. # speaker:narrator # scene:private_room # mood:withdrawn # arrives:teacher,colleague_f,commander
- -> open_question

=== open_question ===
{ distress_streak >= 2:
    -> shut_down
}
The interpreter puts each of your sentences into Quechua and each of Yanet's into Spanish. # speaker:narrator # phase:disclosure # open # undisclosed: dad, father, belt, stick, hit, beat, punish, sunday, sheep # disclosed: teacher, legs, hurt
+ [Through the interpreter: "You can say 'I don't know' or ask us to stop. Your teacher saw that your legs hurt; tell me whatever you want." #do:explain_child_can_stop #do:ask_open_question #q:invitation]
    —You can say "I don't know" or ask us to stop. Your teacher saw that your legs hurt; tell me whatever you want. # speaker:officer
+ [Through the interpreter, to confirm what the teacher saw this morning: "Your dad hit you with the belt on Sunday, didn't he? Go on, tell me." #do:ask_leading_question #q:suggestive]
    —Your dad hit you with the belt on Sunday, didn't he? Go on, tell me. # speaker:officer
+ [Through the interpreter, so as not to tire her: "Was it a belt or a stick? If talking is hard, just nod yes or no with your head, OK?" #do:ask_option_question #q:option_posing]
    —Was it a belt or a stick? If talking is hard, just nod yes or no with your head, OK? # speaker:officer
    Yanet looks at the commander's belt hanging on the chair and nods. You cannot tell which of the two she said yes to. # speaker:narrator # mood:anxious
+ [Through the interpreter, slowly, looking at her: "Your teacher told me your legs hurt. Where does it hurt right now, Yanet?" #do:ask_minimal_facts #q:directive]
    —Your teacher told me your legs hurt. Where does it hurt right now, Yanet? # speaker:officer
    —She says at the back of her legs. That it hurts to sit at her desk. # speaker:interpreter_quechua
+ [Through the interpreter, firmly, so she learns: "Why didn't you tell anyone before, Yanet? If something like this happens, you have to tell." #do:ask_why_or_blame #q:why_blame]
    —Why didn't you tell anyone before, Yanet? If something like this happens, you have to tell. # speaker:officer
    Yanet hangs her head. The interpreter waits. —She isn't answering, officer. # speaker:interpreter_quechua # mood:withdrawn
+ [Through the interpreter, all at once to move on: "What happened, where was it, who was with you and what time did you get home that day?" #do:press_child_to_continue #q:multiple]
    —What happened, where was it, who was with you and what time did you get home that day? # speaker:officer
    —She says she doesn't understand, officer. Too many questions at once. She only answered that she got home late. # speaker:interpreter_quechua # mood:anxious
+ [Through the interpreter, unhurried: "You're safe here, Yanet. Your teacher and I are going to look after you. Take all the time you need." #do:build_rapport #q:not_question]
    —You're safe here, Yanet. Your teacher and I are going to look after you. Take all the time you need. # speaker:officer
    Yanet looks at her teacher, who smiles at her. She takes a deep breath and begins to speak in Quechua. # speaker:narrator # mood:anxious
-
{
- distress >= 8:
    —Manam... # speaker:yanet # mood:withdrawn
    Yanet says nothing more. She hugs her knees and starts to cry without making a sound. # speaker:narrator # mood:crying # event:child_distressed
- else:
    Yanet speaks for a while in Quechua, very softly. The interpreter listens to the end. # speaker:narrator # mood:anxious
    —She says her dad gets angry when she comes back late from herding the sheep. That on Sunday he hit her and it hurt a lot. That she doesn't want her dad to know she came here. # speaker:interpreter_quechua # event:disclosure_started
    Yanet covers her face with her hands and cries. # speaker:narrator # mood:crying # event:child_distressed
}
-> comfort

=== comfort ===
{ distress_streak >= 2:
    -> shut_down
}
+ [Wait in silence. Through the interpreter, ask whether she'd like her teacher to sit beside her, and leave the water within her reach. #do:pause_for_child #do:ask_before_touch]
    You wait. Nobody speaks. The interpreter asks her in Quechua; Yanet nods, and the teacher sits down beside her without touching her. Little by little, Yanet stops crying. # speaker:narrator # mood:anxious
+ [Suggest a break in the courtyard with her teacher, and first ask her, through the interpreter, whether she'd like someone to hold her hand. #do:pause_for_child #do:ask_before_touch]
    Through the interpreter, you suggest going out to the courtyard for a while and ask whether she'd like someone to hold her hand. Yanet says yes, the teacher. When they come back, she has stopped crying. # speaker:narrator # mood:anxious
+ [Hug her tight, like your own daughter, and stroke her plaits: "There, sweetheart, it's over. Nobody here will hurt you; you're safe with me." #do:touch_without_consent]
    —There, sweetheart, it's over. Nobody here will hurt you; you're safe with me. # speaker:officer
    Yanet goes rigid in your arms. When you let go, she edges away against the wall. # speaker:narrator # mood:scared
- -> minimal_facts

=== minimal_facts ===
{ distress_streak >= 2:
    -> shut_down
}
The teacher hands her a tissue. Outside, the square has gone quiet. # speaker:narrator
+ [Through the interpreter: "Just to keep you safe: who lives in your house, and is your dad at home now? The rest you'll tell only once." #do:ask_minimal_facts #do:defer_account_to_single_interview]
    —Just to keep you safe: who lives in your house, and is your dad at home now? The rest you'll tell only once. # speaker:officer
    —She says she lives with her dad and her granny. That her dad is at home. That her mum is on the coast and calls her on Sundays. # speaker:interpreter_quechua
    You write it down in her own words. # speaker:narrator # sfx:paper
+ [Through the interpreter, for the ficha de valoración de riesgo: since when he hits her, how many times, with what and on which parts of her body. #do:ask_for_details]
    Yanet looks at the interpreter and doesn't answer. The interpreter lowers her voice: "Officer, this will only hurt her more. They'll ask her that in the Cámara Gesell." # speaker:narrator # mood:withdrawn
+ [Since talking is hard for her, ask her to draw what happened at home with the crayons from the corner, and attach the drawing to the report. #do:record_interpretation]
    Yanet picks up a crayon and puts it down. She draws a sheep. Nothing else. In the report you write "the minor depicts the abuse". # speaker:narrator # mood:withdrawn
- -> medical

=== medical ===
{ distress_streak >= 2:
    -> shut_down
}
The teacher gets hold of Yanet's mother's number. The mother answers from the coast and, when she understands, cries. She says she will travel tonight. # speaker:narrator # sfx:phone # phase:protection
+ [Request the Medicina Legal exam with the mother's consent by phone, and explain to Yanet that the doctor will see her only if she wants. #do:request_forensic_exam #do:leave_exam_to_professionals]
    The mother gives her consent by phone. Through the interpreter, you explain to Yanet that a doctor could look at her legs only if she wants, that she can have her teacher beside her and ask them to stop. # speaker:narrator
    —She says yes, if her teacher goes in with her. # speaker:interpreter_quechua
    Yanet nods, serious. # speaker:narrator # mood:calm
+ [Through the interpreter: "We're off to the forensic doctor now. It's compulsory for the report, but it's quick, it won't hurt at all." #do:force_forensic_exam]
    —We're off to the forensic doctor now. It's compulsory for the report, but it's quick, it won't hurt at all. # speaker:officer
    The interpreter translates. Yanet starts to shake and clutches her lliclla. # speaker:narrator # mood:scared
+ [Through the interpreter: "Tomorrow, with your mum, a Medicina Legal doctor can see you, only if you want." And request the exam for tomorrow. #do:request_forensic_exam #do:leave_exam_to_professionals]
    You request the exam for tomorrow. Through the interpreter, you explain to Yanet that she will go with her mum, that a doctor could look at her legs only if she wants, and that she can ask them to stop. # speaker:narrator
    —She says yes, if her mum goes. # speaker:interpreter_quechua
    Yanet nods, serious. # speaker:narrator # mood:calm
- -> risk


=== risk ===
{ distress_streak >= 2:
    -> shut_down
}
While the interpreter and the teacher stay with Yanet, you go back to the office. It is nearly three. # speaker:narrator # scene:office # ambient:quiet_room # phase:referral
+ [Fill in the ficha de valoración de riesgo, the risk form, and send it to the Family Court, requesting protective measures for Yanet. #do:assess_risk #do:request_protective_measures]
    On the form you mark what you know: the father lives with her, the aunt is pressing, the mother is far away. # speaker:narrator # sfx:paper
    -> shared_family_court("that don Félix stay away from his daughter and from the house where she sleeps") ->
+ [Fill in the ficha and summon don Félix for tomorrow to sign, in front of his daughter, an acta promising to treat her well. #do:assess_risk #do:arrange_confrontation]
    You fill in the form and call don Félix's house. He agrees to come tomorrow at nine to sign the promise. # speaker:narrator # sfx:phone
    -> family_meeting
+ ["Teacher, come back tomorrow with her mother and we'll do the risk form and the court letter with her; she signs, nothing gets queried." #do:defer_or_redirect]
    ~ no_measures = true
    —Teacher, come back tomorrow with her mother and we'll do the risk form and the court letter with her; she signs, nothing gets queried. # speaker:officer
    The teacher nods, without much conviction. # speaker:narrator
- -> statement

=== statement ===
{ distress_streak >= 2:
    -> shut_down
}
The station commander looks into the office. # speaker:narrator # scene:office # ambient:quiet_room # sfx:footsteps
—What about the girl's statement? The interpreter is here, so take it right now, for the police file. # speaker:commander
+ ["No, commander. This is a crime: I'm reporting it to the Fiscalía Penal and asking them to arrange her single interview in the Cámara Gesell." #do:notify_criminal_prosecutor #do:arrange_single_interview]
    —No, commander. This is a crime: I'm reporting it to the Fiscalía Penal and asking them to arrange her single interview in the Cámara Gesell. # speaker:officer
    -> shared_call_criminal_prosecutor("assault on an eleven-year-old girl by her father, within the family", "15:20") ->
    -> shared_single_interview ->
    You ask for the interpreter to be in the Cámara Gesell too. # speaker:narrator
+ ["She's worn out today, commander. I'll inform the Fiscalía Penal and have her back on Monday, with the interpreter, to take her statement here." #do:notify_criminal_prosecutor #do:schedule_station_statement]
    ~ station_statement = true
    —She's worn out today, commander. I'll inform the Fiscalía Penal and have her back on Monday, with the interpreter, to take her statement here. # speaker:officer
    -> shared_call_criminal_prosecutor("assault on an eleven-year-old girl by her father, within the family", "15:20") ->
    The commander writes the appointment in the book. # speaker:narrator # sfx:paper
+ [Agree with the commander and ask the interpreter to have Yanet tell everything again, from the beginning, so that it all goes into the acta. #do:ask_child_to_repeat]
    —You're right, commander. Let the interpreter ask her to tell it all again, from the beginning, and we'll write it all down in the record. # speaker:officer
    The interpreter translates. Yanet looks at her teacher and says nothing. In the end she says, in a few words, what happened on Sunday, and starts crying again. # speaker:narrator # mood:crying
- -> closing

=== closing ===
Before anyone decides where she will spend the night, Yanet sits down on the rug again, with the interpreter and the teacher. # speaker:narrator # scene:waiting_area # ambient:quiet_room # phase:closure
+ [Through the interpreter: tell her that her mum arrives tomorrow, a doctor and a psychologist will see her, and the CEM will support her. #do:explain_next_steps #do:refer_to_cem]
    Through the interpreter, you explain what happens now: that tonight she won't be left alone, that her mum arrives tomorrow, that a doctor and then a psychologist will see her just once, and that a lady from the CEM, the Centro Emergencia Mujer, will be there for her. At the end you say: "Sulpayki, Yanet." # speaker:narrator
    { trust >= 5:
        Yanet asks something in Quechua, very softly. # speaker:narrator # mood:anxious
        —She's asking whether her dad is going to be angry with her. # speaker:interpreter_quechua
        You tell her the truth: that the grown-ups will take care of that, and that she has done nothing wrong. # speaker:narrator # mood:relieved
        —Arí —says Yanet. # speaker:yanet # mood:calm
    - else:
        Yanet listens without looking at you. When the interpreter finishes, she nods just once. # speaker:narrator # mood:withdrawn
    }
+ ["Right, Yanet, we're done here. Off you go with the lady, she'll explain everything on the way. Thanks for coming, OK?" #do:end_abruptly]
    —Right, Yanet, we're done here. Off you go with the lady, she'll explain everything on the way. Thanks for coming, OK? # speaker:officer
    The interpreter has no time to translate. Yanet stays on the rug with no idea what is going to happen to her. # speaker:narrator # mood:scared
+ [Through the interpreter, explain what comes next and promise her: "Your dad is never going to hit you again. I can promise you that myself." #do:explain_next_steps #do:promise_outcome]
    —Your dad is never going to hit you again. I can promise you that myself. # speaker:officer
    The interpreter hesitates, then translates. Yanet's eyes go wide. —¿Chiqaqchu? —she asks: really? # speaker:narrator # mood:anxious
- -> tonight

=== tonight ===
The afternoon is ending. The family prosecutor has alerted the UPE, the Unidad de Protección Especial (child-protection unit). Someone has to decide where Yanet will sleep tonight; the aunt is still waiting in the back office. # speaker:narrator # scene:office # ambient:quiet_room # phase:protection
+ ["Let's call the UPE: the social worker should see her maternal grandmother, doña Felícitas, and Yanet can sleep there until her mum arrives." #do:contact_child_protection #do:release_to_safe_carer]
    —Let's call the UPE: the social worker should see her maternal grandmother, doña Felícitas, and Yanet can sleep there until her mum arrives. # speaker:officer
    The UPE social worker arrives at six. She talks with Yanet's maternal grandmother, doña Felícitas, who lives two blocks from the square. Ramos checks that the aunt isn't waiting at the door. # speaker:narrator # sfx:door # arrives:colleague_m
    -> court_report
+ [Let the aunt take her home tonight, with a signed record in which she promises to look after her and to answer to the Fiscalía. #do:release_to_suspect]
    —Sign here, madam: you promise to look after her. If anything happens to the girl, you answer to the Fiscalía. # speaker:officer
    The aunt signs without reading it and leaves with Yanet by the hand. # speaker:narrator # sfx:door
    -> back_home
+ ["Teacher, drop her off at her house on your way, please. The report is with the Fiscalía and the UPE will visit her early tomorrow." #do:send_home_unassessed]
    —Teacher, drop her off at her house on your way, please. The report is with the Fiscalía and the UPE will visit her early tomorrow. # speaker:officer
    The teacher looks at you for a moment, but says nothing. # speaker:narrator
    -> back_home
+ [Let her sleep at home, but in her granny's room, and have her mum call don Félix from the coast to tell him not to touch her. #do:release_to_suspect]
    The mother calls don Félix. He tells her yes, he won't do anything to her, she shouldn't make such a fuss. # speaker:narrator # sfx:phone
    -> back_home

=== court_report ===
It's night now. You sit down to finish the police report for the family court: the twenty-four hours run from when the teacher arrived. # speaker:narrator # scene:office # ambient:night_shift # phase:documentation
Officer Huamán asks whether to send it as it is: she still doesn't have don Félix's address and hasn't checked for earlier reports. # speaker:narrator # arrives:colleague_f
+ [Complete the report: the details and addresses of Yanet, the teacher and don Félix, the facts, the risk form and any earlier reports. #do:send_complete_court_report]
    Huamán gets the address from the teacher and checks the system. The full report goes to the court at nine in the evening. # speaker:narrator # sfx:paper # arrives:colleague_f
+ ["Send it as it is, Huamán, with the form and the covering letter; the court will ask for don Félix's address and record if it needs them." #do:send_incomplete_court_report]
    ~ report_incomplete = true
    The report goes without don Félix's address and without a check of his record. # speaker:narrator # sfx:paper
+ [Hold the report until her mother arrives from the coast, to give the addresses and sign; that way the court receives it complete. #do:send_incomplete_court_report]
    ~ report_incomplete = true
    Huamán puts the report in the drawer. The mother will arrive on the early-morning bus; by the time she signs, the deadline will have passed. # speaker:narrator # sfx:paper # arrives:colleague_f
- -> outcome

=== outcome ===
{ no_measures:
    -> measures_late
}
-> protected_end

=== protected_end ===
Yanet sleeps that night at her grandmother Felícitas's house. Her mother arrives on the early-morning bus. # speaker:narrator # scene:front_desk # ambient:night_shift
{ report_incomplete:
    Without the full report, the court takes two more days to issue protective measures. From then on, don Félix may not come near his daughter while the case lasts. # speaker:narrator
- else:
    The next day, the Family Court issues protective measures: don Félix may not come near his daughter while the case lasts. The school and the DEMUNA are informed. # speaker:narrator
}
{ station_statement:
    On Monday, Yanet comes back to the station to tell it all again. Later she will have to tell it once more in the Cámara Gesell. # speaker:narrator
- else:
    Yanet goes to Medicina Legal with her mother and her teacher. A psychologist listens to her just once, with the interpreter, in the Cámara Gesell (the single-interview room). # speaker:narrator
}
Two weeks later, Teacher Elena sees her playing at break time. She still speaks little, but she is back at school. # speaker:narrator # mood:calm # ending:protected_with_grandmother
-> END

=== measures_late ===
Yanet sleeps that night at her grandmother's house. Her mother arrives on the early-morning bus. # speaker:narrator # scene:front_desk # ambient:night_shift
The letter to the court leaves the station three days later. Nobody asked for protective measures in time. # speaker:narrator
When the mother has to go back to work, don Félix comes to fetch Yanet from her grandmother's house. No order prevents him. # speaker:narrator # mood:scared # ending:at_risk_no_protective_measures
-> END

=== sent_back ===
The teacher says nothing for a moment. Then she takes Yanet by the hand and they leave. # speaker:narrator # sfx:door
That afternoon Yanet goes home as on every other day. The teacher doesn't know who else to turn to. # speaker:narrator
Yanet misses school for the rest of the week. When she comes back, she wears trousers under her pollera, even though it isn't cold. # speaker:narrator # ending:at_risk_sent_back
-> END

=== photographed_end ===
The news reaches the village before the girl does: "at the station they made her show her legs". # speaker:narrator
From then on, Yanet won't let anyone examine her, not at Medicina Legal, not at the health post. In the Cámara Gesell, with the interpreter, all she says is "manam". # speaker:narrator # mood:withdrawn # ending:harmed_exposed_to_exam
-> END

=== aunt_version ===
With that version, the report reads "injuries from an accidental fall". That afternoon, the aunt takes Yanet home. # speaker:narrator # sfx:door
In the Cámara Gesell, weeks later, Yanet says the same: she fell on the hillside, herding. The Fiscalía closes the case. # speaker:narrator # mood:withdrawn # ending:harmed_aunt_interpreted
-> END

=== family_meeting ===
Don Félix arrives in his poncho of office and greets everyone by name. He sits down opposite his daughter and promises, out loud, that it won't happen again. # speaker:narrator
Yanet listens without looking up. They ask her whether she agrees. # speaker:narrator # mood:withdrawn
—Arí. # speaker:yanet # mood:withdrawn
Don Félix signs the written promise and takes his daughter home. # speaker:narrator # sfx:door # ending:harmed_confronted_with_father
-> END

=== handled_in_family ===
The aunt signs the note and leads Yanet away by the hand. The teacher watches them go from the door. # speaker:narrator # sfx:door
No prosecutor receives the case. At school, Yanet no longer changes for PE. # speaker:narrator # ending:at_risk_handled_in_family
-> END

=== back_home ===
Yanet leaves the station as it is getting dark. That night she sleeps at her father's house. # speaker:narrator # sfx:door
Don Félix already knows there was a report: the aunt told him. Nobody made sure Yanet would be safe there. # speaker:narrator
The next day Yanet doesn't go to school. Nor the day after. # speaker:narrator # ending:at_risk_back_with_father
-> END

=== shut_down ===
Yanet hides her face between her knees and stops answering, in Quechua and in Spanish. # speaker:narrator # mood:withdrawn
—Manam... manam. # speaker:yanet # mood:withdrawn
There is no way to go on: every question pushes her further down. The commander ends the interview and the report goes out as it stands, two lines long; nobody knows whether she is safe at home. # speaker:narrator
That night Yanet sleeps at her father's house. When she is called to the Cámara Gesell, she says nothing. # speaker:narrator # ending:harmed_silenced
-> END
