// Milagros (en): what the mother tells, the report, the measures, the prosecutors, Wilber's arrival and the record.

=== mother_account ===
-> gate ->
In the office next door, with the door ajar, Carmen sits on the edge of the chair. # speaker:narrator # scene:office # phase:disclosure # arrives:carmen
—Teacher Elena called me at two. She says that at break Milagros was crying and told her: "Wilber hurts me when my mum goes to work". And that it was a secret. # speaker:carmen
—I work nights in a sewing workshop, three nights a week. He looks after her. He's lived with us for two years. # speaker:carmen
+ ["Does Milagros tend to make things up, señora? Children get confused sometimes, and teachers do exaggerate." #do:express_doubt_or_shock #do:gather_facts_from_adult]
    —Does Milagros tend to make things up, señora? Children get confused sometimes, and teachers do exaggerate. # speaker:officer
    —No... she's not a liar. But I don't know what to think any more. # speaker:carmen
    She answers the rest in a low voice: since last year, he looks after her on the nights she works. # speaker:narrator
    In the other room, through the open door, Milagros has heard your question. She stops drawing. # speaker:narrator # mood:withdrawn
    -> report_decision
+ [Ask only what is needed: since when he has looked after her, whether he lives with them, and the teacher's number. #do:gather_facts_from_adult #do:receive_carer_respectfully]
    —Thank you for telling me, señora. I'll only ask what's necessary. Roughly since when has he been looking after her on his own? And could you give me Teacher Elena's number? # speaker:officer
    —Since last year, when I started the night shift. Here's the number. # speaker:carmen
    You call Teacher Elena, who confirms what Milagros told her, word for word. # speaker:narrator # sfx:phone
    -> report_decision
+ ["And you never noticed anything odd, señora? Two years living with him in the same house; you must have seen something." #do:blame_carer #do:gather_facts_from_adult]
    —And you never noticed anything odd, señora? Two years living with him in the same house; you must have seen something. # speaker:officer
    Carmen flushes red. Her eyes fill with tears. # speaker:narrator
    —So now it's my fault? I work all night to put food on the table... # speaker:carmen
    -> carer_hurt

=== carer_hurt ===
Carmen stands up and hitches her bag onto her shoulder. # speaker:narrator # sfx:chair
—I'd better take her home. I came here for help, not to be treated as an accomplice. # speaker:carmen
+ ["Calm down, señora, it's a routine question. If you leave now, your report won't go anywhere." #do:blame_carer]
    —Calm down, señora, it's a routine question. If you leave now, your report won't go anywhere. # speaker:officer
    -> ending_walked_out
+ [Tell her that if she won't cooperate it's her choice, but she mustn't say later that nobody helped her. #do:blame_carer]
    —If you won't cooperate, that's your choice, señora. But don't say later that the station didn't help you. # speaker:officer
    -> ending_walked_out
+ [Apologise: you put it badly, and she did the right thing bringing her in today. Ask her to sit down, please. #do:receive_carer_respectfully]
    —I'm sorry, señora. I put that badly. None of this is your fault, and you did the right thing bringing her in today. Please, sit down. # speaker:officer
    Carmen stays on her feet for a moment. Then she sits down again, still holding her bag. # speaker:narrator # sfx:chair # arrives:carmen
    —He's looked after her since last year, on the nights I work. # speaker:carmen
    -> report_decision

=== report_decision ===
-> gate ->
Carmen rubs her hands together. The phone vibrates again: "Wilber". # speaker:narrator # sfx:phone # arrives:carmen
—What if the teacher misunderstood? He's good to us... Wouldn't it be better if I talked to him first, at home? # speaker:carmen
+ ["Think it over, señora: a report like this can't be undone. Talk to him first, at home, calmly and quietly." #do:dissuade_report]
    —Think it over carefully, señora. A report like this can't be undone. Talk to him first, at home, calmly, and if you still want to, come back. # speaker:officer
    Carmen nods slowly, as if someone had given her permission not to believe. # speaker:narrator
    -> ending_sent_away
+ [Register the report and tell her to go home and rest, since the Fiscalía will send her a notice later on. #do:register_report #do:send_home_unassessed]
    —Your report is registered, señora. It goes to the Fiscalía. Go home and rest, and wait for their notice. # speaker:officer
    —Home? All right... # speaker:carmen
    Nobody asks her who will be in that house tonight. # speaker:narrator
    -> ending_home_tonight
+ ["You don't have to be sure, señora; the Fiscalía looks into that. I'll register it and we'll do the risk form." #do:register_report #do:assess_risk]
    —I understand this is very hard, señora. You don't have to be sure of anything: the Fiscalía (prosecutor's office) investigates that. I'm registering the report now, and we'll fill in the ficha de valoración de riesgo (risk assessment form) to see where Milagros will sleep tonight. # speaker:officer
    You fill in the form together. He lives in the house; Carmen works tonight; he told the girl it was "a secret"; he drinks sometimes. # speaker:narrator # sfx:paper
    —My mother, Señora Teodora, lives in El Progreso. We can go to her place. # speaker:carmen
    Tonight, Milagros will not go back to a house where he is. # speaker:narrator
    -> measures_step
+ ["Without a Medicina Legal certificate this can't go ahead, señora. Go there first and bring me back the result." #do:demand_formalities]
    —Without a certificate from Medicina Legal (the forensic medical service) this can't go ahead, señora. Go there first and bring me back the result. # speaker:officer
    —And where is that? Is it even open now? # speaker:carmen
    She doesn't know where to go. She collects Milagros from the next room. # speaker:narrator
    -> ending_sent_away

=== measures_step ===
-> gate ->
The form's result is severe risk: Wilber lives in the house, has a key and knows where the grandmother lives. # speaker:narrator # sfx:paper # phase:protection
+ ["Right now I'm sending the family court the request for measures, with the form, and calling the CEM psychologist." #do:request_protective_measures #do:refer_to_cem]
    —Right now I'm sending the family court the request for protective measures, with the form, señora. # speaker:officer
    -> shared_family_court("Wilber's removal from the home and an order not to come near Milagros or her mother") ->
    —With severe risk, the court has to decide within hours, not weeks. When it issues the measures, we are the ones who enforce them. # speaker:officer
    You also call the Centro Emergencia Mujer (CEM, the state support centre for women and families) that works at the station: a psychologist and a lawyer will support them from tomorrow. # speaker:narrator # sfx:phone
+ ["Protective measures are requested on Monday, señora, through the Family section; they aren't processed at weekends." #do:delay_protective_measures]
    —Protective measures are requested on Monday, señora, through the Family section. They aren't processed at weekends. # speaker:officer
    Carmen nods. She doesn't know the deadline runs from today, or that there is a court on duty. # speaker:narrator
    ~ fate = MAX(fate, 1)
+ [Refer her to the CEM, so that the lawyer there can see about the protective measures calmly, in the coming days. #do:refer_to_cem #do:delay_protective_measures]
    —I'm referring you to the CEM, señora. The lawyer there will see about the protective measures calmly, in the coming days. # speaker:officer
    Carmen writes the address on a scrap of paper. Nobody explains to her that the court can order Wilber out of the house from tomorrow. # speaker:narrator
    ~ fate = MAX(fate, 1)
- -> notifications

=== notifications ===
-> gate ->
It's 18:30. The right people still have to be informed. # speaker:narrator # phase:referral
+ [Call the family prosecutor: "Doctor, the girl's right next door; I'll put her on so she can tell you herself, OK?" #do:notify_family_prosecutor #do:ask_child_to_repeat]
    -> shared_call_family_prosecutor("an eight-year-old girl, Milagros", "18:35") ->
    —Doctor, the girl's right next door. I'll put her on so she can tell you herself, OK? # speaker:officer
    The prosecutor tells you not to. But Huamán has already held the phone out to Milagros in the next room, and the girl goes silent, the phone in her hand. # speaker:narrator # mood:withdrawn # arrives:colleague_f
    ~ fate = MAX(fate, 8)
+ ["That's enough for today, señora. Come back early on Monday with the girl and we'll see the rest with the prosecutor." #do:defer_or_redirect]
    —That's enough for today, señora. Come back early on Monday with the girl and we'll go through everything else with the prosecutor. # speaker:officer
    Carmen collects Milagros from the next room. Nobody calls any prosecutor that night. # speaker:narrator # sfx:door
    -> ending_drawer
+ [Call the family prosecutor on duty and then the criminal prosecutor, and send them both the risk assessment form. #do:notify_family_prosecutor #do:notify_criminal_prosecutor]
    -> shared_call_family_prosecutor("an eight-year-old girl, Milagros", "18:35") ->
    -> shared_call_criminal_prosecutor("an alleged sexual offence against an eight-year-old girl", "18:42") ->
- -> exam

=== exam ===
-> gate ->
Carmen looks at you, pen in hand. # speaker:narrator # phase:protection
—And now? Does she have to be examined? Will they ask her everything all over again? # speaker:carmen # mood:anxious
+ [Summon Milagros for Monday at nine to give her statement at the station, and send her on to Medicina Legal from here. #do:schedule_station_statement #do:request_forensic_exam]
    —On Monday at nine, bring Milagros to give her statement here, at the station, señora. The Family section takes it, and from here we send her on to Medicina Legal. That's all for today. # speaker:officer
    Carmen writes it down and leaves, holding Milagros's hand. She doesn't know there will be another interview after that one. # speaker:narrator # sfx:door # leaves:carmen
    -> ending_summoned
+ ["Nobody will question her here, señora: the Fiscalía arranges a single interview, and an exam she can stop." #do:arrange_single_interview #do:request_forensic_exam]
    —Nobody here will question her, señora. I'm asking the Fiscalía for the single interview. # speaker:officer
    -> shared_single_interview ->
    —And I'll ask for a doctor from Medicina Legal (the forensic medical service) to see Milagros, to look after her health, only if you agree. You'll be with her, and if there's something she doesn't like, she says "stop" and the doctor stops. Nobody here at the station is going to examine her. # speaker:officer
    Carmen signs the consent form. When you explain it to Milagros, she says all right, if her mum comes. # speaker:narrator # sfx:paper # mood:calm
+ ["Roll her sleeve up for a moment, señora, so I can see if there are bruises. Any marks, I'll put in the record." #do:examine_or_photograph_child]
    —Roll her sleeve up for a moment, señora, so I can see if there are bruises. Any marks, I'll put in the record. # speaker:officer
    Carmen hesitates, but brings Milagros in and rolls up her sleeve. The girl stands still, staring at the ceiling, while you look her over. There is nothing to note. # speaker:narrator # mood:withdrawn # arrives:carmen
    ~ fate = MAX(fate, 7)
+ ["Take her to Medicina Legal right now, señora; they're open twenty-four hours and it's compulsory." #do:force_forensic_exam]
    —Take her to Medicina Legal (the forensic medical service) right now, señora. They're open twenty-four hours and it's compulsory for the report to go ahead. Come back with the result. # speaker:officer
    Milagros doesn't know what Medicina Legal is, but she understands "compulsory". She clings to her mother. # speaker:narrator # mood:scared
    Carmen takes the sheet of paper and leaves with her daughter to find a taxi. # speaker:narrator # sfx:door # leaves:carmen
    -> ending_forced_exam
- -> suspect_arrives

=== suspect_arrives ===
-> gate ->
You hear the station door and a man's voice at the counter. Officer Ramos looks into the office. # speaker:narrator # sfx:door # arrives:colleague_m
—There's a Mr Wilber outside. He says he's the stepfather, he's come to take the girl home, and he wants to talk to the señora to clear everything up. # speaker:colleague_m # event:suspect_arrives
In the next room, Milagros has lifted her head: she knows that voice. # speaker:narrator # mood:scared
Carmen stands up. # speaker:narrator
—Let me go out and talk to him. Otherwise it'll be worse at home. # speaker:carmen
+ ["Let him come in for a bit, Ramos. If the three of them talk calmly, in front of me, maybe it'll all be cleared up." #do:allow_contact_with_suspect #do:arrange_confrontation]
    —Let him come in for a bit, Ramos. If the three of them talk calmly, in front of me, maybe it'll all be cleared up. # speaker:officer
    -> ending_face_to_face
+ ["Ramos, he doesn't get past the counter or find out where they are. Carmen, you don't have to talk to him today." #do:separate_from_suspect #do:refuse_confrontation]
    —Ramos, he doesn't get past the counter. Deal with him yourself, away from this corridor, and don't tell him where they are. Tell him the case is already with the Fiscalía, that he'll be summoned, and that he has to leave. # speaker:officer
    —Carmen, you don't have to talk to him today. Huamán, close the door and stay with Milagros. # speaker:officer
    Huamán closes the door and puts on some quiet music on her phone. Milagros curls up on a cushion. # speaker:narrator # sfx:door # mood:anxious # arrives:colleague_f
    -> suspect_gone
+ [If he's the one who looks after her at night, let him take the girl; Carmen finishes the paperwork and catches up. #do:release_to_suspect]
    —If he's the one who looks after her at night, let him take her home, señora. You finish the paperwork here and catch up with them. # speaker:officer
    -> ending_released
+ [Let Carmen go out for a moment to calm him down, as long as she tells him nothing about the report. #do:arrange_confrontation]
    —Go and calm him down for a bit, señora, but don't tell him anything about the report. That way it won't get worse. # speaker:officer
    Carmen goes out. She comes back twenty minutes later, dry-eyed, her voice different. # speaker:narrator # sfx:door # leaves:carmen
    —He says it's all lies, that the teacher hates him. We're going home. I'll talk to the girl myself. # speaker:carmen
    -> ending_back_home
+ [Take Carmen and Milagros across the yard to the back office, and have Ramos tell him he has to leave. #do:separate_from_suspect #do:refuse_confrontation]
    —Come with me, across the yard. We're going to the back office, away from the entrance. Carmen, you don't have to talk to him today. Ramos, tell him the case is already with the Fiscalía and that he has to leave. # speaker:officer
    You cross the yard quickly. Milagros leaves her crayons half packed away and holds on to Huamán's hand; the voice at the counter can no longer be heard. # speaker:narrator # sfx:footsteps # mood:anxious # arrives:colleague_f
    -> suspect_gone

=== suspect_gone ===
Shouting drifts in from the counter. Then the street door. # speaker:narrator # sfx:door
—He's gone. But he left his mototaxi parked on the corner. # speaker:colleague_m # event:suspect_leaves
Carmen sits down again. Her hands are shaking, but she nods. # speaker:narrator # arrives:carmen
-> record

=== record ===
-> gate ->
Ramos comes back into the office with his phone in his hand. You start writing up the record. # speaker:narrator # sfx:door # phase:documentation # arrives:colleague_m
—I'll take a photo of the girl for the report, OK? The commander wants everything in the station group chat, in case that man comes back. # speaker:colleague_m
+ ["OK, just one photo for the report, as long as it stays in the group." And in the record, what the teacher heard. #do:expose_identity #do:record_child_words]
    —OK, just one photo for the report. It stays in the group, all right? # speaker:officer
    Ramos takes the photo of Milagros, in her school uniform, while she draws. In the record you write, in quotation marks, what the teacher heard her say. # speaker:narrator # mood:anxious # arrives:colleague_m
    ~ fate = MAX(fate, 5)
+ [Refuse Ramos the photo and write in the record: "The minor states she was a victim of sexual abuse by her stepfather." #do:protect_identity #do:record_interpretation]
    —No photos, Ramos. # speaker:officer
    In the record you write: "The minor states she was a victim of sexual abuse by her stepfather." Milagros never said those words, and neither did the teacher. # speaker:narrator # sfx:paper
+ ["No photos of the girl, Ramos, not even for the report." And in the record, quoted, what the teacher heard her say. #do:protect_identity #do:record_child_words]
    —No, Ramos. No photos of Milagros, not in the report and not in any group. Her name doesn't leave this office either. # speaker:officer
    In the record you write what Teacher Elena heard Milagros say, exactly: "Wilber hurts me when my mum goes to work". You note who heard it, who told you, and at what time. # speaker:narrator # sfx:paper
- -> am_i_in_trouble
