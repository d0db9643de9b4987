# case: lost_child_5
# title: Ana Lucía, lost in the market
# summary: A municipal guard found her crying alone at the market; later a man arrives saying he is her uncle.
# persona: ana_lucia
# age: 5
# type: lost_child
# requires: keep_child_in_safe_area, check_missing_reports, record_child_words, verify_carer_identity, notify_family_prosecutor, contact_child_protection, release_to_safe_carer, confirm_safe_departure
# key: ENV-02, COM-01, COM-04, PRO-02, PRO-06, REF-05, DOC-01, CLO-03
# trust: 2
# distress: 4
# content_note: A girl of about five lost in a market, and a man who says he is her uncle but cannot prove it. No explicit violence.
# lang: en

VAR trust = 2
VAR distress = 4
VAR distress_streak = 0
VAR said_details = false
VAR man_saw_her = false
VAR grabbed = false
VAR photo_posted = false
VAR asked_child = false
VAR unchecked_departure = false

-> llegada

=== llegada ===
Saturday, eleven in the morning. The front desk of the Villa San Gabriel comisaría (police station) is crowded: a woman is reporting a theft, two young men want a certificate. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
The door opens. A municipal guard from the serenazgo (the municipal security service) comes in holding a little girl by the hand. # speaker:narrator # sfx:door
—Good morning. Guard Quispe, from the Las Flores market post. This little one was crying all alone between the fruit stalls. Nobody came for her in half an hour. # speaker:serenazgo # mood:crying
The girl is about five, in a yellow dress and a pink cardigan. She is sucking her thumb and staring at the floor. When Officer Ramos walks past her, she shrinks back. # speaker:narrator # mood:scared # arrives:colleague_m
-> saludo

= saludo
+ ["Hello, sweetie. My name is Sánchez, I'm a police officer and here we help children who get lost. What's your name?" #do:introduce_self_simply]
    You crouch to her height, a step away from her. # speaker:narrator
    —Hello, sweetie. My name is Sánchez, I'm a police officer and here we help children who get lost. What's your name? # speaker:officer
    The girl takes her thumb out of her mouth for a moment. # speaker:narrator # mood:anxious
    —Ana Lucía. # speaker:ana_lucia # mood:anxious
+ [Ask the guard, in front of her, whether the minor is unidentified, carries an identity document, and in what circumstances she was found. #do:use_jargon]
    —Is the minor unidentified? Does she carry any identity document? Under what circumstances was she found? # speaker:officer
    The girl hides behind the guard's leg. # speaker:narrator # mood:scared
    —She has nothing on her, chief. She says her name is Ana Lucía, that's all. # speaker:serenazgo
+ [Pick her up so she stops crying, the way you would with your niece, and whisper to her that it's over now, that she is safe here. #do:touch_without_consent]
    As soon as you lift her, the girl goes rigid and screams. She kicks until you put her down. # speaker:narrator # mood:crying
    —Her name is Ana Lucía, chief. That's all she's told me. # speaker:serenazgo
- -> recepcion

= recepcion
—I'll leave her with you, OK? I have to get back to my round. # speaker:serenazgo
+ [Thank the guard and ask him for five more minutes: where and when he found her, what she said to him, and whether he saw her with anyone. #do:attend_immediately #do:gather_facts_from_adult]
    —Thank you for bringing her. Before you go, tell me: where and when did you find her, what did she say, did you see her with anyone? # speaker:officer
    —At a quarter past ten, in the fruit aisle, by gate three. She was alone. She only said "mamá Rosa" and something about a street, Los Pinos, I think. Nobody came near her. # speaker:serenazgo
    You write down the time, the place and the words exactly as the guard repeats them. # speaker:narrator # sfx:paper
+ ["Thanks, chief, but you'd better take her to the municipal DEMUNA; lost children from the market are your people's job." #do:defer_or_redirect]
    —Thanks, chief, but you'd better take her to the municipal DEMUNA (child-protection office). Lost children from the market are your people's job. # speaker:officer
    —The DEMUNA is closed on Saturdays, chief. My supervisor told me to bring her to the comisaría. # speaker:serenazgo
    The guard leaves the girl by the counter and walks out before you can ask anything else. Ana Lucía keeps staring at the door he went through. # speaker:narrator # sfx:door # mood:crying
+ ["The market is the Las Flores station's jurisdiction; take her there, because anyone looking for her will go there first." #do:defer_or_redirect]
    —The market is the Las Flores station's jurisdiction. Take her there, because anyone looking for her will go there first. # speaker:officer
    —That's half an hour on foot, chief, and she won't walk any more. My supervisor said to bring her to the nearest one. # speaker:serenazgo
    The guard leaves the girl by the counter and walks out. Ana Lucía keeps staring at the door he went through. # speaker:narrator # sfx:door # mood:crying
- -> donde_espera

= donde_espera
Ana Lucía is still standing by the counter. People in the queue brush past her. You have calls to make and people to attend to. # speaker:narrator # phase:environment
The bench in the inner corridor, the one facing the holding cells, is empty. Officer Huamán is free. # speaker:narrator # arrives:colleague_f
+ ["Come on, sweetie, let's go to the storybook room." Take her there and ask Officer Huamán to stay in the room with her. #do:keep_child_in_safe_area]
    —Come on, sweetie, let's go to the storybook room. —And to Huamán—: Can you stay with her while I make the calls? # speaker:officer
    —Of course. Come, Ana Lucía, there are storybooks in there. # speaker:colleague_f
    -> sala
+ [Sit her on the bench in the inner corridor, away from the crowd at the counter, where you can see her while you make calls. #do:place_child_near_detainees]
    —Sit here, sweetie. I'll be right back. # speaker:officer
    -> banca_pasillo
+ ["Sit here next to me, sweetie, OK?" Put a chair beside you at the counter so you can keep an eye on her while you serve the queue. #do:place_child_near_detainees]
    —Sit here next to me, sweetie, OK? # speaker:officer
    -> silla_mostrador

= banca_pasillo
From the cells, a detainee bangs on the bars and shouts that he wants his phone call. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells
Ana Lucía covers her ears and sobs loudly. Huamán comes running, holds out her hand and takes her to the children's room. # speaker:narrator # mood:crying # event:child_distressed # leaves:colleague_f
-> sala

= silla_mostrador
A little later, two officers come in with a handcuffed detainee who is swearing at everyone. They pass a metre from Ana Lucía's chair. # speaker:narrator # sfx:door
Ana Lucía covers her face and sobs loudly. Huamán takes her by the hand and leads her to the children's room. # speaker:narrator # mood:crying # event:child_distressed # arrives:colleague_f
-> sala

= sala
The children's room has a mat, storybooks and a window with a curtain. Huamán hands Ana Lucía a glass of water. # speaker:narrator # scene:waiting_area # ambient:quiet_room # phase:communication # arrives:colleague_f
Officer Ramos looks in with a packet of biscuits; Ana Lucía shrinks back and covers her face. Ramos leaves the biscuits and goes. # speaker:narrator # sfx:door # mood:scared # arrives:colleague_m
When you sit down near her, Ana Lucía holds her arms out to you. Then she lowers them and just looks at you. # speaker:narrator # mood:anxious
+ [She held her arms out to you: ask her "Do you want me to pick you up?" and, if she nods, lift her and sit with her on the mat. #do:ask_before_touch #do:pause_for_child]
    —Do you want me to pick you up? # speaker:officer
    Ana Lucía nods. You lift her gently and sit with her on the mat. She settles against your shoulder and stops trembling. # speaker:narrator # mood:anxious
+ [Give her space: sit on the floor at her height, wait quietly for a while, then offer her your hand: "Will you hold my hand?" #do:ask_before_touch #do:pause_for_child]
    You sit on the floor, at her height, and wait. After a while you offer her your hand. —Will you hold my hand? # speaker:officer
    Ana Lucía edges closer and takes hold of one of your fingers. # speaker:narrator # mood:anxious
+ [She reached out for you a moment ago: pick her up straight away and sit her on your lap; at that age a hug calms more than any words. #do:touch_without_consent]
    You lift her and sit her on your lap. Ana Lucía goes stiff, her arms pressed to her sides, and stares at the door without blinking. # speaker:narrator # mood:withdrawn
- -> reglas

= reglas
{ distress_streak >= 2: -> derrumbe }
Ana Lucía is squeezing a key ring with a little plush dog. # speaker:narrator
+ ["I'm going to ask you a few things. If you don't know, just say 'I don't know', and if you want to stop, we stop. What's your doggy called?" #do:explain_child_can_stop #do:build_rapport]
    —I'm going to ask you a few things. If you don't know, just say "I don't know", and if you want to stop, we stop. What's your doggy called? # speaker:officer
    —Boby. Like my real dog. # speaker:ana_lucia # mood:calm
+ ["Don't worry, sweetie, I promise your mum is coming to get you in a little while. Now tell me, what's your doggy called?" #do:promise_outcome]
    —Don't worry, sweetie, I promise your mum is coming to get you in a little while. Now tell me, what's your doggy called? # speaker:officer
    —Boby. —Ana Lucía looks at the door—. Is my mum coming now? # speaker:ana_lucia # mood:anxious
+ ["Don't cry, OK? I promise you'll sleep at home tonight, in your own bed, with your mum and with your little plush doggy." #do:promise_outcome]
    —Don't cry, OK? I promise you'll sleep at home tonight, with your mum and with your doggy. # speaker:officer
    Ana Lucía stops crying and keeps looking at the door, waiting. # speaker:narrator # mood:anxious
- -> preguntar

= preguntar
{ distress_streak >= 2: -> derrumbe }
{ distress >= 7:
    Ana Lucía puts her thumb in her mouth and turns to face the wall. # speaker:narrator # mood:withdrawn # event:child_distressed # open # undisclosed: toys, let go, leave, aunt, man, gentleman, steal # disclosed: ana lucía, boby, puppy, key ring
- else:
    Ana Lucía looks at you, waiting. # speaker:narrator # mood:anxious # open # undisclosed: toys, let go, leave, aunt, man, gentleman, steal # disclosed: ana lucía, boby, puppy, key ring
}
+ ["Tell me what you did this morning, from when you left your house until you got to the market." #do:ask_open_question #q:invitation]
    —Tell me what you did this morning, from when you left your house until you got to the market. # speaker:officer
    { trust >= 5:
        —I came with my mamá Rosa in the mototaxi. She sells potatoes. I live on Los Pinos street, next to the shop. My dog Boby stays at home. # speaker:ana_lucia # mood:calm
        ~ said_details = true
    - else:
        —With my mamá Rosa... # speaker:ana_lucia # mood:anxious
        She says nothing more. # speaker:narrator # mood:withdrawn
    }
+ ["You came to the market with your mum, didn't you? And she left you alone for a bit to go and buy her things?" #do:ask_leading_question #q:suggestive]
    —You came to the market with your mum, didn't you? And she left you alone for a bit to go and buy her things? # speaker:officer
    —Yes... Did my mum leave me? Isn't she coming back? # speaker:ana_lucia # mood:crying
+ ["You let go of your mum's hand to go and look at the toys, didn't you? Come on, tell me how that happened." #do:ask_leading_question]
    —You let go of your mum's hand to go and look at the toys, didn't you? # speaker:officer
    —Yes... —Ana Lucía hangs her head—. My mum's going to be cross with me. # speaker:ana_lucia # mood:crying
    You cannot tell whether that is what happened or whether she just agreed with you. # speaker:narrator
+ {distress >= 7} [Ask her nothing for now: hand her the water and stay by her side until she herself wants to talk. #do:pause_for_child]
    You stay by her side, unhurried. You hand her the glass of water. # speaker:narrator
    After a while, without being asked, Ana Lucía says softly: # speaker:narrator
    —My mamá Rosa sells potatoes. My dog is called Boby. # speaker:ana_lucia # mood:calm
    ~ said_details = true
+ ["You told the guard 'mamá Rosa'. Where was your mamá Rosa the last time you saw her at the market?" #do:ask_minimal_facts #q:directive]
    —You told the guard "mamá Rosa". Where was your mamá Rosa the last time you saw her? # speaker:officer
    —At her stall. She sells potatoes, next to the fruit. # speaker:ana_lucia # mood:anxious
    ~ said_details = true
+ ["Ana Lucía, sweetie, have a little think, calmly: did you come to the market with your mum or with your dad?" #do:ask_option_question #q:option_posing]
    —Did you come to the market with your mum or with your dad? # speaker:officer
    —With my dad... # speaker:ana_lucia # mood:anxious
    It is the last word she heard. You cannot tell whether it is true or whether she just repeated it. # speaker:narrator
+ ["Why did you wander off from where your mum was? Children don't go away from their mum at the market." #do:ask_why_or_blame #q:why_blame]
    —Why did you wander off from where your mum was? Children don't go away from their mum at the market. # speaker:officer
    Ana Lucía shrinks, hangs her head and squeezes the key ring. She says nothing more. # speaker:narrator # mood:withdrawn
+ ["What's your mum's name, where does she live, which stall does she work at and when did you lose sight of her?" #do:press_child_to_continue #q:multiple]
    —What's your mum's name, where does she live, which stall does she work at and when did you lose sight of her? # speaker:officer
    —My mum... —Ana Lucía opens her mouth, closes it, and stares at the floor. # speaker:ana_lucia # mood:anxious
+ ["You're safe here, Ana Lucía. I'm staying with you, and all of us together are going to find your mum, calmly." #do:build_rapport #q:not_question]
    —You're safe here, Ana Lucía. I'm staying with you, and all of us together are going to find your mum. # speaker:officer
    Ana Lucía loosens her grip on the key ring a little. After a while she says softly: —My mum sells potatoes. Her name is Rosa. # speaker:ana_lucia # mood:calm
    ~ said_details = true
- -> acta

= acta
{ distress_streak >= 2: -> derrumbe }
Huamán hands you the found-child report (acta de hallazgo) to fill in. # speaker:narrator # sfx:paper # phase:documentation # arrives:colleague_f
+ [Write down in quotation marks what she said and, separately, what the guard told you, noting who said each thing and when. #do:record_child_words]
    You write that the girl says her name is "Ana Lucía" and mentions her "mamá Rosa"{ said_details: , who "sells potatoes", and a dog called "Boby"}. Separately, what the guard said. You note the time and who said each thing. # speaker:narrator # sfx:paper
+ [Sum it up in the found-child report: "Minor presumably abandoned through the negligence of her mother, found at the Las Flores market." #do:record_interpretation]
    You write: "Minor presumably abandoned through the negligence of her mother." Nobody has said that. # speaker:narrator # sfx:paper
+ [Ask her to draw her house and her mum, and staple the drawing to the report as her statement, so she doesn't have to talk. #do:record_interpretation]
    Ana Lucía draws a house and three stick figures. You staple it to the report as "statement of the minor". Her words are not written down anywhere. # speaker:narrator # sfx:paper
- -> buscar

=== buscar ===
{ distress_streak >= 2: -> derrumbe }
It is half past eleven. Nobody has called the station asking about a girl. # speaker:narrator # scene:office # ambient:quiet_room # phase:protection
+ [Radio her description to patrols and the serenazgo, check it against today's reports, and inform the duty Fiscalía de Familia. #do:check_missing_reports #do:notify_family_prosecutor]
    —All units: girl of about five, yellow dress, pink cardigan, found at the Las Flores market. She is at this station. Any report of a lost girl, please advise. # speaker:officer # sfx:radio
    You check the system: no report yet. You call the duty Fiscalía de Familia (family prosecutor); the prosecutor takes note and asks that the girl be handed to no one until their identity and relationship are verified. # speaker:narrator # sfx:phone
    You record the time of each call in the report. # speaker:narrator # sfx:paper
+ [Post her photo on the station's Facebook page: "Do you know this girl?"; everyone at the market will see it and her mum will turn up soon. #do:expose_identity]
    You take a photo of Ana Lucía, who hides her face behind her key ring, and post it on the station's page with her name and the market's. Within minutes it has hundreds of shares. # speaker:narrator # mood:anxious
    ~ photo_posted = true
+ ["Chief, let's send her photo and name to the mototaxi drivers' WhatsApp group; they know every woman who sells at the market." #do:expose_identity]
    —Chief, let's send her photo and name to the mototaxi drivers' WhatsApp group. They know every woman who sells at the market. # speaker:officer
    —Go on, send it —says the station commander, without looking up. # speaker:commander
    You take a photo of Ana Lucía and send it with her name to the drivers' group. Within half an hour the photo is in ten other groups across the district. # speaker:narrator # mood:anxious
    ~ photo_posted = true
- -> el_hombre

=== el_hombre ===
{ distress_streak >= 2: -> derrumbe }
Almost an hour goes by. You are walking Ana Lucía and Huamán back from the toilet through the hall when the street door bursts open. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # sfx:door # arrives:colleague_f
—There she is! Ana Lucía! I've come for my niece, chief. # speaker:uncle # event:unverified_claimant_arrives
He is a man of about forty. He smells of alcohol. Ana Lucía lets go of Huamán's hand and hides behind your legs, clutching your trousers. # speaker:narrator # mood:scared # arrives:colleague_f
+ [Step between them and ask Huamán to take the girl to the children's room; to the man: "Sir, come with me to the counter." #do:separate_from_suspect]
    —Huamán, take her to the room and close the door, please. —And to the man—: Sir, come with me to the counter. # speaker:officer
    Huamán takes the girl away. The man tries to follow her with his eyes, but the door has already closed. # speaker:narrator # sfx:door # leaves:colleague_f
    -> verificar
+ ["Come closer, sir, let's see. If you really are her uncle, she'll recognise you and calm down straight away, won't she?" #do:allow_contact_with_suspect]
    —Come closer, sir, let's see. If you really are her uncle, she'll recognise you. # speaker:officer
    The man bends down and grabs Ana Lucía by the wrist. —Come on, let's go! She screams and pulls free. Huamán lifts her and takes her to the room. # speaker:narrator # mood:crying # arrives:colleague_f
    The man looks around, says he will be back with Rosa and leaves before anyone asks his name. # speaker:narrator # sfx:door # leaves:mama_rosa
    ~ grabbed = true
    -> despues
+ [Calmly tell him to wait on the bench in the hall while you finish with the girl, and don't take your eyes off him for a second. #do:neutral]
    —Wait there, sir. I'll be with you shortly. # speaker:officer
    The man sits two metres away. He does not take his eyes off the girl, who is trembling and clinging to your trousers, until Huamán takes her to the room. # speaker:narrator # mood:scared # arrives:colleague_f
    ~ man_saw_her = true
    -> verificar

= verificar
{ distress_streak >= 2: -> derrumbe }
The man leans on the counter. # speaker:narrator
—I'm her uncle, come on. Rosa's brother. I left my ID at home. Give me the little one, her mother's worried sick. # speaker:uncle
+ ["Without ID I can't hand her over, sir, OK? Give me the girl's full name and her mother's mobile number; we'll call her now." #do:verify_carer_identity]
    —Without ID I can't hand her over, sir, OK? Give me the girl's full name and her mother's mobile number; we'll call her now. # speaker:officer
    —The girl is Ana Lucía... Condori. No, Mamani. I don't know Rosa's number. —He glances at the door—. What business is it of yours! Fine, fine, I'll be right back with her. # speaker:uncle
    The man leaves without giving his name. # speaker:narrator # sfx:door
    -> despues
+ ["All right, sir, just sign the report with your name, address and mobile number, and take her; she'll calm down with you." #do:release_to_unverified_adult]
    —All right, sir, sign the report with your name, address and mobile number, and take her. She'll calm down with you. # speaker:officer
    -> final_tio
+ [Ask for a photo of him with the girl on his phone; if he has one, hand her over with a signed report, thumbprint and a copy to the Fiscalía. #do:release_to_unverified_adult]
    —Do you have a photo with her on your phone? # speaker:officer
    The man shows you a blurry photo of several girls at a party. One of them could be her. He signs and leaves his thumbprint. # speaker:narrator
    -> final_tio

= despues
{ distress_streak >= 2: -> derrumbe }
You note down the man's description and the time he left. The mother has still not appeared. The municipal DEMUNA is closed on Saturdays. # speaker:narrator # sfx:paper # phase:referral
+ [Call the duty UPE: a girl with no relative located and an adult who claimed her without identifying himself; and tell the prosecutor too. #do:contact_child_protection #do:notify_family_prosecutor]
    You call the duty Special Protection Unit (UPE) of the Ministry for Women. The professional takes the details: a five-year-old girl with no relative located, an adult who claimed her and could not identify himself. She will assess the case if the mother does not appear today. # speaker:narrator # sfx:phone
    You also call the duty family prosecutor and tell her about the man. She asks you to put it in writing. # speaker:narrator # sfx:phone
+ [Leave the letter for the DEMUNA for Monday and wait: if the mother hasn't turned up by tonight, call the UPE then. #do:delay_protection_referral]
    You leave the letter ready for Monday. Nobody outside the station knows that a man tried to take the girl. # speaker:narrator # sfx:paper
+ ["Let's wait for the mother, colleague: if she turns up this afternoon, no need to bother anyone on a Saturday over a lost girl." #do:delay_protection_referral]
    —Let's wait for the mother, colleague. If she turns up this afternoon, no need to bother anyone on a Saturday. # speaker:officer
    Huamán looks at you and says nothing. Nobody outside the station knows that a man tried to take the girl. # speaker:narrator # arrives:colleague_f
- The radio crackles. The Las Flores station reports that a woman, Rosa Mamani, has just reported her five-year-old daughter lost at the market. The patrol car is bringing her over. # speaker:narrator # sfx:radio # arrives:mama_rosa
-> llega_mama

=== llega_mama ===
{ distress_streak >= 2: -> derrumbe }
A woman runs in, still wearing her market trader's apron. # speaker:narrator # scene:front_desk # sfx:door
—My daughter! Where's my daughter? I let go of her hand for a second to pay and she was gone. I've searched the whole market. Can I see her? # speaker:mama_rosa # event:unverified_claimant_arrives
From the room comes Ana Lucía's voice: —Mamá! # speaker:narrator
+ ["Your daughter is fine, madam." Before she sees her, ask for her DNI and proof of the relationship, and check them against the report. #do:receive_carer_respectfully #do:verify_carer_identity]
    —It's all right, madam, your daughter is fine; she's with a colleague in the children's room. Before you see her, for the girl's safety, could you show me your DNI (national ID card) and something that confirms she's your daughter? # speaker:officer
    Rosa takes out her DNI and, from her purse, the birth certificate folded in four. She says they live on Los Pinos street and the dog is called Boby. It all matches the report{ said_details: and what Ana Lucía said}. # speaker:narrator # sfx:paper
    You ask her whether she has a brother. —A brother? No, chief. I have no family here in Lima. # speaker:mama_rosa
+ ["You'll see her in a moment, madam; may I see your DNI?" Then, with the girl still in the room, call Las Flores to confirm the report. #do:receive_carer_respectfully #do:verify_carer_identity]
    —You'll see her in a moment, madam; your daughter is fine. May I see your DNI (national ID card)? # speaker:officer
    You call the Las Flores station. The name, the DNI, the address on Los Pinos street and the girl's description all match the report. It takes ten minutes; Rosa waits, twisting her apron. # speaker:narrator # sfx:phone
    You ask her whether she has a brother. —A brother? No, chief. I have no family here in Lima. # speaker:mama_rosa
+ [The girl hears her and shouts "Mamá!" from the room: don't make them wait a minute longer; let Rosa go in, hug her and take her home. #do:release_to_unverified_adult]
    —Go in, madam. Just take her. # speaker:officer
    -> final_sin_verificar
+ [Bring the girl to the counter, ask her in front of everyone "Is this your mum, yes or no?" and, if she says yes, write the handover record. #do:ask_option_question #do:release_to_safe_carer]
    Huamán brings Ana Lucía to the counter. —Is this your mum, yes or no? # speaker:officer
    Ana Lucía runs to the woman and clings to her apron. —Yes. # speaker:ana_lucia # mood:relieved
    Rosa signs the handover record. Nobody has asked her for a document. # speaker:narrator # sfx:paper
    ~ asked_child = true
    -> salida
- -> entrega

= entrega
Ana Lucía throws her arms around her mother. For the first time all morning, she smiles. # speaker:narrator # scene:waiting_area # ambient:quiet_room # mood:relieved # phase:closure
+ [Write the handover record with her signature and the time, and tell Rosa, privately and calmly, about the man claiming to be the girl's uncle. #do:release_to_safe_carer #do:brief_carer]
    Rosa signs the record. You note the time of the handover. # speaker:narrator # sfx:paper
    —Madam, earlier a man came in saying he was the girl's uncle. He couldn't identify himself. If you see him around, call us on this number. And the UPE may call you to see how you're both doing. # speaker:officer
    Rosa holds her daughter tight. —I don't have any brother, chief. # speaker:mama_rosa
+ ["All right, madam, just sign here and take her; to be honest, your carelessness has cost us the whole blessed morning." #do:release_to_safe_carer #do:blame_carer]
    —All right, madam, just sign here and take her. Your carelessness has cost us the whole morning. # speaker:officer
    Rosa signs without reading. Ana Lucía hides her face in her mother's neck. # speaker:narrator # mood:withdrawn
+ [Hand her over with the signed record and warn her: "Look after her better, madam; today, through your carelessness, a stranger nearly took her." #do:release_to_safe_carer #do:blame_carer]
    Rosa signs the record. —Look after her better, madam. Today, through your carelessness, a stranger nearly took her. # speaker:officer
    Rosa lowers her head and asks nothing more. Ana Lucía hides her face in her mother's neck. # speaker:narrator # mood:withdrawn
- -> salida

= salida
Rosa settles Ana Lucía on her hip. Through the window you can see the corner of the market. # speaker:narrator # scene:front_desk # arrives:mama_rosa
+ [Walk them to the door, check the corner, and ask a municipal guard to walk with them as far as the mototaxi stand. #do:confirm_safe_departure]
    You walk them to the door and check the corner. A guard goes with them as far as the mototaxi stand. # speaker:narrator # sfx:footsteps
+ ["Madam, I'll drive you both to your stall in the patrol car right now, in case that man is still hanging around the market." #do:confirm_safe_departure]
    You drive them in the patrol car to the potato stall. Rosa asks the woman at the next stall not to let anyone near the girl. # speaker:narrator # sfx:footsteps
+ [Let them go in peace, no more formalities and no escort: they've been through enough today and Rosa knows that market inside out. #do:let_leave_unchecked]
    —Take care. # speaker:officer
    ~ unchecked_departure = true
+ [Ask Rosa to stay and file a complaint against the man, while the girl waits for her on the bench in the corridor. #do:place_child_near_detainees]
    Ana Lucía waits half an hour on the bench facing the cells while her mother signs. Then they leave on their own. # speaker:narrator # scene:corridor_cells # mood:scared
    ~ unchecked_departure = true
- -> cierre

=== cierre ===
{ grabbed: -> final_miedo }
{ asked_child: -> final_sin_verificar }
{ photo_posted: -> final_foto }
{ unchecked_departure or man_saw_her: -> final_esquina }
-> final_protegida

=== derrumbe ===
Ana Lucía curls up in a ball on the mat, covers her face and will not let anyone come near her. She does not even answer to her name. # speaker:narrator # scene:waiting_area # mood:withdrawn
The station commander, who has been watching from the door, asks you to hand the case over to Officer Huamán. # speaker:narrator # sfx:door # arrives:colleague_f
Huamán stays with her for the rest of the day. When her mother finally arrives, Ana Lucía takes a long time to recognise her and to let go of the mat. # speaker:narrator # mood:withdrawn # arrives:colleague_f
Almost nothing of what she said made it into the report. # speaker:narrator # ending:harmed_shut_down
-> END

=== final_protegida ===
That afternoon, the UPE professional calls Rosa; since the girl is already with her mother, she refers the follow-up to the DEMUNA, which gives them an appointment for Monday. Ana Lucía falls asleep in the mototaxi, holding Boby's key ring. # speaker:narrator # mood:relieved # ending:protected_mama_rosa # arrives:mama_rosa
-> END

=== final_sin_verificar ===
{ asked_child:
    Rosa signs and leaves with her daughter. This time it was her mother. But nobody wrote down how it was checked who she was: the only proof was the "yes" of a frightened five-year-old in front of the queue, and at midday another adult had already claimed to be her family. # speaker:narrator # scene:front_desk # ending:at_risk_unverified # leaves:mama_rosa
- else:
    Rosa goes into the room. Ana Lucía runs to her and clings to her apron. Nobody asks for a document or signs a record. # speaker:narrator # scene:waiting_area # mood:relieved # arrives:mama_rosa
    This time it was her mother. In the station's logbook there is no name, no DNI, no time of handover: anyone who had walked through that door first could have taken her just the same. # speaker:narrator # ending:at_risk_unverified
}
-> END

=== final_esquina ===
{ unchecked_departure:
    At the corner, the man from midday is standing by a handcart. He sees the girl and starts walking after them. Rosa holds her daughter tight and hurries between the stalls. Nobody from the station sees him. # speaker:narrator # mood:scared
- else:
    Rosa and Ana Lucía reach the stall safely. But the man who sat staring at Ana Lucía in the hall now knows what she looks like and what she is called. That same afternoon he walks past the potato stall asking for "the little one". # speaker:narrator # mood:scared # arrives:mama_rosa
}
Rosa does not know who he is. # speaker:narrator # ending:at_risk_followed
-> END

=== final_foto ===
Rosa reaches her stall with a neighbour's phone in her hand. The photo is still circulating, with the girl's name, the market and hundreds of comments about "the irresponsible mother". # speaker:narrator # scene:front_desk # mood:anxious # arrives:mama_rosa
Anyone who sees Ana Lucía at the potato stall now knows who she is, and where to find her. # speaker:narrator # mood:anxious # ending:at_risk_exposed
-> END

=== final_miedo ===
Rosa takes her daughter home. Ana Lucía does not let go of her apron the whole way. # speaker:narrator # mood:scared # leaves:mama_rosa
For weeks, every time a man comes near the stall, she hides under the table. Nobody knows who the man was who grabbed her by the wrist at the station. # speaker:narrator # mood:scared # ending:harmed_grabbed
-> END

=== final_tio ===
The man scrawls a name and carries Ana Lucía out in his arms. She cries until the door closes. # speaker:narrator # sfx:door # mood:crying
Two hours later, Rosa Mamani walks into the station with a report from another station in her hand. She has no brother. The name on the record does not exist. A real search begins. # speaker:narrator # ending:harmed_handed_to_stranger # arrives:mama_rosa
-> END
