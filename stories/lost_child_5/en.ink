# case: lost_child_5
# title: Ana Lucía, lost in the market
# summary: A municipal guard found her crying alone at the market; later a man arrives saying he is her uncle.
# persona: ana_lucia
# age: 5
# type: lost_child
# requires: keep_child_in_safe_area, check_missing_reports, record_child_words, verify_carer_identity, notify_family_prosecutor, contact_child_protection, release_to_safe_carer, confirm_safe_departure
# key: ENV-02, COM-01, COM-04, PRO-02, PRO-06, REF-05, DOC-01, CLO-03
# trust: 2
# distress: 6
# content_note: A girl of about five lost in a market, and a man who says he is her uncle but cannot prove it. No explicit violence.
# lang: en

VAR trust = 2
VAR distress = 6
VAR said_details = false
VAR man_saw_her = false
VAR unchecked_departure = false
VAR mama_here = false

-> llegada

=== llegada ===
Saturday, eleven in the morning. The front desk of the Villa San Gabriel comisaría (police station) is crowded: a woman is reporting a theft, two young men want a certificate. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
The door opens. A municipal guard from the serenazgo (the municipal security service) comes in holding a little girl by the hand. # speaker:narrator # sfx:door
—Good morning. Guard Quispe, from the Las Flores market post. This little one was crying all alone between the fruit stalls. Nobody came for her in half an hour. # speaker:serenazgo # mood:crying
The girl is about five, in a yellow dress and a pink cardigan. She is sucking her thumb and staring at the floor. When Officer Ramos walks past her, she shrinks back. # speaker:narrator # mood:scared
-> saludo

= saludo
+ [Crouch to her height, a step away, and tell her your name, that you are a police officer and that you help children who get lost. #do:introduce_self_simply]
    —Hello. My name is Sánchez and I'm a police officer. Here we help children who get lost from their mum. What's your name? # speaker:officer
    The girl takes her thumb out of her mouth for a moment. # speaker:narrator # mood:anxious
    —Ana Lucía. # speaker:ana_lucia # mood:anxious
+ [Talk to the guard over the girl's head: "Is the minor unidentified? Does she carry any document? Under what circumstances was she found?" #do:use_jargon]
    —Is the minor unidentified? Does she carry any identity document? Under what circumstances was she found? # speaker:officer
    The girl hides behind the guard's leg. # speaker:narrator # mood:scared
    —She has nothing on her, chief. She says her name is Ana Lucía, that's all. # speaker:serenazgo
+ [Pick her up in your arms so she stops crying, the way you would with your niece. #do:touch_without_consent]
    As soon as you lift her, the girl goes rigid and screams. She kicks until you put her down. # speaker:narrator # mood:crying
    —Her name is Ana Lucía, chief. That's all she's told me. # speaker:serenazgo
- -> recepcion

= recepcion
—I'll leave her with you, OK? I have to get back to my round. # speaker:serenazgo
+ [Take the case now and ask the guard for five minutes: where and when he found her, what she said, whether he saw her with anyone. #do:attend_immediately #do:gather_facts_from_adult]
    —Thank you for bringing her. Before you go, tell me: where and when did you find her, what did she say, did you see her with anyone? # speaker:officer
    —At a quarter past ten, in the fruit aisle, by gate three. She was alone. She only said "mamá Rosa" and something about a street, Los Pinos, I think. Nobody came near her. # speaker:serenazgo
    You write down the time, the place and the words exactly as the guard repeats them. # speaker:narrator # sfx:paper
+ ["Better take her to the municipality's DEMUNA; lost children from the market are your job." #do:defer_or_redirect]
    —Better take her to the municipality's DEMUNA (municipal child-protection office). Lost children from the market are your job. # speaker:officer
    —The DEMUNA is closed on Saturdays, chief. My supervisor told me to bring her to the comisaría. # speaker:serenazgo
    The guard leaves the girl by the counter and walks out before you can ask anything else. Ana Lucía keeps staring at the door he went through. # speaker:narrator # sfx:door # mood:crying
+ ["Before I take her, bring me your DNI and some document of the girl's; without that I can't write the report." #do:demand_formalities]
    —Before I take her I need your DNI (national ID card) and some document of the girl's. Without that I can't write the report. # speaker:officer
    —A document of the girl's? I found her crying, chief. # speaker:serenazgo
    The guard leaves his DNI on the counter and keeps looking at the clock. Ana Lucía has sat down on the floor, by the door. # speaker:narrator # mood:withdrawn
- -> donde_espera

= donde_espera
Ana Lucía is still standing by the counter. People in the queue brush past her. You have calls to make and people to attend to. Officer Huamán is free. # speaker:narrator # phase:environment
+ [Take her to the children's waiting room, the one with the mats and the storybooks, and ask Officer Huamán to stay with her. #do:keep_child_in_safe_area]
    —Huamán, can you stay with her in the children's room while I make the calls? # speaker:officer
    —Of course. Come, Ana Lucía, there are storybooks in there. # speaker:colleague_f
    -> sala
+ ["Sit on the bench in the corridor, sweetie; I'll be right back." #do:place_child_near_detainees]
    —Sit on the bench in the corridor, sweetie. I'll be right back. # speaker:officer
    -> banca_pasillo
+ [Leave her in the back office with some paper to draw on, and close the door so she doesn't wander off. #do:leave_child_unsupervised]
    —Stay here and draw, OK? I'll close the door so nobody bothers you. # speaker:officer
    -> oficina_sola

= banca_pasillo
The corridor bench faces the holding cells. From inside, a detainee bangs on the bars and shouts that he wants his phone call. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells
Ana Lucía covers her ears and sobs loudly. Huamán comes running, holds out her hand and takes her to the children's room. # speaker:narrator # mood:crying # event:child_distressed
-> sala

= oficina_sola
Ten minutes later, Huamán opens the office door. Ana Lucía is under the desk, crying, next to the drawer where Ramos keeps his service weapon. Huamán takes her to the children's room. # speaker:narrator # scene:office # mood:crying # event:child_distressed
-> sala

= sala
The children's room has a mat, storybooks and a curtained window. Huamán hands Ana Lucía a glass of water. # speaker:narrator # scene:waiting_area # ambient:quiet_room # phase:communication
Officer Ramos comes in with a packet of biscuits. Ana Lucía shrinks and covers her face. Then she holds her arms out to you, but drops them straight away. # speaker:narrator # sfx:door # mood:scared
+ [Ask Ramos to leave the biscuits and go; sit down at her height, unhurried, and ask her: "Would you like me to sit next to you? Would you like to hold my hand?" #do:pause_for_child #do:ask_before_touch]
    —Ramos, just leave them there, thanks. —And to her, after a while—: Would you like me to sit next to you? Would you like to hold my hand? # speaker:officer
    Ana Lucía watches the door close. Then she shuffles closer and holds on to one of your fingers. # speaker:narrator # mood:anxious
+ [Lift her onto your lap; at that age what they need is a hug. #do:touch_without_consent]
    You lift her and sit her on your lap. Ana Lucía goes stiff, arms pressed to her sides, staring at Ramos without blinking. # speaker:narrator # mood:withdrawn
+ [Offer her a lollipop from the shop if she stops crying and tells you her surname. #do:pressure_or_bargain]
    —If you stop crying and tell me your surname, I'll buy you a lollipop. OK? # speaker:officer
    Ana Lucía tries not to cry. A sob escapes her and she covers her mouth, frightened. # speaker:narrator # mood:scared
- -> reglas

= reglas
{ distress >= 9: -> derrumbe }
Ana Lucía is squeezing a keyring with a little plush dog. # speaker:narrator
+ [Tell her that if she doesn't know something she can say "I don't know", and ask her what her plush dog is called. #do:explain_child_can_stop #do:build_rapport]
    —I'm going to ask you a few little things. If you don't know, you say "I don't know", and that's fine. If you want to stop, that's fine too. What's your doggy called? # speaker:officer
    —Boby. Like my real dog. # speaker:ana_lucia # mood:calm
+ ["You have to help me, OK? If you don't tell me where you live, we won't find your mum." #do:pressure_or_bargain]
    —You have to help me, OK? If you don't tell me where you live, we won't find your mum. # speaker:officer
    Ana Lucía's eyes go wide and she starts crying again, louder. # speaker:narrator # mood:crying
+ ["And why did you let go of your mum's hand? You mustn't do that." #do:ask_why_or_blame]
    —And why did you let go of your mum's hand? You mustn't do that. # speaker:officer
    —I got lost... My mum is going to be cross with me. # speaker:ana_lucia # mood:crying
- -> preguntar

= preguntar
{ distress >= 9: -> derrumbe }
{ distress >= 7:
    Ana Lucía puts her thumb in her mouth and turns to the wall. # speaker:narrator # mood:withdrawn # event:child_distressed
- else:
    Ana Lucía looks at you, waiting. # speaker:narrator # mood:anxious
}
+ ["Tell me, who did you come to the market with today?" #do:ask_open_question]
    —Tell me, who did you come to the market with today? # speaker:officer
    { trust >= 5:
        —With my mamá Rosa. She sells potatoes. I live on Los Pinos street, next to the shop. My dog Boby stays at home. # speaker:ana_lucia # mood:calm
        ~ said_details = true
    - else:
        —With my mamá Rosa... # speaker:ana_lucia # mood:anxious
        She says nothing more. # speaker:narrator # mood:withdrawn
    }
+ ["Did you come with your mum or with your dad?" #do:ask_option_question]
    —Did you come with your mum or with your dad? # speaker:officer
    —With my mum. # speaker:ana_lucia # mood:anxious
    She falls silent. You don't know whether there was something else she wanted to say. # speaker:narrator
+ ["Your mum left you all alone, didn't she?" #do:ask_leading_question]
    —Your mum left you all alone, didn't she? # speaker:officer
    —No... Did she leave me? Isn't my mum coming? # speaker:ana_lucia # mood:crying
+ {distress >= 7} [Ask nothing for now: offer her water and stay beside her until she wants to talk. #do:pause_for_child]
    You stay beside her, unhurried. You hand her the glass of water. # speaker:narrator
    After a while, without being asked, Ana Lucía says quietly: # speaker:narrator
    —My mamá Rosa sells potatoes. My dog is called Boby. # speaker:ana_lucia # mood:calm
    ~ said_details = true
- -> acta

= acta
{ distress >= 9: -> derrumbe }
Huamán hands you the report form for a found child to fill in. # speaker:narrator # sfx:paper # phase:documentation
+ [Write down her words exactly, in quotation marks, and who said what: what the guard told you and what she said. #do:record_child_words]
    You write that the girl says her name is "Ana Lucía" and mentions her "mamá Rosa"{ said_details: , that she "sells potatoes", and a dog called "Boby"}. You note the time and who said each thing. # speaker:narrator # sfx:paper
+ [Write: "Minor abandoned by her mother at the Las Flores market." #do:record_interpretation]
    You write: "Minor abandoned by her mother at the Las Flores market." Nobody has said that. # speaker:narrator # sfx:paper
+ [Give Ana Lucía a sheet of paper to draw her house and her mum, and attach the drawing to the report as her statement. #do:record_interpretation]
    Ana Lucía draws a house and three stick figures. You staple it to the report as "statement of the minor". # speaker:narrator # sfx:paper
- -> buscar

=== buscar ===
{ distress >= 9: -> derrumbe }
It is half past eleven. Nobody has called the station asking about a girl. # speaker:narrator # scene:office # ambient:quiet_room # phase:protection
+ [Check the system for missing-child reports and the day's alert notices, and call the neighbouring stations in case a mother is already looking for a girl. #do:check_missing_reports]
    You check the system and call two neighbouring stations. No report yet. You leave Ana Lucía's details at both. # speaker:narrator # sfx:phone
    -> circular
+ [Wait: the mother is surely searching the market and will turn up on her own. #do:delay_missing_alert]
    You decide to wait. In the children's room, Ana Lucía keeps asking whether her mum is coming yet. # speaker:narrator
    -> final_noche
+ [Take her to the station commander's office so she can tell him everything she told you, too. #do:ask_child_to_repeat]
    —Tell the commander what you told me, OK? # speaker:officer
    Ana Lucía looks at the uniformed man behind the desk and hides behind you. She says nothing. # speaker:narrator # mood:scared
    -> circular

= circular
{ distress >= 9: -> derrumbe }
You have the details on the report. Someone outside still needs to know that Ana Lucía is here. # speaker:narrator
+ [Put out a radio call to patrols and the serenazgo with her name, age, clothes and what she said, and inform the missing-persons division (División de Búsqueda de Personas Desaparecidas). #do:issue_missing_alert #do:involve_specialized_unit]
    —All units: girl aged about five, Ana Lucía, yellow dress, pink cardigan, found at the Las Flores market. Mentions her mother Rosa. She is at this station. # speaker:officer # sfx:radio
    -> el_hombre
+ [Take a photo of her with your phone and post it on the station's Facebook page: "Do you know this girl?" #do:expose_identity]
    You take a photo of Ana Lucía, who covers her face with her keyring, and post it on the station's page. Within minutes it has hundreds of shares and comments. # speaker:narrator # mood:anxious
    -> final_foto
+ [Circulate nothing yet: if the mother files a report, the information will be matched then. #do:delay_missing_alert]
    You circulate nothing. If the mother reports at some station, the information will be matched then. # speaker:narrator
    -> final_noche

=== el_hombre ===
{ distress >= 9: -> derrumbe }
Almost an hour goes by. You are walking Ana Lucía and Huamán back from the toilet across the hall when the street door bursts open. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # sfx:door
—There she is! Ana Lucía! I've come for my niece, chief. # speaker:uncle # event:unverified_claimant_arrives
He is a man of about forty. He smells of alcohol. Ana Lucía lets go of Huamán's hand and hides behind your legs, clutching your trousers. # speaker:narrator # mood:scared
+ [Step between them; ask Huamán to take Ana Lucía to the children's room and close the door, and tell the man calmly: "Sir, come with me to the counter." #do:separate_from_suspect]
    —Huamán, take her to the room and close the door, please. —And to the man—: Sir, come with me to the counter. # speaker:officer
    Huamán takes the girl away. The man tries to follow her with his eyes, but the door has already closed. # speaker:narrator # sfx:door
    -> verificar
+ ["Go on, come closer. If you're her uncle, she'll recognise you." #do:allow_contact_with_suspect]
    —Go on, come closer. If you're her uncle, she'll recognise you. # speaker:officer
    -> final_miedo
+ [Tell him to wait on the bench there in the hall while you finish with the girl. #do:neutral]
    —Wait there on the bench, sir. I'll be with you shortly. # speaker:officer
    The man sits two metres away. He does not take his eyes off the girl, who trembles holding on to your trousers until Huamán takes her to the children's room. # speaker:narrator # mood:scared
    ~ man_saw_her = true
    -> verificar

= verificar
{ distress >= 9: -> derrumbe }
The man leans on the counter. # speaker:narrator
—I'm her uncle, come on. Rosa's brother. Give me the little one, her mum is worried. # speaker:uncle
+ [Explain respectfully that the girl is only handed to someone whose identity is checked: ask for his DNI, the full names of the girl and her mother, and a phone number to call the mother. #do:verify_carer_identity]
    —Sir, we only hand children over once we've checked who is collecting them. I need your DNI, the full names of the girl and her mother, and a phone number to call her. # speaker:officer
    —I left my DNI at home. The girl is... Ana Lucía Condori. No, Mamani. I don't know Rosa's number by heart. # speaker:uncle
    —Then we'll call the mother ourselves and, once we find her, she can come. # speaker:officer
    —What's it to you lot! Fine, fine, I'll be back with Rosa in a minute. # speaker:uncle
    The man leaves without giving his name. # speaker:narrator # sfx:door # event:suspect_leaves
    -> despues
+ ["All right, sir, sign your name and phone number here and take her; the girl is just scared." #do:release_to_unverified_adult]
    —All right, sir, sign your name and phone number here and take her. The girl is just scared. # speaker:officer
    -> final_tio
+ [Ask him to show you a photo of him with the girl on his phone and, if he has one, hand her over. #do:release_to_unverified_adult]
    —Do you have a photo with her on your phone? # speaker:officer
    The man shows you a blurry photo of several girls at a party. One of them could be her. # speaker:narrator
    -> final_tio

= despues
{ distress >= 9: -> derrumbe }
You write down the man's description and the time he left. The mother still hasn't appeared. # speaker:narrator # sfx:paper # phase:referral
+ [Call the duty Fiscalía de Familia (family prosecutor) and the DEMUNA: a girl with no family located, and an adult who tried to take her without being able to identify himself. #do:notify_family_prosecutor #do:contact_child_protection]
    The duty family prosecutor takes note and asks that the girl not be handed over without verification. The DEMUNA will send a social worker. # speaker:narrator # sfx:phone
+ [Shrug it off: "He was just a drunk; he'll come back with the mother." #do:neutral]
    —He was just a drunk. He'll come back with the mother. # speaker:officer
+ [Say it out loud at the front desk: "A drunk claiming to be her uncle nearly walked off with her!" #do:discuss_case_in_public]
    —A drunk claiming to be her uncle nearly walked off with her! # speaker:officer
    Two people in the queue turn to look towards the children's room. # speaker:narrator
- The radio crackles. The Las Flores station reports that a woman, Rosa Mamani, has just reported losing her five-year-old daughter at the market. A patrol car is bringing her over. # speaker:narrator # sfx:radio
-> llega_mama

=== llega_mama ===
{ distress >= 9: -> derrumbe }
~ mama_here = true
A woman runs in, still wearing her stallholder's apron. # speaker:narrator # scene:front_desk # sfx:door
—My daughter! Where's my daughter? I let go of her hand for a moment to pay and she was gone. I've searched the whole market. # speaker:mama_rosa
+ [Receive her calmly and without reproach: "Señora, it's all right. Your daughter is fine; she's with a colleague in the children's room." #do:receive_carer_respectfully]
    —Señora, it's all right. Your daughter is fine; she's with a colleague in the children's room. # speaker:officer
    The woman covers her face and takes a deep breath. # speaker:narrator
+ ["How can you lose your own daughter, señora? That's negligence." #do:blame_carer]
    —How can you lose your own daughter, señora? That's negligence. # speaker:officer
    The woman lowers her head. —I work on my own, chief... —She doesn't finish the sentence. # speaker:mama_rosa
+ ["First you have to file the report at the station for your own district; they'll give you the certificate there." #do:defer_or_redirect]
    —First you have to file the report at the station for your own district; they'll give you the certificate there. # speaker:officer
    —What? But my daughter is here! # speaker:mama_rosa
    Huamán looks out of the children's room: —Colleague, the girl can hear her. It's her mum. # speaker:colleague_f
- -> verificar_mama

= verificar_mama
{ distress >= 9: -> derrumbe }
—Can I see her? Where is she? # speaker:mama_rosa # event:unverified_claimant_arrives
+ [Before taking her to the girl, kindly ask for her DNI and something that confirms the relationship, and check it against what Ana Lucía said and against the report. #do:verify_carer_identity]
    —You'll see her in a moment. First, for the girl's safety, could you show me your DNI and something that confirms she's your daughter? # speaker:officer
    Rosa takes out her DNI and, from her purse, the birth certificate folded in four. She says they live on Los Pinos street and the dog is called Boby. Everything matches the report{ said_details: and what Ana Lucía said}. # speaker:narrator # sfx:paper
    You ask whether she has a brother. —A brother? No, chief. I have no family here in Lima. # speaker:mama_rosa
    -> entrega
+ [She is obviously the mother: take her straight to the room and let her take the girl. #do:release_to_unverified_adult]
    —Go in, señora. Just take her. # speaker:officer
    -> final_sin_verificar
+ [Bring the girl to the counter and ask her in front of everyone: "Is this your mum, yes or no?" #do:ask_option_question]
    Huamán brings Ana Lucía to the counter. —Is this your mum, yes or no? # speaker:officer
    Ana Lucía runs to the woman and clings to her apron. # speaker:narrator # mood:relieved
    -> entrega

= entrega
{ distress >= 9: -> derrumbe }
Ana Lucía hugs her mother. For the first time all morning, she smiles. # speaker:narrator # scene:waiting_area # ambient:quiet_room # mood:relieved # phase:closure
+ [Write the handover record with DNI, signature and time; explain to Ana Lucía that she is going home with her mum now, and give Rosa the record number, the DEMUNA contact, and tell her about the man. #do:release_to_safe_carer #do:explain_next_steps #do:brief_carer]
    —Ana Lucía, you're going with your mum now. You were very brave. —And to Rosa—: Here is the record number. The DEMUNA will call you to see how you're both doing. And a man came saying he was her uncle; if you see him, call us. # speaker:officer
    Rosa signs the record. You note the time of the handover. # speaker:narrator # sfx:paper
+ [Hand her over quickly: "Right, señora, take her; you've cost us the whole morning." #do:release_to_safe_carer #do:end_abruptly]
    —Right, señora, take her. You've cost us the whole morning. # speaker:officer
    Rosa signs without reading. Ana Lucía buries her face in her mother's neck. # speaker:narrator # mood:withdrawn
+ [Hand her over and tell the girl: "And don't you let go again, OK? Someone nearly took you for wandering off." #do:release_to_safe_carer #do:pressure_or_bargain]
    —And don't you let go again, OK? Someone nearly took you for wandering off. # speaker:officer
    Ana Lucía starts crying again, holding on to her mother's neck. # speaker:narrator # mood:crying
- -> salida

= salida
Rosa picks Ana Lucía up. Through the window you can see the corner of the market. # speaker:narrator # scene:front_desk
+ [Before they leave, look outside and ask a serenazgo guard to walk them to the stop, in case the man is still nearby. #do:confirm_safe_departure]
    You go to the door with them. A guard walks them to the mototaxi stand. # speaker:narrator # sfx:footsteps
    { man_saw_her: -> final_esquina | -> final_protegida }
+ [Say goodbye at the counter and call the next person in the queue. #do:let_leave_unchecked]
    —Take care. Next! # speaker:officer
    ~ unchecked_departure = true
    -> final_esquina
+ [Ask Rosa to stay and sign a complaint against the man while the girl waits on the corridor bench. #do:place_child_near_detainees #do:let_leave_unchecked]
    Ana Lucía waits half an hour on the bench facing the cells while her mother signs. Then they leave on their own. # speaker:narrator # scene:corridor_cells # mood:scared
    ~ unchecked_departure = true
    -> final_esquina

=== derrumbe ===
{ mama_here:
    Ana Lucía hides her face in her mother's apron, cries without stopping and won't look at anyone. # speaker:narrator # scene:waiting_area # mood:crying
- else:
    Ana Lucía curls up on the mat, covers her face and won't let anyone near her. She doesn't even answer to her name. # speaker:narrator # scene:waiting_area # mood:withdrawn
}
The station commander, who has been watching from the doorway, asks you to hand the case over to Officer Huamán. # speaker:narrator # sfx:door
{ mama_here:
    Huamán finishes the paperwork. Ana Lucía leaves the station crying, without anyone having explained to her what happened. # speaker:narrator # mood:crying
- else:
    Huamán stays with her for the rest of the day. When her mother finally arrives, Ana Lucía is slow to recognise her and to let go of the mat. # speaker:narrator # mood:withdrawn
}
In the report, almost nothing of what she said was written down. # speaker:narrator # ending:harmed_shut_down
-> END

=== final_protegida ===
That afternoon, the DEMUNA social worker calls Rosa and they arrange a visit for Monday. Ana Lucía falls asleep in the mototaxi, with Boby's keyring in her hand. # speaker:narrator # mood:relieved # ending:protected_mama_rosa
-> END

=== final_sin_verificar ===
Rosa goes into the room. Ana Lucía runs to her and clings to her apron. Nobody asks for a document or signs a record. # speaker:narrator # scene:waiting_area # mood:relieved
This time it was her mother. In the station's logbook there is no name, no DNI, no time of handover: whoever had come through that door first could have taken her just the same. # speaker:narrator # ending:at_risk_unverified
-> END

=== final_esquina ===
{ unchecked_departure:
    On the corner, the man from midday is standing by a handcart. He sees the girl and starts walking behind them. Rosa holds her daughter tighter and hurries between the stalls. Nobody at the station sees him. # speaker:narrator # mood:scared
- else:
    The guard leaves them at the stand. But the man who sat staring at Ana Lucía in the hall now knows what she looks like and what she's called. That same afternoon he comes by the potato stall asking for "the little one". # speaker:narrator # mood:scared
}
Rosa has no idea who he is. # speaker:narrator # ending:at_risk_followed
-> END

=== final_foto ===
Within an hour, Ana Lucía's mother comes running in with a neighbour's phone in her hand. The photo is still circulating, with the girl's name, the market and hundreds of comments about "the irresponsible mother". # speaker:narrator # scene:front_desk # sfx:door
Anyone who sees Ana Lucía at the potato stall now knows who she is, and where to find her. # speaker:narrator # mood:anxious # ending:at_risk_exposed
-> END

=== final_miedo ===
The man crouches and grabs Ana Lucía by the wrist. —Come on, let's go! She screams and pulls free. Huamán scoops her up and takes her to the children's room. # speaker:narrator # mood:crying
The man leaves before anyone asks his name. When her mother arrives, Ana Lucía won't let go of her apron. For weeks, whenever a man comes near the stall, she hides under the table. # speaker:narrator # mood:scared # ending:harmed_grabbed
-> END

=== final_tio ===
The man scribbles a name and carries Ana Lucía out. She cries until the door closes. # speaker:narrator # sfx:door # mood:crying
Two hours later, Rosa Mamani walks into the station with a report from another station in her hand. She has no brother. The name on the record does not exist. A real search begins. # speaker:narrator # ending:harmed_handed_to_stranger
-> END

=== final_noche ===
Nobody asks about Ana Lucía all afternoon. At seven in the evening she is taken to a children's residential centre, where she sleeps hugging her keyring. # speaker:narrator # scene:office # ambient:night_shift # mood:withdrawn
Her mother spent the whole afternoon searching at another station, where nobody knew a girl had been found. They are reunited the next day, in an office of the UPE (the Ministry's special protection unit). # speaker:narrator # ending:harmed_night_away
-> END
