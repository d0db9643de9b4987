# case: trafficking_15
# title: Yesenia, the ID that isn't hers
# summary: She arrives after an operation at a bar near a mining area, with an ID card saying she is 19.
# persona: yesenia
# age: 15
# type: trafficking
# requires: treat_as_victim, request_interpreter, offer_officer_choice, register_report, notify_criminal_prosecutor, notify_family_prosecutor, involve_specialized_unit, arrange_single_interview, arrange_medical_care, contact_child_protection, refer_to_cem, release_to_safe_carer, confirm_safe_departure
# key: REC-03, ENV-03, ENV-04, ENV-05, COM-02, COM-05, DIS-01, DIS-02, DIS-04, PRO-02, PRO-07, REF-02, REF-03, REF-05, DOC-02, CLO-03
# trust: 1
# distress: 6
# content_note: A fifteen-year-old girl arrives at night after a police operation at a bar near a mining area, carrying an ID that is not hers, with signs of trafficking and a man who says he is her cousin. Exploitation is implied, never described.
# lang: en

VAR trust = 1
VAR distress = 6
VAR notified = false
VAR disclosed = false

-> arrival

=== arrival ===
It is half past eleven at night at the Puerto Aurora comisaría (police station). Outside, rain falls on the road that climbs to the mining areas. # speaker:narrator # scene:front_desk # ambient:night_shift # phase:reception
The door opens. # speaker:narrator # sfx:door
Officer Ramos comes in with a teenage girl in a sweater far too big for her and wet sandals. She holds a plastic bag tight against her chest. # speaker:narrator # mood:withdrawn
—She's yours, colleague. Operation at the La Palmera bar, in Quebrada Honda. She had this DNI (national ID card): nineteen years old. # speaker:colleague_m # sfx:paper
—I'd say fifteen, sixteen at most. The owner says she's a waitress and owes her the bus fare from her village, that's why she works. # speaker:colleague_m # event:exploitation_sign
You ask her name. # speaker:narrator
—Yesenia. Nineteen. Waitress. # speaker:yesenia # mood:withdrawn
You ask her if she is all right. She nods at everything, without looking up. # speaker:narrator # mood:anxious
—She understands very little Spanish, colleague. She speaks Asháninka; she's from a community in the central rainforest. # speaker:colleague_m # event:language_barrier
Through the window you can see a mototaxi parked in front of the door. The man driving it arrived right behind the patrol car and has not left. # speaker:narrator
—The DNI isn't hers, that's for sure. What do we do? Do I put her in the carceleta (holding cell) for false documents while we check with RENIEC (the national ID registry)? # speaker:colleague_m
+ ["No holding cell. Until proven otherwise she is a minor, and we treat her as a victim. We see her now." #do:treat_as_victim #do:attend_immediately]
    —No holding cell. For us she's a minor until proven otherwise, and she's here as a victim. We see her right now. # speaker:officer
    —As you say. I'll still note the DNI in the operation report. # speaker:colleague_m
    -> interpreter
+ ["If the DNI says nineteen, she's an adult. Write up the report for document forgery and put her in the holding cell." #do:treat_as_offender]
    -> booked
+ ["First we need to know who she is. Let her wait on the bench in the corridor while we check with RENIEC." #do:place_child_near_detainees]
    -> reniec
+ ["If she has an adult's DNI and says she works because she wants to, it's not our case. She can go, and she'd better not use that document again." #do:defer_or_redirect #do:let_leave_unchecked]
    -> let_go

=== reniec ===
The corridor bench faces the holding cells. A detainee bangs on the bars and shouts something at her. Yesenia curls up and covers her ears. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
Twenty minutes later Ramos comes back, phone in hand. # speaker:narrator # sfx:footsteps
—RENIEC says that number belongs to a nineteen-year-old woman from another region. The photo isn't her. Someone gave her another person's document. # speaker:colleague_m
+ ["Then she is a minor with a document others gave her. Get her out of this corridor: we see her as a victim." #do:treat_as_victim #do:keep_child_in_safe_area]
    Ramos takes her back to the front desk, away from the bars. # speaker:narrator # scene:front_desk # ambient:night_shift # mood:anxious
    -> interpreter
+ ["She still used a false DNI. Write up the report for document forgery." #do:treat_as_offender]
    -> booked
+ ["She still has to explain where she got that DNI. She stays on the bench until someone comes for her." #do:demand_formalities]
    -> let_go

=== booked ===
Ramos writes the report. Yesenia signs where she is told, without reading. She spends the night in the women's holding cell, the plastic bag on her lap. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:withdrawn
In the morning a lawyer nobody called arrives, together with the mototaxi man. They pay whatever has to be paid. # speaker:narrator
—I'm nineteen. I'm a waitress. # speaker:yesenia # mood:withdrawn
Nobody asks her anything else. Three weeks later, in another operation, Ramos sees her again at La Palmera. This time she doesn't look at him. # speaker:narrator # ending:harmed_booked
-> END

=== let_go ===
A while later the mototaxi man comes in asking for her. Nobody asks him for anything. # speaker:narrator # scene:front_desk # ambient:night_shift
Yesenia walks out into the rain behind him and gets into the mototaxi without looking back. # speaker:narrator # mood:withdrawn
The station logs "stopped in operation, adult, left". At La Palmera, the bus-fare debt keeps growing. # speaker:narrator # ending:at_risk_back_to_bar
-> END

=== interpreter ===
Yesenia looks at the door every time someone passes. You speak to her slowly, but she only repeats "yes" and "waitress". # speaker:narrator # mood:anxious
—The mototaxi guy says he's her cousin, colleague. He speaks her language. Shall I bring him in to translate? That way we get on with it. # speaker:colleague_m
-> ask

= ask
+ [Ask for an Asháninka interpreter: call the Ministry of Culture's register of interpreters and, if nobody is nearby, set up a video call. #do:request_interpreter]
    You make two calls. There is a registered interpreter who lives in town; the municipality can bring her in forty minutes. # speaker:narrator # sfx:phone
    -> waiting
+ [Bring the "cousin" in to translate; that way no time is lost. #do:use_interested_interpreter #do:allow_contact_with_suspect]
    -> cousin_interprets
* [Carry on in Spanish, slowly: "Come on, sweetheart, how old are you really? Who brought you to the bar?" #do:ask_minimal_facts]
    —Nineteen. Waitress. Yes. # speaker:yesenia # mood:withdrawn
    At the front desk, two people waiting to report a robbery have stopped to stare. # speaker:narrator
    —She doesn't understand you, colleague. She says yes to everything. # speaker:colleague_m
    -> ask

= cousin_interprets
The man comes in shaking off the rain. He leans towards Yesenia and speaks to her softly, in her language. She lowers her eyes. # speaker:narrator # mood:scared
—She says she's fine, boss. She's an adult and wants to go back to her job. I'll take her, don't worry. # speaker:cousin
Officer Huamán looks in from the back and signals to you: that man is the one who takes the money at the door of La Palmera. # speaker:narrator
+ [Get him out of the station without letting him near her again, and ask for a real interpreter. #do:separate_from_suspect #do:request_interpreter]
    Ramos walks him to the door. You call the register of interpreters: there is one in town, she will arrive in forty minutes. # speaker:narrator # sfx:door
    Yesenia is trembling. She no longer lifts her head. # speaker:narrator # mood:withdrawn
    -> waiting
+ [Let him take her: he says he's her cousin and she herself wants to go. #do:release_to_unverified_adult]
    -> with_cousin

=== waiting ===
-> check ->
Meanwhile, a patrol car brings in a drunk detainee who is shouting at the front desk. He has to be dealt with. # speaker:narrator # sfx:footsteps
-> choose

= choose
+ [Take Yesenia to the interview room, away from the front desk and the holding cells, with Officer Huamán. #do:move_to_private_room #do:keep_child_in_safe_area]
    -> needs
* [Let her wait on the corridor bench, next to the holding cells; there is room there and we can keep an eye on her. #do:place_child_near_detainees]
    The bench faces the bars. The drunk detainee shouts something at her. Yesenia presses herself against the wall. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
    —Colleague, this girl can't be here, in front of the cells. # speaker:colleague_f
    -> choose
+ [Leave her alone in the back office while you deal with the detainee. #do:leave_child_unsupervised]
    Dealing with the detainee takes you half an hour. When you get back to the office, it is empty. # speaker:narrator # scene:office # sfx:door
    -> ran_away

=== ran_away ===
The little bathroom window is open. Outside, the mototaxi is gone. # speaker:narrator # ending:at_risk_ran_away
-> END

=== breakdown ===
Yesenia curls up and stops responding, to you and to everyone. # speaker:narrator # mood:withdrawn
After a while she asks, with gestures, to go to the bathroom. Huamán walks her to the door and waits outside. When she knocks, nobody answers. # speaker:narrator # sfx:door
-> ran_away

=== check ===
{ distress >= 10:
    -> breakdown
}
->->

=== needs ===
-> check ->
The interview room has a low table, cushions and drawings taped to the wall. Huamán closes the door. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:environment # sfx:door
In the light you see that Yesenia is shaking. She coughs, her lips are cracked and she is holding her stomach. # speaker:narrator # mood:anxious # event:urgent_need
—While we wait for the interpreter, shall we get on with the report using the DNI details? # speaker:colleague_m
+ [Urgent things first: leave a blanket beside her so she can decide, ask for something hot to eat and ask her with gestures whether anything hurts. #do:check_urgent_needs #do:ask_before_touch]
    You leave the blanket on the cushion next to her. She looks at it, looks at you, and puts it round her shoulders herself. # speaker:narrator # mood:anxious
    Huamán brings soup and bread. Yesenia eats fast, without a word. When you point to your forehead, she nods: her head hurts and her throat is hot. # speaker:narrator # mood:calm
+ [Put the blanket round her shoulders yourself and rub her arms to warm her up; then something hot to eat. #do:check_urgent_needs #do:touch_without_consent]
    When she feels your hands, Yesenia jerks away and presses herself against the wall. The blanket falls to the floor. # speaker:narrator # mood:scared
    Huamán picks it up and leaves it on the cushion. After a while Yesenia puts it on herself and accepts the soup. # speaker:narrator
+ [Get on with the intervention report using the DNI details; food can wait. #do:paperwork_first]
    You fill in boxes: name, DNI number, "occupation: waitress". Yesenia coughs harder and harder and doubles over. # speaker:narrator # mood:withdrawn
- -> officer_choice

=== officer_choice ===
-> check ->
The interpreter arrives, a small woman whose hair is still wet. She sits facing Yesenia, not beside her. # speaker:narrator # sfx:door # phase:communication
—Good evening. I am an Asháninka interpreter. I translate what she says and what you say; nothing more, nothing less. # speaker:interpreter_ashaninka
When she hears her language, Yesenia looks up for the first time. She says something quietly, looking at Ramos and then at Huamán. # speaker:narrator # mood:anxious
—She says she wants to talk to a woman officer. Not with men. # speaker:interpreter_ashaninka # event:child_requests_other_officer
+ [Ask her whether she would rather be seen by Officer Huamán and who she wants to stay in the room; Ramos leaves. #do:offer_officer_choice #do:ask_child_who_stays]
    —Yesenia, would you like Officer Huamán to look after you? You decide who stays here with you. # speaker:officer
    Yesenia looks at Huamán and nods. Ramos leaves quietly. Then she says something else. # speaker:narrator # sfx:door # mood:calm
    —She says you can stay, if the woman officer stays. # speaker:interpreter_ashaninka
+ ["There's no other woman officer free right now; Huamán has to go back to the front desk. We'll just carry on ourselves." #do:ignore_officer_preference]
    Huamán goes out to the front desk. Yesenia follows her with her eyes until the door closes. # speaker:narrator # sfx:door # mood:withdrawn
+ ["Ramos stays: he did the operation and has to be in the interview." #do:ignore_officer_preference #do:insist_adult_stays]
    Ramos sits by the door. Yesenia moves to the edge of the cushion, as far from him as she can. # speaker:narrator # mood:withdrawn
- -> ground_rules

=== ground_rules ===
-> check ->
+ [Introduce yourself in simple words, through the interpreter: who you are, that nobody here will punish her or lock her up, that she does not have to answer, can say "I don't know" or ask to stop. #do:introduce_self_simply #do:explain_child_can_stop #do:let_child_decide]
    —I'm a police officer at this station; my name is here, on my badge. My job is to make sure you are safe. Nobody here is going to punish you or lock you up. If you don't want to answer something, you don't answer. If you don't know, you say "I don't know". If you want to stop, we stop. # speaker:officer
+ ["Miss, you have been detained in an operation for alleged document forgery, and you are hereby informed that..." #do:use_jargon]
    —Miss, you have been detained in an operation for alleged document forgery... # speaker:officer
    The interpreter stops, searches for words, and in the end translates something shorter. Yesenia only recognises "police" and "document". # speaker:narrator # mood:scared
+ ["If you tell us the truth about your age, we won't charge you for the false DNI. It's up to you." #do:pressure_or_bargain #do:threaten_with_charge]
    —If you tell us the truth about your age, we won't charge you for the DNI. It's up to you. # speaker:officer
    Yesenia clutches the plastic bag to her chest. # speaker:narrator # mood:scared
- The interpreter finishes translating. # speaker:narrator
{
- trust >= 5:
    Yesenia loosens her grip on the bag a little. She settles the blanket. # speaker:narrator # mood:calm
- else:
    Yesenia does not answer. She looks at the door. # speaker:narrator # mood:withdrawn
}
-> first_question

=== first_question ===
-> check ->
—She says she works as a waitress. That she has to go back; the señora will be angry if she doesn't. # speaker:interpreter_ashaninka # phase:disclosure
+ [Invite her to tell whatever she wants: "Tell me how you came to work at that place." #do:ask_open_question]
    —Tell me how you came to work at that place. Whatever you want to tell. # speaker:officer
+ ["Why did you go and work in a bar, so young? Didn't you know what goes on in those places?" #do:ask_why_or_blame]
    —Why did you go and work in a bar, so young? # speaker:officer
    Yesenia lowers her head. # speaker:narrator # mood:withdrawn
+ ["The señora forced you, didn't she? And she took your papers, right?" #do:ask_leading_question]
    —The señora forced you, didn't she? Did she take your papers? # speaker:officer
    —She says yes. # speaker:interpreter_ashaninka
    The interpreter looks at you: to everything asked that way, Yesenia says yes. # speaker:narrator # mood:anxious
-
{
- trust >= 5:
    ~ disclosed = true
    Yesenia talks for a long while, in a low voice. The interpreter waits until she has finished. # speaker:narrator # mood:anxious
    —She says a woman came to her community looking for girls to cook in a restaurant in the city, and that she paid the fare. That here it was not a restaurant. That she is fifteen. That the señora keeps her real DNI and gave her that other one. # speaker:interpreter_ashaninka # event:disclosure_started
- else:
    —She says she is nineteen. That she is a waitress. That she is fine. # speaker:interpreter_ashaninka # mood:withdrawn
    The interpreter adds, on her own, that she repeats it as if learned by heart. # speaker:narrator
}
-> minimal_facts

=== minimal_facts ===
-> check ->
+ [Ask only what is needed to protect her: whether she can leave when she wants, who has her DNI, whether she is paid, whether there are other girls her age there and whether anyone from there knows she is here. #do:ask_minimal_facts #do:screen_for_exploitation]
    You ask the questions one at a time, waiting for each translation. # speaker:narrator
    {
    - trust >= 5:
        —She says they don't let her go out alone. That she isn't paid: everything goes to the debt. That there are two more girls, her age. That the mototaxi man is the one who watches them so they don't leave. # speaker:interpreter_ashaninka # mood:anxious
    - else:
        —She says she doesn't know. She only says there are other girls. # speaker:interpreter_ashaninka # mood:withdrawn
    }
    -> self_blame
+ [Ask her to tell everything that went on in the bar: who she was with, how many times and what they made her do each night. #do:ask_for_details]
    -> asks_to_stop
+ ["Did you accept that job of your own free will, yes or no?" #do:ask_option_question #do:ask_why_or_blame]
    —She says yes. That she accepted. # speaker:interpreter_ashaninka # mood:withdrawn
    The interpreter adds quietly that she says it as if it were her fault. # speaker:narrator
    -> self_blame

= asks_to_stop
The interpreter translates the question slowly. Yesenia goes still, her eyes fixed on the table. Then she covers her face. # speaker:narrator # mood:crying
—She says she doesn't want to talk any more. # speaker:interpreter_ashaninka # event:child_asks_to_stop
+ [Stop: "That's all right. You don't have to tell anything else." Offer her water and wait in silence. #do:pause_for_child]
    Huamán hands her a glass of water. Nobody speaks for a while. Yesenia wipes her face with her sleeve. # speaker:narrator # mood:withdrawn
    -> self_blame
+ ["Just a little more and we're done; I need to know everything for the report." #do:press_child_to_continue]
    The interpreter translates. Yesenia does not answer. She hugs her knees. # speaker:narrator # mood:withdrawn
    -> breakdown

=== self_blame ===
-> check ->
{
- trust >= 5:
    —She says it's her fault. That she wanted to come. That she owes the fare money, and that the señora said if she leaves, she will make her family pay. # speaker:interpreter_ashaninka # mood:crying # event:child_distressed
- else:
    —She says she owes money. That she has to go back and pay. # speaker:interpreter_ashaninka # mood:crying # event:child_distressed
}
+ [Tell her it is not her fault and that she owes nobody anything; thank her; and explain that she does not need to tell any more today: one trained person will listen to her once, with an interpreter. #do:counter_self_blame #do:express_belief #do:defer_account_to_single_interview]
    —Thank you for telling me. None of this is your fault. You don't owe anybody anything; that debt doesn't exist. You don't have to tell any more today. Another day, one person who knows how to listen will ask you, just once, with an interpreter beside you. # speaker:officer
    The interpreter translates. Yesenia looks at you for a long moment. Then she nods. # speaker:narrator # mood:relieved
+ ["Well, if you agreed to come, you have some responsibility too. But we're going to help you." #do:ask_why_or_blame]
    The interpreter hesitates before translating. Yesenia listens and falls silent. # speaker:narrator # mood:withdrawn
+ ["Are you sure you didn't come for the money? Sometimes girls say that afterwards, when they're picked up." #do:express_doubt_or_shock]
    The interpreter translates. Yesenia presses her lips together and looks at the floor. # speaker:narrator # mood:angry
- -> commander

=== commander ===
-> check ->
Your phone rings. It is the station commander. It is almost one in the morning. # speaker:narrator # sfx:phone # phase:referral
—Have you got the girl from the operation? Take her statement tonight, with the interpreter, I want the full report first thing tomorrow. And have her tell Ramos the same thing, for the record. # speaker:commander
+ [Explain that no statement will be taken: you will register the report, call the specialised trafficking prosecutor and the Fiscalía de Familia (family prosecutor) now, alert the anti-trafficking unit, and the prosecutor will set a single statement in the Cámara Gesell (single-interview room). #do:register_report #do:notify_criminal_prosecutor #do:notify_family_prosecutor #do:involve_specialized_unit #do:arrange_single_interview]
    ~ notified = true
    —Commander, she is a teenage trafficking victim. We don't take a statement from her: I'm informing both prosecutors and the specialised unit now, and the prosecutor sets a single statement in the Cámara Gesell, with an interpreter. What we already know goes in the report, in her own words. # speaker:officer
    —Fine. Go ahead. But I want it all in writing. # speaker:commander
    The trafficking prosecutor answers on the second ring. She orders the specialised unit to go to La Palmera for the other two girls. The family prosecutor takes note. You write down the time of each call. # speaker:narrator # scene:office # sfx:phone
+ [Log the incident, send the letter to the prosecutor's office first thing tomorrow, and schedule her statement here for nine tomorrow morning, with the interpreter. #do:register_report #do:schedule_station_statement]
    —We'll take her statement here tomorrow at nine, Commander, and then send the letter. # speaker:officer
    When the interpreter explains that tomorrow she will have to tell it all again, here, Yesenia covers her face with the blanket. At La Palmera, the other girls are still working tonight. # speaker:narrator # mood:withdrawn
+ [Bring Ramos in so Yesenia can tell him again what she told you, so he can write the report, and inform the Fiscalía de Familia. #do:ask_child_to_repeat #do:register_report #do:notify_family_prosecutor]
    Ramos comes in with his notebook. The interpreter translates the question. Yesenia says two words and falls silent. # speaker:narrator # mood:withdrawn
    -> breakdown
- -> media

=== media ===
-> check ->
The station door opens. A man comes in with his phone in his hand, already recording. # speaker:narrator # scene:front_desk # sfx:door
—Good evening, boss. Radio Amanecer. I heard you rescued a minor at La Palmera. A little photo of the rescue? No name, just the photo. # speaker:reporter
—The commander wants a photo for the station's Facebook page too, colleague: "PNP rescues minor". With her face pixelated. # speaker:colleague_m # event:media_present
+ [No photos and no interview: close the interview-room door, keep Yesenia out of sight and say that no details about the minor will be given. #do:protect_identity]
    —No photos and no statements about the minor. Not here and not on the page. # speaker:officer
    The reporter puts his phone away, grudgingly. Huamán locks the interview-room door. # speaker:narrator # sfx:door
    -> cousin
+ [One photo from behind for the station's page, with her face covered; that way nobody will recognise her. #do:expose_identity]
    Ramos takes the photo in the corridor: from behind, with the big sweater and the plastic bag. The reporter seizes the moment and takes his own. # speaker:narrator # mood:scared
    -> exposed_photo
+ [Let the reporter see her for a moment from the door, without saying her name; it's good for people to know about La Palmera. #do:expose_identity]
    The reporter leans into the room and films for a few seconds. Yesenia covers her face with the blanket, too late. # speaker:narrator # mood:scared
    -> exposed_photo

=== exposed_photo ===
That same night, the UPE (child-protection unit) places Yesenia in a shelter. # speaker:narrator # scene:waiting_area
The next day, the picture is going round the Quebrada Honda group chats: the big sweater, the plastic bag. At La Palmera they recognise her. Someone calls her community. # speaker:narrator # mood:anxious
When the day of the Cámara Gesell comes, Yesenia says she was mistaken, that she is nineteen and wants to go back to her job. # speaker:narrator # mood:withdrawn # ending:harmed_exposed
-> END

=== cousin ===
-> check ->
You go back to the room. After a while, heavy footsteps at the front desk and a man's loud voice. # speaker:narrator # scene:private_room # sfx:footsteps # phase:protection
—I've come for my cousin! Yesenia! Her mother sent me to pick her up. # speaker:cousin # event:suspect_arrives
In the room, Yesenia recognises the voice. She freezes. # speaker:narrator # mood:scared
+ [He must not see or hear her: Huamán and the interpreter stay with her behind the closed door; you deal with the man at the front desk, ask for his DNI and take his details for the prosecutor. #do:separate_from_suspect #do:verify_carer_identity]
    —Sir, the minor is under protection and the prosecutor has been informed. Your DNI, please. # speaker:officer # scene:front_desk
    The man shows his DNI. He has no paper at all saying he is family. You take his details. He stops insisting. # speaker:narrator
    —She's an adult, boss. Suit yourselves. # speaker:cousin # event:suspect_leaves
    You watch him go back to the mototaxi. He does not leave. # speaker:narrator
    -> protection
+ [Let him into the room for a moment: if he's family, he'll calm her down. #do:allow_contact_with_suspect]
    The man goes into the room and speaks to Yesenia in her language, fast and low. She stands up as if she had been given an order. # speaker:narrator # mood:scared
    —He told her the señora is waiting for her, and that if she talks, her family pays. # speaker:interpreter_ashaninka
    Huamán takes him out of the room. Yesenia stays standing, trembling. # speaker:narrator # sfx:door # event:suspect_leaves
    -> protection
+ [Hand her over: he shows his DNI, says he's her cousin and will take her to her mother. #do:release_to_unverified_adult]
    -> with_cousin

=== with_cousin ===
Yesenia walks out behind the man, the plastic bag in her hand. # speaker:narrator # scene:front_desk # mood:withdrawn
The mototaxi does not take the road to her community. It takes the one to Quebrada Honda. # speaker:narrator # ending:at_risk_with_cousin
-> END

=== protection ===
-> check ->
—She has a fever, colleague. And where does she sleep tonight? Her community is twelve hours away, and we don't know who there knew about the señora. # speaker:colleague_f # scene:private_room # ambient:quiet_room
+ [Take her to the health centre tonight with Huamán and call the UPE to receive her in a safe place; the UPE and the prosecutor will contact the family, carefully. #do:assess_risk #do:arrange_medical_care #do:contact_child_protection]
    You call the Unidad de Protección Especial (UPE). The duty officer asks what she needs to know and promises to be there within the hour. At the health centre they will see her without asking for papers. # speaker:narrator # sfx:phone
+ [Call the community so her family can come and get her or send someone; she is better off with family. #do:send_home_unassessed]
    A neighbour answers the community phone. A while later, the one who calls back is the mototaxi man: "I've already talked to the family, boss." # speaker:narrator # sfx:phone
    Hours later, the duty prosecutor finds out and asks the UPE to take her in. # speaker:narrator
+ [Take her to Medicina Legal (the medico-legal service) right now for the examination: in these cases it is compulsory. #do:force_forensic_exam]
    When the interpreter says "examination" and "compulsory", Yesenia wraps her arms around herself and shakes her head again and again. # speaker:narrator # mood:scared
    Huamán decides to take her to the health centre first, for the fever. Hours later, the duty prosecutor asks the UPE to take her in. # speaker:narrator
- -> closing

=== closing ===
-> check ->
Yesenia waits with the blanket round her shoulders. She looks at you. # speaker:narrator # phase:closure
+ [Explain what comes next, through the interpreter: the health centre, where she will sleep, that one person will listen to her once, that nobody will charge her; give her Chat 100 and Línea 100 (the national helplines), tell her the CEM (Women's Emergency Centre) will support her, and thank her. #do:explain_next_steps #do:refer_to_cem]
    —Now we're going to the health centre, for your fever. Then you'll sleep in a safe place, with people who look after girls like you. Nobody is going to charge you. One day, one person will listen to you, with an interpreter. This number is Chat 100: they always answer there. And the women from the CEM will support you. Thank you for trusting us. # speaker:officer
    {
    - trust >= 5:
        Yesenia folds the paper with the number and puts it in the plastic bag. She says something to the interpreter. # speaker:narrator # mood:relieved
        —She says thank you. That she didn't know there was a number like that. # speaker:interpreter_ashaninka
    - else:
        Yesenia puts the paper away without looking at it. # speaker:narrator # mood:withdrawn
    }
+ ["That's it, love. Now you go with them." #do:end_abruptly]
    The interpreter translates. Yesenia does not ask where. # speaker:narrator # mood:withdrawn
+ [Promise her that the señora will go to prison and that she will never see that man again. #do:promise_outcome #do:explain_next_steps]
    —You're going to a safe place. And I promise you the señora is going to prison and that man will never come near you again. # speaker:officer
    The interpreter translates. Yesenia looks towards the window, towards the mototaxi. She says nothing. # speaker:narrator # mood:anxious
- -> departure

=== departure ===
-> check ->
Later the UPE officer arrives, with an ID badge round her neck and the prosecutor's order in a folder. # speaker:narrator # scene:front_desk # sfx:door
—The mototaxi guy is still outside, colleague. And now he says he has a letter from the mother authorising him to take her. # speaker:colleague_f
+ [Check the officer's badge and the order, confirm where they are taking her, and have them leave by the back door in the patrol car, with Huamán, away from the mototaxi. #do:verify_carer_identity #do:release_to_safe_carer #do:confirm_safe_departure]
    You check the badge and the order. You write down the shelter's address. Huamán brings the patrol car round to the back door. # speaker:narrator # sfx:door
    -> final
+ [Just let them leave by the front door; the UPE knows what it's doing. #do:release_to_safe_carer #do:let_leave_unchecked]
    -> followed
+ [Hand her over to the "cousin": he has a letter from the mother, and it's the family who decides. #do:release_to_unverified_adult]
    -> with_cousin

=== followed ===
Yesenia leaves by the front door with the UPE officer. As she passes the mototaxi, the man stares at her. She stops for a second. # speaker:narrator # mood:scared
The mototaxi follows the UPE car to the shelter. Two days later, Yesenia is no longer in her bed. # speaker:narrator # ending:at_risk_followed
-> END

=== final ===
{ not disclosed || trust < 5:
    -> silenced
}
-> safe

=== silenced ===
Yesenia reaches the shelter that night, with a fever. # speaker:narrator # scene:waiting_area # mood:withdrawn
In the Cámara Gesell she says almost nothing: that she is nineteen, that she is a waitress. The prosecutor has no other statement. A week later, Yesenia leaves the shelter without telling anyone. # speaker:narrator # ending:at_risk_silenced
-> END

=== safe ===
Yesenia reaches the shelter that night. At the health centre they bring her fever down. # speaker:narrator # scene:waiting_area # mood:calm
{
- notified:
    The specialised unit gets the other two girls out of La Palmera before dawn. The owner and the mototaxi man are arrested. # speaker:narrator
- else:
    By the time the trafficking prosecutor receives the case and the specialised unit reaches La Palmera, the other two girls are gone. # speaker:narrator
}
Weeks later, in the Cámara Gesell, Yesenia speaks once, with an interpreter beside her. The UPE and the prosecutor look for her family, carefully. A psychologist from the CEM visits her every week. # speaker:narrator # mood:relieved # ending:protected_upe
-> END
