// Milagros (en): what the mother tells, the report, Wilber's arrival.

=== mother_account ===
-> carer_gate ->
In the office next door, with the door ajar, Carmen sits on the edge of the chair. # speaker:narrator # scene:office # phase:disclosure
—Teacher Elena called me at two. She says that at break Milagros was crying and told her: "Wilber hurts me when my mum goes to work". And that it was a secret. # speaker:carmen
—I work nights in a sewing workshop, three nights a week. He looks after her. He's lived with us for two years. # speaker:carmen
+ [Listen and ask only what is needed: who, where, roughly since when, whether he lives with them. Take down the teacher's phone number. #do:gather_facts_from_adult #do:receive_carer_respectfully]
    —Thank you for telling me, señora. I'll only ask what's necessary. Roughly since when has he been looking after her on his own? And could you give me Teacher Elena's number? # speaker:officer
    —Since last year, when I started the night shift. Here's the number. # speaker:carmen
    You call Teacher Elena, who confirms what Milagros said, word for word. You write it down in quotation marks. # speaker:narrator # sfx:phone
+ ["And you never noticed anything? You live with him, señora." #do:blame_carer #do:gather_facts_from_adult]
    —And you never noticed anything, señora? You live with him. # speaker:officer
    Carmen flushes red. Her eyes fill with tears. # speaker:narrator
    —So now it's my fault? I work all night to put food on the table... # speaker:carmen
    She answers the rest in single words: since last year, he looks after her on the nights she works. # speaker:narrator
+ ["Does the girl tend to make things up? Teachers sometimes exaggerate." #do:express_doubt_or_shock #do:gather_facts_from_adult]
    —Does Milagros tend to make things up? Teachers sometimes exaggerate, señora. # speaker:officer
    —No... she's not a liar. But I don't know what to think any more. # speaker:carmen
    In the other room, through the open door, Milagros has heard your question. She stops drawing. # speaker:narrator # mood:withdrawn
- -> carer_gate -> report_decision

=== report_decision ===
Carmen rubs her hands together. The phone vibrates again: "Wilber". # speaker:narrator # sfx:phone
—What if the teacher misunderstood? He's good to us... Wouldn't it be better if I talked to him first, at home? # speaker:carmen
+ ["You don't have to be sure. I'll register the report now and we'll fill in the risk assessment form." #do:register_report #do:assess_risk]
    —I understand this is very hard, señora. You don't have to be sure of anything: the Fiscalía (prosecutor's office) investigates that. I'm registering the report now, and we'll fill in the ficha de valoración de riesgo (risk assessment form) to see where Milagros will sleep tonight. # speaker:officer
    You fill in the form together. He lives in the house; Carmen works tonight; he told the girl it was "a secret"; he drinks sometimes. # speaker:narrator # sfx:paper
    —My mother, Señora Teodora, lives in El Progreso. We can go to her place. # speaker:carmen
    The form's result is severe risk. Tonight, Milagros will not go back to a house where he is. # speaker:narrator
    -> suspect_arrives
+ ["Think it over. A report like this ruins a man's life. Talk at home first." #do:dissuade_report]
    —Think it over carefully, señora. A report like this ruins a man's life. Talk it over at home first and, if you want, come back. # speaker:officer
    Carmen nods slowly, as if someone had given her permission not to believe. # speaker:narrator
    -> ending_sent_away
+ ["Without a certificate from Medicina Legal this can't go ahead. Go there first and come back with the result." #do:demand_formalities]
    —Without a certificate from Medicina Legal (the forensic medical service) this can't go ahead, señora. Go there first and come back with the result. # speaker:officer
    —And where is that? Is it even open now? # speaker:carmen
    She doesn't know where to go. She collects Milagros from the next room. # speaker:narrator
    -> ending_sent_away
+ ["It's registered. It goes to the Fiscalía; you go home and wait to be notified." #do:register_report #do:send_home_unassessed]
    —Your report is registered, señora. It goes to the Fiscalía. Go home and rest, and wait to be notified. # speaker:officer
    —Home? All right... # speaker:carmen
    Nobody asks her who will be in that house tonight. # speaker:narrator
    -> ending_home_tonight

=== suspect_arrives ===
You hear the station door and a man's voice at the counter. Officer Ramos looks into the office. # speaker:narrator # sfx:door
—There's a Mr Wilber outside. He says he's the stepfather, that he's come to pick up the señora and the girl, and that he wants to talk with them to clear everything up. # speaker:colleague_m # event:suspect_arrives
In the next room, Milagros has lifted her head: she knows that voice. # speaker:narrator # mood:scared
+ ["He doesn't get past reception. You deal with him, away from here; Huamán shuts the door. Don't tell him where they are." #do:separate_from_suspect]
    —He doesn't get past reception, Ramos. Deal with him yourself at the counter, away from this corridor, and don't tell him where they are. Huamán, close the door and stay with Milagros. # speaker:officer
    Huamán closes the door and puts on some quiet music on her phone. Milagros curls up on a cushion. # speaker:narrator # sfx:door # mood:anxious
    -> suspect_request
+ ["Let him come in for a bit. If the three of them talk, maybe it'll all get cleared up." #do:allow_contact_with_suspect #do:arrange_confrontation]
    —Let him come in for a bit, Ramos. If the three of them talk, maybe it'll all get cleared up. # speaker:officer
    -> ending_face_to_face
+ ["Have him wait in the waiting area; we'll finish and they'll come out." #do:allow_contact_with_suspect]
    —Tell him to wait in the waiting area, we'll finish soon and they'll come out. # speaker:officer
    Ten minutes later, Milagros asks to go to the toilet. Huamán takes her down the corridor, which runs past the waiting area. # speaker:narrator # scene:waiting_area # ambient:front_desk_busy # sfx:footsteps
    —Milagritos, what have you been telling people? # speaker:stepfather
    -> ending_face_to_face

=== suspect_request ===
Ramos comes back a few minutes later. # speaker:narrator # sfx:footsteps
—He says he'll take the girl home, and the señora can catch up with him when she's done. He's worked up. # speaker:colleague_m
Carmen stands up. # speaker:narrator
—Let me go out and talk to him. Otherwise it'll be worse at home. # speaker:carmen
+ ["No, Carmen. You don't have to talk to him today, and the girl isn't going with him. Ramos will tell him the case is with the Fiscalía." #do:refuse_confrontation #do:separate_from_suspect]
    —No, Carmen. You don't have to talk to him today, and Milagros isn't going with him. Ramos, tell him the case is already with the Fiscalía, that he'll be summoned, and that he has to leave. # speaker:officer
    Shouting drifts in from the counter. Then the street door. # speaker:narrator # sfx:door
    —He's gone. But he left his mototaxi parked on the corner. # speaker:colleague_m # event:suspect_leaves
    Carmen sits down again. Her hands are shaking, but she nods. # speaker:narrator
    -> gate -> open_invitation
+ ["Go and calm him down for a bit, but don't tell him anything about the report." #do:arrange_confrontation]
    —Go and calm him down for a bit, señora, but don't tell him anything about the report. # speaker:officer
    Carmen goes out. She comes back twenty minutes later, dry-eyed, her voice different. # speaker:narrator # sfx:door
    —He says it's all lies, that the teacher hates him. We're going home. I'll talk to the girl myself. # speaker:carmen
    -> ending_back_home
+ ["If he's the one who looks after her, let him take her. You finish the paperwork here." #do:release_to_suspect]
    —If he's the one who looks after her, let him take her home, señora. You finish the paperwork here and catch up with them. # speaker:officer
    -> ending_released
