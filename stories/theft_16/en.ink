# case: theft_16
# title: Kevin, detained over a phone
# summary: A patrol brings him in for snatching a phone; he has a cut on his hand and asks for his grandmother.
# persona: kevin
# age: 16
# type: conflict_with_law
# requires: explain_rights_to_adolescent, notify_parents, request_defense_counsel, notify_family_prosecutor, keep_child_in_safe_area, screen_for_exploitation, contact_child_protection, record_child_words, release_to_safe_carer, brief_carer, confirm_safe_departure
# key: REC-03, ENV-02, COM-01, COM-05, REF-06, REF-07, DOC-01, DOC-02, CLO-02
# trust: 2
# distress: 6
# content_note: A sixteen-year-old detained in the act for snatching a phone; he has a cut on his hand and later mentions an adult who makes him steal and beats him. No explicit violence.
# lang: en

VAR trust = 2
VAR distress = 6
VAR jefe_unaddressed = false
VAR counsel_called = false

-> llegada

=== llegada ===
Thursday, six in the evening. At the front desk of the Los Álamos comisaría (police station) there is a queue of people filing reports and a television on with the sound off. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
Officer Ramos comes in with a thin boy in a blue tracksuit, holding him by the elbow. He is not handcuffed. # speaker:narrator # sfx:door
—He took a lady's phone at the juice bar on Las Lomas avenue. A man caught him at the corner. The phone has been given back to its owner. He cut his hand on the railings when he fell. # speaker:colleague_m
The boy presses his hand against his tracksuit. The fabric is getting stained with blood. He stares at the ceiling, jaw clenched. # speaker:narrator # mood:angry # event:urgent_need
-> herida

= herida
+ [Look at the hand first: ask whether it hurts, whether he hit himself anywhere else, and ask for the first-aid kit. #do:check_urgent_needs]
    —Let me see that hand. Does it hurt? Did you hurt yourself anywhere else when you fell? # speaker:officer
    —Just the hand. It's nothing. # speaker:kevin # mood:angry
    It is a cut across the palm, not very deep, still bleeding. Ramos goes for the first-aid kit. # speaker:narrator
+ ["First the arrest report: name, DNI, address. We'll look at the hand afterwards." #do:paperwork_first]
    —First the arrest report: name, DNI (national ID card), address. We'll look at the hand afterwards. # speaker:officer
    —Kevin... Kevin Huarcaya. I don't have my DNI on me. # speaker:kevin # mood:angry
    While you write, blood drips onto the counter. # speaker:narrator
+ ["Right, how many phones have you got today? Out with it." #do:ask_why_or_blame]
    —Right, how many phones have you got today? Out with it. # speaker:officer
    —None. Just one. # speaker:kevin # mood:angry
    People in the queue turn to look. Someone laughs. # speaker:narrator
- -> donde

= donde
{ distress >= 9: -> derrumbe }
The station commander comes out of his office and looks at the boy. # speaker:narrator # sfx:door # phase:environment
—And this one? Put him in the cells for a while, that'll take the cheek out of him. # speaker:commander
+ ["Commander, he's a minor: I'll take him to the family office, away from the cells, and we'll treat his hand there." #do:keep_child_in_safe_area #do:move_to_private_room #do:arrange_medical_care]
    —Commander, he's a minor. I'll take him to the family office, away from the cells, and we'll treat his hand there. # speaker:officer
    The commander shrugs and goes back into his office. # speaker:narrator
    -> oficina
+ [Take him to the cells, as the commander says. #do:hold_with_adults #do:place_child_near_detainees]
    -> final_calabozo
+ [Leave him sitting on the bench in the hall, in full view, until someone from his family arrives. #do:place_child_near_detainees]
    Kevin sits on the bench among the people waiting. A woman films him on her phone. He covers his face with his arm. # speaker:narrator # mood:withdrawn
    Half an hour later, Huamán takes him to the family office and cleans his hand. # speaker:narrator
    -> oficina

= oficina
Kevin sits in the family office, his hand bandaged. His leg jiggles non-stop. # speaker:narrator # scene:office # ambient:quiet_room # phase:communication
-> derechos

= derechos
{ distress >= 9: -> derrumbe }
+ [Introduce yourself by name and explain in plain words why he is here and what his rights are: his family will be told, he gets a free lawyer from now on, and he does not have to talk about what happened. #do:introduce_self_simply #do:explain_rights_to_adolescent]
    —Kevin, my name is Sánchez, I'm a police officer. You're here because they say you took a phone. You have rights: we're going to tell your family, you'll have a free lawyer from now on, and you don't have to tell me anything about the phone if you don't want to. Did you understand? What would you like to ask me? # speaker:officer
    —So I don't have to talk? # speaker:kevin # mood:anxious
    —No. And nobody will ask you about what happened without your lawyer. # speaker:officer
+ [Read him the rights form exactly as it is written. #do:use_jargon #do:explain_rights_to_adolescent]
    —You are hereby informed that you are detained for the alleged commission of an infringement of criminal law against property, in the form of attempted aggravated theft, and that you are entitled to the rights enshrined in the Code of Criminal Responsibility of Adolescents... # speaker:officer
    Kevin stares at you without understanding. Then he looks at the floor. # speaker:narrator # mood:withdrawn
+ ["Look, if you cooperate and tell me the truth right now, you'll be home quickly." #do:pressure_or_bargain]
    —Look, if you cooperate and tell me the truth right now, you'll be home quickly. # speaker:officer
    —I'm not saying anything. # speaker:kevin # mood:angry
- -> abuela

= abuela
{ distress >= 9: -> derrumbe }
—Call my grandma. # speaker:kevin # mood:anxious
+ ["Yes. Give me her number; I'll call her now, in front of you." #do:notify_parents]
    —Yes. Give me her number; I'll call her now, in front of you. # speaker:officer
    —Good evening, señora Juana. I'm calling from the Los Álamos comisaría. Your grandson Kevin is here, he's all right; he has a cut on his hand that we've already treated. We need you to come. # speaker:officer # sfx:phone
    Kevin listens without looking at you. His shoulders drop a little. # speaker:narrator # mood:anxious
+ ["First you and I talk; we'll call your grandma later." #do:pressure_or_bargain]
    —First you and I talk. We'll call your grandma later. # speaker:officer
    —Then I'm not talking. # speaker:kevin # mood:angry
+ [Call her and tell her what you think: "Señora, your grandson goes around stealing; is that how you bring him up?" #do:notify_parents #do:blame_carer]
    —Señora Juana, your grandson is at the police station. He goes around stealing phones. Is that how you bring him up? # speaker:officer # sfx:phone
    Kevin clenches his fists. His eyes fill with tears and he turns his face away. # speaker:narrator # mood:angry
- -> defensa

= defensa
{ distress >= 9: -> derrumbe }
It is a quarter to seven. Kevin has been detained for almost an hour. # speaker:narrator # phase:referral
+ [Ask the duty Defensa Pública (public defence service) for a public defender and report the detention to the Fiscalía de Familia (family prosecutor); note the time of each call. #do:request_defense_counsel #do:notify_family_prosecutor]
    The duty family prosecutor takes note and says she will come within the hour. The Defensa Pública sends a defender. You note the times. # speaker:narrator # sfx:phone
    ~ counsel_called = true
+ ["It's not worth bothering the prosecutor or the defence over a phone. I'll take his statement right now and be done." #do:ask_open_question]
    —Right, Kevin, tell me how it went with the phone. # speaker:officer
    —Now? With nobody else here? # speaker:kevin # mood:scared
    Kevin shrinks into the chair. In the end he says something, quietly, which you write down as his statement. # speaker:narrator # mood:scared
+ [Report the case to the Fiscalía de Familia and leave the lawyer question to the prosecutor when she arrives. #do:notify_family_prosecutor]
    The duty family prosecutor takes note. You say nothing about a lawyer. # speaker:narrator # sfx:phone
- -> prensa

= prensa
{ distress >= 9: -> derrumbe }
Ramos looks in at the door. # speaker:narrator # sfx:door
—Colleague, there's a reporter from a local channel at the front desk. He wants to film "the phone thief". He says the lady has already given him an interview. # speaker:colleague_m # event:media_present
+ [Tell the reporter no: he is a minor, there is no filming and no name or neighbourhood given out; close the office door. #do:protect_identity]
    —That's not possible, sir. He's a minor: no filming, no name, no neighbourhood. # speaker:officer
    The reporter complains at the front desk for a while and goes off to film the front of the building. You close the office door. # speaker:narrator # sfx:door
+ [Let them film him from behind, "without his face", so they stop bothering you. #do:expose_identity]
    -> final_prensa
+ [Go out to the front desk and answer him: "He's a sixteen-year-old from up the hill; they caught him with the phone." #do:discuss_case_in_public #do:expose_identity]
    -> final_prensa
- -> llega_abuela

= llega_abuela
{ distress >= 9: -> derrumbe }
An older woman arrives at the office carrying a bag of emoliente (a hot herbal drink she sells) and still wearing her apron. She is out of breath. # speaker:narrator # sfx:footsteps
—Where's my Kevin? What has this boy done? # speaker:grandmother
+ [Receive her respectfully: "Señora Juana, please sit down. Kevin is all right; his hand has been treated. I'll explain what is happening." #do:receive_carer_respectfully]
    —Señora Juana, please sit down. Kevin is all right; his hand has been treated. I'll explain what is happening and what comes next. # speaker:officer
    Doña Juana sits next to her grandson and takes his good hand. Kevin doesn't let go. # speaker:narrator # mood:anxious
+ ["Señora, do you know what your grandson gets up to? Who keeps an eye on him at home?" #do:blame_carer]
    —Señora, do you know what your grandson gets up to? Who keeps an eye on him at home? # speaker:officer
    —I work all day, chief... —says Doña Juana, and her voice breaks. Kevin stares at the wall. # speaker:grandmother # mood:angry
+ ["To come in I need your DNI and the minor's birth certificate; without them you can't enter." #do:demand_formalities]
    —To come in I need your DNI and the minor's birth certificate. Without them you can't enter. # speaker:officer
    —The certificate is at home... —Doña Juana stays at the door, bag in hand, until Huamán lets her in. # speaker:grandmother # mood:anxious
- -> version

= version
{ distress >= 9: -> derrumbe }
{ counsel_called:
    The public defender arrives and talks with Kevin alone for a while. Then she signals you to come in. # speaker:narrator # sfx:door
    —Kevin knows he can stay silent. If he wants to give his version, let it be now, with me present. # speaker:defender
- else:
    Nobody has called the Defensa Pública. Kevin is alone with you and his grandmother. # speaker:narrator
}
+ ["Kevin, it's up to you whether you tell what happened or not. If you want to, I'm listening." #do:let_child_decide #do:ask_open_question]
    —Kevin, it's up to you whether you tell what happened or not. If you want to, I'm listening. # speaker:officer
    { trust >= 6:
        —The phone was on the table at the juice bar. I grabbed it and ran. The man caught up with me at the railings and I fell. That's all. # speaker:kevin # mood:anxious
    - else:
        —I don't want to talk. # speaker:kevin # mood:withdrawn
        You write that down. # speaker:narrator
    }
+ ["If you confess, the prosecutor will give you something light. If not, they'll send you to Maranguita." #do:pressure_or_bargain]
    —If you confess, the prosecutor will give you something light. If not, they'll send you to Maranguita (the juvenile detention centre). # speaker:officer
    Kevin no longer looks up. His grandmother covers her mouth. # speaker:narrator # mood:scared
+ ["Why do you steal, when you're young and healthy? Aren't you ashamed in front of your grandma?" #do:ask_why_or_blame]
    —Why do you steal, when you're young and healthy? Aren't you ashamed in front of your grandma? # speaker:officer
    Kevin goes red and looks at his grandmother, who is crying silently. # speaker:narrator # mood:angry
- -> registro

= registro
{ distress >= 9: -> derrumbe }
You have to put everything in writing for the prosecutor. # speaker:narrator # sfx:paper # phase:documentation
+ [Write down what Kevin said in his own words, in quotation marks, who was present and the time of each notification. #do:record_child_words]
    You write his words exactly, who was present and the times of each call. # speaker:narrator # sfx:paper
+ [Sum it up in the report: "The minor admits to belonging to a gang dedicated to stealing phones." #do:record_interpretation]
    You write: "The minor admits to belonging to a gang dedicated to stealing phones." Kevin never said that. # speaker:narrator # sfx:paper
+ [Give Kevin a sheet of paper to write his own statement and sign it. #do:record_interpretation]
    Kevin writes three lines in cramped handwriting and signs them, without understanding what for. # speaker:narrator # sfx:paper
- -> casa

= casa
{ distress >= 9: -> derrumbe }
While they wait for the prosecutor, Doña Juana steps out to call her neighbour. Kevin stays with you in the office. # speaker:narrator # phase:protection
+ [Ask him, unhurried and without mentioning the phone, how things are at home and outside, whether anyone asks things of him or whether he owes anyone anything. #do:screen_for_exploitation]
    —I'm not going to ask you about the phone. I wanted to know how you are. How are things at home, and outside? Does anyone ask things of you, or do you owe anybody anything? # speaker:officer
    { trust >= 5:
        Kevin looks at his bandage for a long while. # speaker:narrator # mood:anxious
        —There's a jefe... a boss. He keeps the phones. If I come back with nothing, he beats me. My grandma doesn't know. # speaker:kevin # mood:scared # event:exploitation_sign
        -> jefe
    - else:
        —Normal. # speaker:kevin # mood:withdrawn
        He says nothing more. # speaker:narrator
        ~ jefe_unaddressed = true
        -> soltar
    }
+ [Talk about football to pass the time. #do:build_rapport]
    —Which team do you support? # speaker:officer
    —Cristal. # speaker:kevin # mood:calm
    You talk about Sunday's match until Doña Juana comes back. # speaker:narrator
    ~ jefe_unaddressed = true
    -> soltar
+ ["You're too old to be mixed up in this. Your grandma doesn't deserve it." #do:ask_why_or_blame]
    —You're too old to be mixed up in this. Your grandma doesn't deserve it. # speaker:officer
    Kevin folds his arms and doesn't speak again. # speaker:narrator # mood:angry
    ~ jefe_unaddressed = true
    -> soltar

= jefe
{ distress >= 9: -> derrumbe }
+ ["Thank you for telling me. If an adult forces you and beats you, that's not your fault. I have to tell the prosecutor and the DEMUNA, so they can protect you; your lawyer will know too." #do:express_belief #do:explain_who_must_know #do:screen_for_exploitation #do:contact_child_protection]
    —Thank you for telling me. If an adult forces you to steal and beats you, that is not your fault. I have to tell the prosecutor and the DEMUNA (the municipal child-protection office), so they can protect you. Your lawyer will know too. # speaker:officer
    Kevin nods. For the first time all evening, he looks you in the face. # speaker:narrator # mood:relieved
    You call the DEMUNA and record what Kevin said, in his words, and the time. # speaker:narrator # sfx:phone
+ ["Give me the boss's name and where he hangs out, and I'll tell the prosecutor you cooperated." #do:pressure_or_bargain]
    —Give me the boss's name and where he hangs out, and I'll tell the prosecutor you cooperated. # speaker:officer
    —No... If he finds out, he'll kill me. —Kevin goes silent. # speaker:kevin # mood:scared
    ~ jefe_unaddressed = true
+ ["That's a story. They all say there's a boss." #do:express_doubt_or_shock]
    —That's a story. They all say there's a boss. # speaker:officer
    Kevin gives a joyless laugh and looks at the wall. # speaker:narrator # mood:withdrawn
    ~ jefe_unaddressed = true
- -> soltar

= soltar
{ distress >= 9: -> derrumbe }
At half past eight the family prosecutor arrives. She reviews the report, talks with Kevin and his grandmother, and orders that Kevin be handed over to his grandmother; the investigation will continue with him at liberty. # speaker:narrator # sfx:door # phase:closure
+ [Check Doña Juana's DNI and relationship, and write the handover record with time and signatures, within the time limit. #do:verify_carer_identity #do:release_to_safe_carer]
    Doña Juana shows her DNI and Kevin's, which the neighbour brought. They sign the handover record. You note the time: two and a half hours since the arrest. # speaker:narrator # sfx:paper
+ ["Let him sleep in the cells tonight to teach him a lesson; the grandmother can come back tomorrow." #do:hold_with_adults]
    -> final_calabozo
+ ["Right, Kevin, clear off with your grandma, and I don't want to see you here again." #do:release_to_safe_carer #do:end_abruptly]
    —Right, Kevin, clear off with your grandma. And I don't want to see you here again. # speaker:officer
    Kevin gets up without a word. # speaker:narrator # mood:angry
- -> explicar

= explicar
{ distress >= 9: -> derrumbe }
Doña Juana puts on her cardigan. Kevin waits beside her, his bandaged hand in his pocket. # speaker:narrator
+ [Explain to Kevin what happens now, and give Doña Juana the record number, the appointment with the prosecutor, the numbers of the Defensa Pública and the DEMUNA, and ask her not to question him at home. #do:explain_next_steps #do:brief_carer]
    —Kevin, you're going home with your grandma now. The prosecutor will call you in; your lawyer will go with you. The DEMUNA will call you both. —And to Doña Juana—: Here is the record number and the phone numbers. Please don't question him at home about what happened; the prosecutor and the defence will deal with that. # speaker:officer
    Doña Juana puts the paper in her purse, carefully folded. # speaker:narrator # mood:calm
+ ["The prosecutor will call you. You can go now." #do:neutral]
    —The prosecutor will call you. You can go now. # speaker:officer
    Doña Juana asks when. Nobody answers her. # speaker:narrator
+ [Warn the grandmother in front of Kevin: "Next time he goes to jail for real, señora. Keep him in line." #do:blame_carer]
    —Next time he goes to jail for real, señora. Keep him in line. # speaker:officer
    Doña Juana lowers her head. Kevin walks ahead towards the door. # speaker:narrator # mood:angry
- -> salida

= salida
Through the window you can see the reporter, still waiting on the pavement with his cameraman. # speaker:narrator # scene:front_desk
+ [Before they leave, look outside; take them out through the side door, away from the camera, and ask whether anyone might be waiting for him. #do:confirm_safe_departure #do:protect_identity]
    You step out into the side street first. Nobody is there. Kevin says the boss doesn't know where his grandmother lives. Doña Juana hails a mototaxi. # speaker:narrator # sfx:footsteps
    { jefe_unaddressed: -> final_jefe | -> final_protegido }
+ [Say goodbye at the front desk and call the next person. #do:let_leave_unchecked]
    -> final_puerta
+ [Walk them out through the main door, even with the reporter there: "You've got nothing to hide." #do:let_leave_unchecked #do:expose_identity]
    -> final_prensa

=== derrumbe ===
Kevin shuts down. He stops answering, even his grandmother; he just stares at the wall. # speaker:narrator # scene:office # mood:withdrawn
The station commander, who has seen it all from the doorway, asks you to hand the case over to Officer Huamán. # speaker:narrator # sfx:door
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
Kevin leaves with his grandmother. Three weeks later, Ramos sees him again at the bus stop on Las Lomas avenue, eyeing people's phones. About the boss, nothing was ever written down at the station. # speaker:narrator # mood:withdrawn # ending:at_risk_jefe
-> END

=== final_protegido ===
The DEMUNA calls Doña Juana and Kevin in for the following week, and the prosecutor opens an investigation into the adult who uses boys to steal. Kevin gets into the mototaxi and, before it pulls away, raises his bandaged hand to wave goodbye. # speaker:narrator # mood:relieved # ending:protected_grandmother
-> END
