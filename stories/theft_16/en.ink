# case: theft_16
# title: Kevin, detained over a phone
# summary: A patrol brings him in for taking a phone; he has a cut on his hand and asks for his grandmother.
# persona: kevin
# age: 16
# type: conflict_with_law
# requires: explain_rights_to_adolescent, notify_parents, request_defense_counsel, notify_family_prosecutor, keep_child_in_safe_area, screen_for_exploitation, contact_child_protection, record_child_words, release_to_safe_carer, brief_carer, confirm_safe_departure
# key: REC-03, ENV-02, COM-01, COM-05, REF-06, REF-07, DOC-01, DOC-02, CLO-02
# trust: 2
# distress: 4
# content_note: A sixteen-year-old detained in the act for taking a phone; he has a cut on his hand and later mentions an adult who makes him steal and beats him. No explicit violence.
# lang: en

VAR trust = 2
VAR distress = 4
VAR distress_streak = 0
VAR counsel_called = false
VAR exposed = false
VAR grandmother_hurt = false
VAR jefe_unaddressed = false

-> llegada

=== llegada ===
Thursday, six in the evening. At the front desk of the Los Álamos comisaría (police station) there is a queue of people filing reports and a television on with the sound off. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
Officer Ramos comes in with a thin boy in a blue tracksuit, holding him by the elbow. He is not handcuffed. # speaker:narrator # sfx:door # arrives:colleague_m
—He took a lady's phone off a table at the juice bar on Las Lomas. A man caught him at the corner. The phone's already been given back to her; it's an old one. He cut his hand on the railings when he fell. # speaker:colleague_m
The boy presses his hand against his tracksuit. The fabric is getting stained with blood. He stares at the ceiling, jaw clenched. # speaker:narrator # mood:angry # event:urgent_need
-> herida

= herida
+ ["Let me see that hand, no rush. Does it hurt a lot? Did you hit yourself anywhere else when you fell?" #do:check_urgent_needs]
    —Let me see that hand, no rush. Does it hurt a lot? Did you hit yourself anywhere else when you fell? # speaker:officer
    Kevin opens his hand slowly. It is a cut across the palm, not very deep, still bleeding. # speaker:narrator # mood:angry
    —Just the hand. It's nothing. # speaker:kevin
    Ramos brings the first-aid kit and the two of you bandage the hand. # speaker:narrator # arrives:colleague_m
+ [Pass him the first-aid kit so he can clean the cut himself, and meanwhile ask if it hurts or if he's hurt elsewhere. #do:check_urgent_needs]
    —Here, you clean it, you know where it hurts. Any other knocks, your head, your ribs? # speaker:officer
    Kevin cleans the cut with the gauze, without looking at you. He shakes his head. It is a cut across the palm, not very deep. # speaker:narrator # mood:angry
    —Only the hand. # speaker:kevin
+ ["Sit there. First your details for the arrest report: name, age, address. We'll look at the hand afterwards." #do:paperwork_first]
    —Sit there. First your details for the arrest report: name, age, address. We'll look at the hand afterwards. # speaker:officer
    —Kevin... Kevin Huarcaya. Sixteen. # speaker:kevin # mood:angry
    While you write, blood drips onto the counter. After a while Ramos fetches the first-aid kit without being asked. # speaker:narrator # arrives:colleague_m
+ [First draft the request to Medicina Legal, so that the forensic doctor can certify the wound before anyone touches it. #do:paperwork_first]
    You draft the request to Medicina Legal (the forensic medical service). Kevin waits standing, his hand pressed against his tracksuit. # speaker:narrator # sfx:paper # mood:angry
    Twenty minutes later the blood has soaked his sleeve. Ramos puts a gauze pad on it without asking you. # speaker:narrator # arrives:colleague_m
- -> donde

= donde
The station commander comes out of his office and looks at the boy. # speaker:narrator # sfx:door # phase:environment
—And this one? Put him in the cells for a while, that'll take the cheek out of him. # speaker:commander
+ ["Commander, he's just a minor: he can't be with detainees. He goes to the family office, and the clinic sees his hand." #do:keep_child_in_safe_area #do:arrange_medical_care]
    —Commander, he's just a minor: he can't be with detainees. He goes to the family office, and the clinic sees his hand. # speaker:officer
    The commander shrugs and goes back into his office. A little later a nurse from the local health post cleans the cut and puts a fresh bandage on it. # speaker:narrator
+ [Sit him on the bench in the corridor by the cells, where the guard can keep an eye on him, without locking him up. #do:place_child_near_detainees]
    Kevin sits on the bench. From the cell, a detainee whistles at him and asks what he got caught for. He looks at the floor. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
    Half an hour later, Officer Huamán takes him to the family office. # speaker:narrator # sfx:footsteps # arrives:colleague_f
+ [Leave him on the bench in the hall, among the people queuing, so he doesn't feel locked up like a prisoner while he waits. #do:place_child_near_detainees]
    Kevin sits among the people waiting. A woman recognises him and films him on her phone. He covers his face with his arm. # speaker:narrator # mood:scared
    Half an hour later, Officer Huamán takes him to the family office. # speaker:narrator # sfx:footsteps # arrives:colleague_f
- -> oficina

= oficina
Kevin sits in the family office, his hand bandaged. His leg jiggles non-stop. # speaker:narrator # scene:office # ambient:quiet_room # phase:communication
—Are you going to lock me up? # speaker:kevin # mood:anxious
-> derechos

= derechos
+ ["I'm Sánchez, police. You're held over the phone. You can stay silent, we'll call your family, you get a lawyer, OK?" #do:introduce_self_simply #do:explain_rights_to_adolescent]
    —Right, Kevin: I'm Sánchez, a police officer. You're being held over the phone. You won't be put with adults. You have the right to have your family told, to a free lawyer from now on, and to say nothing if you don't want to. What would you like to ask me? # speaker:officer
    —So I don't have to talk? # speaker:kevin # mood:anxious
    —No. And nobody will ask you about what happened without your lawyer. # speaker:officer
+ [Read him the rights form of the Code of Criminal Responsibility of Adolescents aloud, in full, without skipping a word. #do:use_jargon #do:explain_rights_to_adolescent]
    —You are hereby informed that you are detained for the alleged commission of an infringement of criminal law against property, and that you are entitled to the rights enshrined in the Code of Criminal Responsibility of Adolescents... # speaker:officer
    Kevin signs where you point. Then he looks at the floor. He hasn't understood a thing. # speaker:narrator # mood:withdrawn
+ [Hand him the printed rights leaflet so he can read it calmly on his own and sign that he's been informed. #do:use_jargon #do:explain_rights_to_adolescent]
    Kevin stares at the sheet for a long time: "guarantees", "in flagrante", "proceedings". He signs at the bottom without asking anything. # speaker:narrator # sfx:paper # mood:withdrawn
+ ["You've got the right to stay silent, sure. But if you tell me now who else was there, you'll be out sooner." #do:explain_rights_to_adolescent #do:pressure_or_bargain]
    —You've got the right to stay silent, sure. But if you tell me now who else was there, you'll be out sooner. # speaker:officer
    —I'm not saying anything. # speaker:kevin # mood:angry
- -> abuela

= abuela
{ distress_streak >= 2: -> derrumbe }
—Call my grandma. She's the one who brings me up. # speaker:kevin # mood:anxious
+ [Give him a glass of water and call his grandmother right now in front of him, on speaker, so he hears every word you say to her. #do:notify_parents #do:pause_for_child]
    Kevin downs the water in one go. You dial the number he gives you. # speaker:narrator # sfx:phone
    —Good evening, señora Juana. I'm calling from the Los Álamos comisaría. Kevin is here, detained over a phone; he's all right, he has a cut on his hand that's been treated. We need you to come. # speaker:officer
    Kevin listens without looking at you. His shoulders drop a little. # speaker:narrator # mood:anxious
+ ["Here, drink this water. Call her yourself from my phone, on speaker; afterwards I'll explain the rest to your grandma." #do:notify_parents #do:pause_for_child]
    Kevin drinks the water and dials the number from memory. # speaker:narrator # sfx:phone
    —Grandma, it's me. I'm at the Los Álamos police station... No, I'm OK. —He hands you the phone. # speaker:kevin # mood:anxious
    You explain to Doña Juana where her grandson is, why, and that they need her to come. Kevin breathes more slowly. # speaker:narrator
+ ["First you and I finish the report, calmly. We'll call your grandma once you've told me properly how it went." #do:pressure_or_bargain]
    —First you and I finish the report, calmly. We'll call your grandma once you've told me properly how it went. # speaker:officer
    —Then I'm not talking. # speaker:kevin # mood:angry
    Later Ramos finds out that a neighbour has already told the grandmother. Nobody from the station has called her. # speaker:narrator # arrives:colleague_m
- -> defensa

= defensa
{ distress_streak >= 2: -> derrumbe }
It is a quarter to seven. Kevin has been detained for almost an hour. # speaker:narrator # phase:referral
+ [Ask the Defensa Pública (public defence service) to send a defender now, and call the duty family prosecutor; log both times. #do:request_defense_counsel #do:notify_family_prosecutor]
    ~ counsel_called = true
    The Defensa Pública tells you that Dr Villena will be there within the hour. The duty family prosecutor, Dr Paredes, takes note and says she will come at half past eight. You log both times. # speaker:narrator # sfx:phone
+ ["I'll inform the family prosecutor. I'll take his statement right now, with Ramos as witness; the defender can sign it later." #do:notify_family_prosecutor #do:ask_open_question]
    The duty family prosecutor takes note and says she will come at half past eight. # speaker:narrator # sfx:phone
    —Right, Kevin, while the lawyer's on his way, tell me how it went with the phone. # speaker:officer
    —Now? With nobody here? # speaker:kevin # mood:scared
    Kevin shrinks into the chair. In the end he says something, quietly, which you write down as his statement. # speaker:narrator # mood:scared
+ ["I've told the prosecutor. Just between us, no lawyer needed, tell me how it went and I'll help you with her, OK?" #do:notify_family_prosecutor #do:question_without_counsel]
    You call the duty family prosecutor, who takes note. Then you sit down opposite Kevin. # speaker:narrator # sfx:phone
    —I've told the prosecutor. Just between us, no lawyer needed, tell me how it went and I'll help you with her, OK? # speaker:officer
    Kevin hesitates. In the end he tells you something, half of it, which you write down as his statement. # speaker:narrator # mood:anxious
- -> prensa

= prensa
{ distress_streak >= 2: -> derrumbe }
Ramos looks in at the door. # speaker:narrator # sfx:door # arrives:colleague_m
—Colleague, there's a reporter from a local channel at the front desk. He wants to film "the phone thief". He says the lady has already given him an interview. # speaker:colleague_m # event:media_present
+ [Go out to the front desk yourself and tell him: "He's a minor. No filming, no name, no neighbourhood, full stop." #do:protect_identity]
    —Sir, he's a minor. No filming, no name, no neighbourhood, and the report is not public. # speaker:officer
    The reporter complains for a while and goes off to film the front of the building. When you come back, you close the office door. # speaker:narrator # sfx:door
+ [Close the door, lower the blind and ask Ramos to send the reporter away: nobody gets filmed in this station. #do:protect_identity]
    —Nobody's going to film you, Kevin. Nobody's coming in here. # speaker:officer
    Ramos sends the reporter away at the front desk. Kevin lowers the collar of his tracksuit a little. # speaker:narrator # sfx:door # mood:anxious # arrives:colleague_m
+ ["Let them film him from behind, no face and no name, and they'll leave happy. Then nobody bothers him again all night." #do:expose_identity]
    ~ exposed = true
    The cameraman films Kevin from behind, through the half-open door: the blue tracksuit, the bandaged hand. # speaker:narrator # sfx:door # mood:scared
+ [Let Kevin tell his side of it to the camera, with his hood up, so that they don't paint him as a thief. #do:expose_identity]
    ~ exposed = true
    Kevin says two sentences to the camera, hood up: that he's not a thief, that he lives with his grandmother up the hill. # speaker:narrator # mood:scared
- -> llega_abuela

= llega_abuela
{ distress_streak >= 2: -> derrumbe }
An older woman arrives at the office carrying a bag of emoliente (a hot herbal drink she sells) and still wearing her apron. She is out of breath. # speaker:narrator # sfx:footsteps
—Where's my Kevin? What has this boy done? # speaker:grandmother
+ [Show her in, give her some water and leave her a few minutes beside Kevin before calmly explaining what happens next. #do:receive_carer_respectfully #do:pause_for_child]
    Doña Juana sits down next to her grandson. She straightens the collar of his tracksuit without a word. You wait at the door. # speaker:narrator # mood:anxious # arrives:grandmother
    After a while, you explain what happened and what comes next. # speaker:narrator
+ ["Come in, señora Juana, sit with him. Kevin is all right, his hand has been treated; take your time." #do:receive_carer_respectfully #do:pause_for_child]
    —Come in, señora Juana, sit with him. Kevin is all right, his hand has been treated; take your time. # speaker:officer
    Doña Juana sits next to her grandson and takes his good hand. Kevin doesn't let go. # speaker:narrator # mood:anxious # arrives:grandmother
+ [Explain to her that a boy out alone on the street this late ends up like this, and ask who watches him. #do:blame_carer]
    ~ grandmother_hurt = true
    —Señora, a boy out alone on the street at this hour ends up like this. Who keeps an eye on him when you're out selling? # speaker:officer
    —I work all day, jefe... —Doña Juana puts the bag down and goes out into the corridor. She doesn't come back in; she sits on the bench by the door. # speaker:grandmother
    Kevin is left alone with you. He stares at the door his grandmother went out of. # speaker:narrator # mood:angry
+ ["Señora, do you know what your grandson gets up to at this hour? Who keeps an eye on him at home?" #do:blame_carer]
    ~ grandmother_hurt = true
    —Señora, do you know what your grandson gets up to at this hour? Who keeps an eye on him at home? # speaker:officer
    —I work all day, jefe. —Doña Juana puts the bag down and goes out into the corridor. She doesn't come back in; she sits on the bench by the door. # speaker:grandmother
    Kevin is left alone with you. He stares at the door his grandmother went out of. # speaker:narrator # mood:angry
- -> version

= version
{ distress_streak >= 2: -> derrumbe }
{ counsel_called:
    The public defender, Dr Villena, arrives and talks with Kevin alone for a while. Then she signals you to come in. # speaker:narrator # sfx:door
    —Kevin knows he can stay silent. If he wants to give his version, let it be now, with me present. # speaker:defender
- else:
    Nobody has called the Defensa Pública. The report already holds what Kevin said, without a lawyer. # speaker:narrator
}
+ ["Kevin, it's up to you whether you tell me anything. If you'd rather not talk, that's fine; I'll note it." #do:let_child_decide]
    —Kevin, it's up to you whether you tell me anything. If you'd rather not talk, that's fine; I'll note it. # speaker:officer
    —I'd rather not talk. # speaker:kevin # mood:anxious
    You write it down. Kevin lets out his breath, as if a weight had gone. # speaker:narrator
+ [Ask him whether he'd rather give his version today or later, before the prosecutor, and respect what he decides. #do:let_child_decide]
    —You can give your version today or later, before the prosecutor and with a lawyer. Or not give it. It's your call. # speaker:officer
    { counsel_called && trust >= 6:
        Kevin looks at Dr Villena, who nods. —The phone was on the table at the juice bar. I grabbed it and ran. The man caught up with me at the railings and I fell. That's all. # speaker:kevin # mood:anxious
    - else:
        —Later. # speaker:kevin # mood:withdrawn
        You write it down. # speaker:narrator
    }
+ ["Own up to the phone and the prosecutor gives you something light. Play dumb and you go straight to Maranguita, son." #do:pressure_or_bargain]
    —Own up to the phone and the prosecutor gives you something light. Play dumb and you go straight to Maranguita, son. # speaker:officer
    At the name of Lima's juvenile detention centre, Kevin stops looking up. # speaker:narrator # mood:scared
+ ["Tell me the truth and I'll put in a good word with the prosecutor. It's for your own good, trust me." #do:pressure_or_bargain]
    —Tell me the truth and I'll put in a good word with the prosecutor. It's for your own good, trust me. # speaker:officer
    Kevin looks at you for a moment, weighing it up. Then he looks at the door. He says nothing. # speaker:narrator # mood:anxious
- -> registro

= registro
{ distress_streak >= 2: -> derrumbe }
You have to put everything in writing for the prosecutor. # speaker:narrator # sfx:paper # phase:documentation
+ [Write down his words exactly, in quotation marks, even if he said he didn't want to talk; who was present and at what time. #do:record_child_words]
    You write his words exactly, who was present and the times of each call. # speaker:narrator # sfx:paper
+ [Sum it up with the usual formula, "the minor admits the facts", so that the report gets through quickly. #do:record_interpretation]
    You write: "The minor admits the facts." Kevin never said that. # speaker:narrator # sfx:paper
+ [Write that he seems remorseful and cooperative, though he never said so, so the prosecutor goes easier on him. #do:record_interpretation]
    You write: "The minor appears remorseful and cooperative." Kevin said nothing of the kind. # speaker:narrator # sfx:paper
- -> casa

= casa
{ distress_streak >= 2: -> derrumbe }
While they wait for the prosecutor, Doña Juana steps out to call her neighbour to bring Kevin's DNI (national ID card). Kevin stays with you in the office. # speaker:narrator # phase:protection # leaves:grandmother
+ ["I'm not going to ask you about the phone. How are things at home, and out on the street? Do you owe anyone anything?" #do:screen_for_exploitation]
    —I'm not going to ask you about the phone. I wanted to know how you're doing. How are things at home, and out on the street? Does anyone ask things of you, or do you owe anybody anything? # speaker:officer
    { trust >= 4:
        Kevin looks at his bandage for a long while. # speaker:narrator # mood:anxious
        —There's a jefe... a boss. He keeps the phones. If I come back with nothing, he beats me. My grandma doesn't know. Don't tell anyone. # speaker:kevin # mood:scared # event:exploitation_sign
        -> jefe
    - else:
        —Normal. # speaker:kevin # mood:withdrawn
        He says nothing more. # speaker:narrator
        ~ jefe_unaddressed = true
        -> soltar
    }
+ [Chat about football so he relaxes: "Which team do you support? Did you catch the match on Sunday night?" #do:build_rapport]
    —Which team do you support? Did you catch the match on Sunday? # speaker:officer
    —Cristal. # speaker:kevin # mood:calm
    You talk about the match until Doña Juana comes back. # speaker:narrator # arrives:grandmother
    ~ jefe_unaddressed = true
    -> soltar
+ ["Between you and me: who sends you out to steal? Give me his name and I'll tell the prosecutor you cooperated with us, yes?" #do:pressure_or_bargain]
    —Between you and me: who sends you out to steal? Give me his name and I'll tell the prosecutor you cooperated with us, yes? # speaker:officer
    —Nobody sends me. —Kevin folds his arms and doesn't speak again. # speaker:kevin # mood:scared
    ~ jefe_unaddressed = true
    -> soltar

= jefe
+ ["Thank you for telling me. An adult forcing you and hitting you isn't your fault. The prosecutor must know." #do:express_belief #do:explain_who_must_know]
    —Thank you for telling me. An adult forcing you to steal and hitting you is not your fault. The prosecutor and your lawyer have to know, so they can protect you; I won't go telling anyone else. # speaker:officer
    Kevin nods. For the first time all evening, he looks you in the face. # speaker:narrator # mood:relieved
+ ["Thank you for trusting me, Kevin. Easy now, yeah? This stays just between you and me; I won't tell a soul, I promise." #do:express_belief #do:promise_secrecy]
    —Thank you for trusting me, Kevin. Easy now, yeah? This stays just between you and me; I won't tell a soul, I promise. # speaker:officer
    Kevin nods, relieved. He doesn't know yet that it's a promise you won't be able to keep. # speaker:narrator # mood:relieved
+ ["Give me the boss's name and where he hangs out. Cooperate and I'll tell the prosecutor; that'll help you." #do:pressure_or_bargain]
    —Give me the boss's name and where he hangs out. Cooperate and I'll tell the prosecutor; that'll help you. # speaker:officer
    —No... If he finds out, he'll kill me. —Kevin goes silent. # speaker:kevin # mood:scared
- -> derivar

= derivar
What Kevin told you cannot stay in this office. # speaker:narrator
+ [Call the DEMUNA about the risk Kevin is in, and tell the family prosecutor about the boss, in Kevin's own words. #do:contact_child_protection #do:notify_family_prosecutor]
    The duty DEMUNA (the municipal child-protection office) takes the details and calls Kevin and his grandmother in for Monday. Dr Paredes notes what Kevin said about the adult, in his words. # speaker:narrator # sfx:phone
+ [Tell the prosecutor as soon as she arrives and ask her to bring in the DEMUNA herself, so Kevin needn't repeat it. #do:notify_family_prosecutor #do:contact_child_protection]
    When Dr Paredes arrives, you tell her about the adult in Kevin's words. She calls the DEMUNA (the municipal child-protection office) there and then; they call the family in for Monday. # speaker:narrator # sfx:phone
+ ["That's a different case, señora: go to the DEMUNA tomorrow and report it yourself, if you want to, OK?" #do:defer_or_redirect]
    —That's a different case, señora: go to the DEMUNA tomorrow and report it yourself, if you want to, OK? # speaker:officer
    Doña Juana, who has just come back, nods without understanding what you mean. Kevin lowers his head. # speaker:narrator # mood:withdrawn
    ~ jefe_unaddressed = true
- -> soltar

= soltar
At half past eight, the family prosecutor, Dr Paredes, is at the station. She reviews the report and talks with Kevin{ counsel_called:, his defender} and his grandmother. # speaker:narrator # sfx:door # phase:closure
She puts it plainly: the phone is old, worth less than one minimum monthly wage, and back with its owner; it is a minor offence. Once Kevin has been identified and the urgent steps are done, the law requires that he be handed over to his grandmother. The investigation continues with him at liberty. # speaker:narrator
The commander grumbles from the doorway: —Let him sleep here tonight, teach him a lesson. # speaker:commander
+ [Hand him to his grandmother with the handover record; give her the appointment, the numbers and advice not to question him. #do:release_to_safe_carer #do:brief_carer]
    Doña Juana shows her DNI and Kevin's, which the neighbour brought. They sign the handover record. You note the time: two and a half hours since the arrest, far from the twenty-four-hour limit. # speaker:narrator # sfx:paper
    —Here's the record number, the appointment with the prosecutor and the numbers for the Defensa Pública and the DEMUNA. Please don't question him at home about what happened; the prosecutor and the defence will deal with that. # speaker:officer
    Doña Juana puts the paper in her purse, carefully folded. # speaker:narrator # mood:calm
+ ["You're right, commander: one night in the cells and first thing tomorrow I'll hand him to his grandmother." #do:hold_with_adults]
    -> final_calabozo
+ ["Right, señora, just take him, the prosecutor's signed it all. And you, Kevin, I don't want to see you round here again, got it?" #do:release_to_safe_carer #do:end_abruptly]
    —Right, señora, just take him, the prosecutor's signed it all. And you, Kevin, I don't want to see you round here again, got it? # speaker:officer
    Doña Juana signs the handover record without looking up. Nobody explains to her what happens next. Kevin follows her out, and nobody checks who is waiting outside. # speaker:narrator # mood:angry
    -> final_puerta
- -> salida

= salida
{ distress_streak >= 2: -> derrumbe }
{ grandmother_hurt:
    Doña Juana doesn't say a word to you. She waits at the door, the bag clutched to her chest. # speaker:narrator
}
Through the window you can see the reporter, still waiting on the pavement with his cameraman. # speaker:narrator # scene:front_desk
+ [Step out first to check the street, take them out by the side door, and ask Kevin if anyone might be waiting. #do:confirm_safe_departure #do:protect_identity]
    You step out into the side street first. Nobody is there. # speaker:narrator # sfx:footsteps
    { jefe_unaddressed:
        —Could anyone be waiting for you? —Kevin shrugs. —Dunno. # speaker:kevin # mood:withdrawn
    - else:
        —The boss doesn't know where my grandma lives —says Kevin. # speaker:kevin # mood:anxious
    }
    Doña Juana hails a mototaxi. # speaker:narrator
    -> desenlace
+ [Ask Ramos to drive them home in the patrol car, out through the garage, and watch whether anyone follows them. #do:confirm_safe_departure #do:protect_identity]
    Ramos drives the patrol car out through the garage. Kevin asks him to drop them a block before his house, so nobody sees him getting out of a patrol car. Ramos drops them and waits until they are inside. # speaker:narrator # sfx:door # arrives:colleague_m
    -> desenlace
+ [Say goodbye at the office door and call the next person in the queue; they have the record and know the way. #do:let_leave_unchecked]
    -> final_puerta
+ ["You've got nothing to hide": walk them out through the main door, even with the reporter waiting right there with his camera. #do:let_leave_unchecked #do:expose_identity]
    -> final_prensa

= desenlace
{ exposed: -> final_prensa }
{ jefe_unaddressed: -> final_jefe }
-> final_protegido

=== derrumbe ===
Kevin shuts down. He stops answering, even his grandmother; he just stares at the wall. # speaker:narrator # scene:office # mood:withdrawn
The station commander, who has seen it all from the doorway, asks you to hand the case over to Officer Huamán. # speaker:narrator # sfx:door # arrives:colleague_f
Kevin leaves that night with his grandmother. He never says another word to any police officer: not about the phone, not about anything else. # speaker:narrator # mood:withdrawn # ending:harmed_shut_down
-> END

=== final_calabozo ===
Kevin spends the night in the holding cells, with three adult detainees. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # sfx:door
In the morning he has a bruise on his cheekbone and won't say who did it. When the defender arrives, Kevin doesn't want to talk to anyone, not even his grandmother. # speaker:narrator # mood:withdrawn # ending:harmed_night_in_cell
-> END

=== final_prensa ===
That night, the local news runs ten seconds: Kevin's blue tracksuit, the bandage on his hand, the corner of his neighbourhood. # speaker:narrator # scene:front_desk # ambient:night_shift # mood:scared
On Monday, at school, everyone knows. And the man Kevin handed the phones to has seen it too. # speaker:narrator # ending:harmed_exposed
-> END

=== final_puerta ===
At the door, a young man on a motorbike waits with the engine running. —The boss is looking for you —he tells Kevin. # speaker:narrator # scene:front_desk # mood:scared
Doña Juana pulls him by the arm and walks him away. From inside the station, nobody sees them. # speaker:narrator # ending:at_risk_waiting_outside
-> END

=== final_jefe ===
Kevin leaves with his grandmother. Three weeks later, Ramos sees him again at the bus stop on Las Lomas avenue, eyeing people's phones. About the boss, nothing was ever written down at the station. # speaker:narrator # mood:withdrawn # ending:at_risk_jefe # arrives:colleague_m
-> END

=== final_protegido ===
The DEMUNA sees Doña Juana and Kevin on Monday, and the prosecutor's office opens an investigation into the adult who uses boys to steal. Before leaving, Kevin raises his bandaged hand to wave goodbye. # speaker:narrator # mood:relieved # ending:protected_grandmother
-> END
