# case: trafficking_15
# title: Yesenia, the ID that isn't hers
# summary: She arrives after an operation at a bar near a mining area, with an ID card saying she is 19.
# persona: yesenia
# age: 15
# type: trafficking
# requires: treat_as_victim, request_interpreter, offer_officer_choice, register_report, notify_criminal_prosecutor, notify_family_prosecutor, inform_criminal_prosecutor_flagrancy, arrange_single_interview, arrange_medical_care, contact_child_protection, refer_to_victim_assistance, release_to_safe_carer, confirm_safe_departure
# key: REC-03, ENV-03, ENV-04, ENV-05, COM-02, COM-05, DIS-01, DIS-02, DIS-04, PRO-02, PRO-04, PRO-07, REF-02, REF-03, REF-05, DOC-02, CLO-03
# trust: 1
# distress: 4
# content_note: A fifteen-year-old girl arrives at night after a police operation at a bar near a mining area, carrying an ID that is not hers, with signs of trafficking and a man who says he is her cousin. Exploitation is implied, never described.
# lang: en

VAR trust = 1
VAR distress = 4
VAR distress_streak = 0
VAR disclosed = false
VAR arrested = false
VAR exposed = false

-> arrival

=== arrival ===
It is half past eleven at night at the Puerto Aurora comisaría (police station). Outside, rain falls on the road that climbs to the mining areas. # speaker:narrator # scene:front_desk # ambient:night_shift # phase:reception
The door opens. # speaker:narrator # sfx:door
Officer Ramos comes in with a teenage girl in a sweater far too big for her and wet sandals. She holds a plastic bag tight against her chest. # speaker:narrator # mood:withdrawn # arrives:colleague_m
—She's yours, colleague. Operation at the La Palmera bar, in Quebrada Honda. She had this DNI (national ID card): nineteen years old. # speaker:colleague_m # sfx:paper
—I'd say fifteen, sixteen at most. The owner says she's a waitress and owes her the bus fare from her village, that's why she works. # speaker:colleague_m # event:exploitation_sign
You ask her name. # speaker:narrator
—Yesenia. Nineteen. Waitress. # speaker:yesenia # mood:withdrawn
You ask her if she is all right. She nods at everything, without looking up. # speaker:narrator # mood:anxious
—She understands very little Spanish, colleague. She speaks Asháninka; she's from a community in the central rainforest. # speaker:colleague_m # event:language_barrier
Through the window you can see a mototaxi parked in front of the door. The man driving it arrived right behind the patrol car and has not left. # speaker:narrator
—The DNI isn't hers, that's for sure. What do we do? Do I put her in the carceleta (holding cell) for false documents while we check with RENIEC (the national ID registry)? # speaker:colleague_m
+ ["No holding cell: until it's proven otherwise, she's a minor and a victim. Take her to the interview room right now." #do:treat_as_victim #do:move_to_private_room]
    —No holding cell. For us she's a minor until proven otherwise, and she's here as a victim. # speaker:officer
    —As you say. I'll still note the DNI in the operation report. # speaker:colleague_m
    -> interpreter
+ ["Write up the forgery report, inform the Fiscalía Penal, and put her in the holding cell while we check with RENIEC." #do:treat_as_offender #do:notify_criminal_prosecutor]
    -> booked
+ [Leave her on the corridor bench while we check with RENIEC: first we need to know who she is, colleague. #do:place_child_near_detainees]
    -> reniec
+ ["If the DNI says nineteen and she says she works because she wants to, she's an adult. She signs and she goes." #do:defer_or_redirect #do:let_leave_unchecked]
    -> let_go

=== reniec ===
The corridor bench faces the holding cells. A detainee bangs on the bars and shouts something at her. Yesenia curls up and covers her ears. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
Twenty minutes later Ramos comes back, phone in hand. # speaker:narrator # sfx:footsteps # arrives:colleague_m
—RENIEC says that number belongs to a nineteen-year-old woman from another region. The photo isn't her. Someone gave her another person's document. # speaker:colleague_m
+ ["Then she's a minor, with a document others gave her. Get her out of this corridor and take her to the interview room." #do:treat_as_victim #do:move_to_private_room]
    Ramos takes her to the interview room, away from the bars. # speaker:narrator # mood:anxious # arrives:colleague_m
    -> interpreter
+ ["She still used someone else's DNI, colleague. Write up the forgery report and let the Fiscalía Penal decide in the morning." #do:treat_as_offender]
    -> booked
+ [Have her explain where she got that DNI and sign an undertaking never to use it again; after that, she can go. #do:demand_formalities #do:let_leave_unchecked]
    -> let_go

=== booked ===
Ramos starts writing the forgery report. Yesenia signs where she is told, without reading, and Ramos leads her towards the women's holding cell. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:withdrawn # arrives:colleague_m
Officer Huamán reads the operation report and catches up with you in the corridor. # speaker:narrator # sfx:footsteps # arrives:colleague_f
—Colleague, a bar next to the mine, a bus-fare debt, someone else's DNI, a girl who doesn't speak Spanish. This is trafficking. Are you sure we're locking her up? # speaker:colleague_f
+ ["You're right, colleague. Get her out of there: she's a minor and a victim, not a detainee. Take her to the interview room." #do:treat_as_victim #do:move_to_private_room]
    Huamán opens the bars and takes Yesenia to the interview room. # speaker:narrator # mood:scared # arrives:colleague_f
    -> interpreter
+ [Take her to the room, but make sure she knows: if she keeps lying about her age, the forgery report stands and goes to the Fiscalía. #do:threaten_with_charge #do:move_to_private_room]
    Huamán takes Yesenia to the interview room. What you will say to her is already decided. # speaker:narrator # mood:scared # arrives:colleague_f
    -> interpreter
+ ["The report's already signed, colleague. She spends the night there and in the morning the Fiscalía sees if it's trafficking." #do:treat_as_offender]
    -> booked_end

=== booked_end ===
Yesenia spends the night in the women's holding cell, the plastic bag on her lap. # speaker:narrator # mood:withdrawn
In the morning a lawyer nobody called arrives, together with the mototaxi man. They pay whatever has to be paid. # speaker:narrator
—I'm nineteen. I'm a waitress. # speaker:yesenia # mood:withdrawn
Nobody asks her anything else. Three weeks later, in another operation, Ramos sees her again at La Palmera. This time she doesn't look at him. # speaker:narrator # ending:harmed_booked # arrives:colleague_m
-> END

=== let_go ===
Yesenia signs a paper she cannot read. A while later the mototaxi man comes in asking for her. Nobody asks him for anything. # speaker:narrator # scene:front_desk # ambient:night_shift
Yesenia walks out into the rain behind him and gets into the mototaxi without looking back. # speaker:narrator # mood:withdrawn
The station logs "stopped in operation, adult, left". At La Palmera, the bus-fare debt keeps growing. # speaker:narrator # ending:at_risk_back_to_bar
-> END

=== check ===
{ distress_streak >= 2:
    -> breakdown
}
->->

=== breakdown ===
Yesenia curls up and stops responding, to you and to everyone. Not even the interpreter can get her to lift her head. # speaker:narrator # mood:withdrawn
After a while she asks, with gestures, to go to the bathroom. Huamán walks her to the door and waits outside. When she knocks, nobody answers. # speaker:narrator # sfx:door # arrives:colleague_f
The little bathroom window is open. Outside, the mototaxi is gone. # speaker:narrator # ending:at_risk_ran_away
-> END

=== interpreter ===
The interview room has a low table, cushions and drawings taped to the wall. Yesenia looks at the door every time someone passes. You speak to her slowly, but she only repeats "yes" and "waitress". She coughs and holds her stomach. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:communication # event:urgent_need
—The mototaxi guy says he's her cousin, colleague. He speaks her language. Shall I bring him in to translate? That way we get on with it. # speaker:colleague_m
-> ask

= ask
-> check ->
+ [Call the Ministry of Culture's register of interpreters and, until the one in town arrives, let her rest with no questions. #do:request_interpreter]
    You make two calls. There is a registered interpreter who lives in town; the municipality can bring her in forty minutes. # speaker:narrator # sfx:phone
    -> needs
+ ["Get an interpreter on a quick video call through the Ministry of Culture right now; until then, nobody asks her anything." #do:request_interpreter]
    Ramos gets an interpreter on a video call for what is urgent. The one in town will arrive in forty minutes. # speaker:narrator # sfx:phone # arrives:colleague_m
    -> needs
+ ["Bring the cousin in, colleague: he speaks her language, and with family beside her the girl is going to feel much calmer." #do:use_interested_interpreter #do:allow_contact_with_suspect]
    -> cousin_interprets
* [Carry on in Spanish, slowly, with gestures: "Come on, sweetheart, how old are you really? Who brought you here?" #do:ask_minimal_facts]
    —Nineteen. Waitress. Yes. # speaker:yesenia # mood:withdrawn
    —She doesn't understand you, colleague. She says yes to everything. # speaker:colleague_m
    -> ask

= cousin_interprets
The man comes in shaking off the rain. He leans towards Yesenia and speaks to her softly, in her language. She lowers her eyes. # speaker:narrator # mood:scared
—She says she's fine, boss. She's an adult and wants to go back to her job. I'll take her, don't worry. # speaker:cousin
Officer Huamán looks in from the back and signals to you: that man is the one who takes the money at the door of La Palmera. # speaker:narrator # arrives:colleague_f
+ ["Ramos, just get him out of the station and keep him away from her; I'll ask for a real interpreter now." #do:separate_from_suspect #do:request_interpreter]
    Ramos walks him to the door. You call the register of interpreters: there is one in town, she will arrive in forty minutes. # speaker:narrator # sfx:door # leaves:colleague_m
    Yesenia is trembling. She no longer lifts her head. # speaker:narrator # mood:withdrawn
    -> needs
+ ["Let him stay with her in the room, boss, until the interpreter from the Ministry of Culture gets here." #do:request_interpreter #do:allow_contact_with_suspect]
    The man sits next to Yesenia and talks to her non-stop, quietly. When the interpreter arrives, Huamán sends him out. # speaker:narrator # mood:scared # arrives:colleague_f
    -> needs
+ [Let him take her: he says he's her cousin, he shows his DNI, and she herself says she wants to leave. #do:release_to_unverified_adult]
    -> with_cousin

=== needs ===
-> check ->
In the light of the room you can see that Yesenia is shaking and her lips are cracked. # speaker:narrator # mood:anxious # phase:environment
—While we wait for the interpreter, shall we get on with the report using the DNI details? # speaker:colleague_m
+ [Urgent things first: soup, a blanket beside her so she can decide, and the health centre's nurse to come and see her. #do:check_urgent_needs #do:arrange_medical_care]
    You leave the blanket on the cushion next to her. She looks at it, looks at you, and puts it round her shoulders herself. Huamán brings soup and bread; Yesenia eats fast, without a word. # speaker:narrator # mood:anxious # arrives:colleague_f
    After a while the duty nurse from the health centre arrives. She has a fever and a sore throat; the nurse gives her a syrup and says she should be seen again tomorrow. # speaker:narrator # mood:calm
+ [Put the blanket round her shoulders yourself and rub her arms to warm her up, sweetheart; then a nice bowl of hot soup. #do:check_urgent_needs #do:touch_without_consent]
    When she feels your hands, Yesenia jerks away and presses herself against the wall. The blanket falls to the floor. # speaker:narrator # mood:scared
    Huamán picks it up and leaves it on the cushion. After a while Yesenia puts it on herself and accepts the soup. # speaker:narrator # arrives:colleague_f
+ ["Yes, let's get on with the report using the DNI details while the interpreter comes; Huamán can order food later." #do:paperwork_first]
    You fill in boxes: name, DNI number, "occupation: waitress". Yesenia coughs harder and harder and doubles over. # speaker:narrator # mood:withdrawn
- -> officer_choice

=== officer_choice ===
-> check ->
The interpreter arrives, a small woman whose hair is still wet. She sits facing Yesenia, not beside her. # speaker:narrator # sfx:door
—Good evening. I am an Asháninka interpreter. I translate what she says and what you say; nothing more, nothing less. # speaker:interpreter_ashaninka
When she hears her language, Yesenia looks up for the first time. She says something quietly, looking at Ramos and then at Huamán. # speaker:narrator # mood:anxious # arrives:colleague_f,colleague_m
—She says she wants to talk to a woman officer. Not with men. # speaker:interpreter_ashaninka # event:child_requests_other_officer
+ ["Would you like Officer Huamán to look after you? You decide who stays in here with you." Ramos leaves the room. #do:offer_officer_choice #do:ask_child_who_stays]
    —Yesenia, would you like Officer Huamán to look after you? You decide who stays here with you. # speaker:officer
    Yesenia looks at Huamán and nods. Ramos leaves quietly. Then she says something else. # speaker:narrator # sfx:door # mood:calm # arrives:colleague_f # leaves:colleague_m
    —She says you can stay, if the woman officer stays. # speaker:interpreter_ashaninka
+ [Have Ramos stay: he ran the operation at La Palmera and his signature has to go on the interview record. #do:ignore_officer_preference #do:insist_adult_stays]
    Ramos sits by the door. Yesenia moves to the edge of the cushion, as far from him as she can. # speaker:narrator # mood:withdrawn # arrives:colleague_m
+ [Sit beside her: "Don't worry, sweetheart, I'm staying right here with you; I won't leave you alone with anyone." #do:ignore_officer_preference #do:insist_adult_stays]
    The interpreter translates. Yesenia looks at Huamán, who has stayed standing by the door, and does not answer. Ramos stays in his chair. # speaker:narrator # mood:withdrawn # arrives:colleague_f,colleague_m
- -> ground_rules

=== ground_rules ===
-> check ->
The interpreter waits for you to begin. # speaker:narrator
+ ["I'm a police officer here, my name's on my badge. Nobody here will punish you or lock you up; you decide what you tell, OK?" #do:introduce_self_simply #do:let_child_decide]
    —I'm a police officer at this station; my name is here, on my badge. My job is to make sure you are safe. Nobody here is going to punish you or lock you up. You decide what you tell and what you don't. # speaker:officer
+ [Ask the interpreter to explain in her language who you are and that she decides what to tell; then wait for her questions. #do:introduce_self_simply #do:let_child_decide]
    The interpreter talks with Yesenia for a good while, slowly. Yesenia asks something; the interpreter looks at you. # speaker:narrator
    —She asks if you are going to lock her up. I told her you said no, that nobody here punishes her. # speaker:interpreter_ashaninka
+ ["Miss, you have been detained on suspicion of document forgery; you are hereby informed you may make a statement or remain silent." #do:use_jargon]
    The interpreter stops, searches for words, and in the end translates something shorter. Yesenia only recognises "police" and "document". # speaker:narrator # mood:scared
+ ["Let's make a deal, sweetheart: tell us your real age and we won't report you for the false DNI; nothing will happen to you." #do:pressure_or_bargain #do:threaten_with_charge]
    The interpreter translates. Yesenia clutches the plastic bag to her chest. # speaker:narrator # mood:scared
- The interpreter finishes translating. # speaker:narrator # phase:disclosure
{
- trust >= 5 && distress < 9:
    ~ disclosed = true
    Yesenia loosens her grip on the bag a little. She talks for a long while, quietly. The interpreter waits for her to finish. # speaker:narrator # mood:anxious
    —She says a woman came to her community looking for girls to cook in a restaurant in the city, and that she paid the fare. That this wasn't a restaurant. That she is fifteen. That the woman keeps her real DNI and gave her that other one. # speaker:interpreter_ashaninka # event:disclosure_started
- else:
    Yesenia keeps hold of the bag. She looks at the door. # speaker:narrator # mood:withdrawn
    —She says she's nineteen. That she's a waitress. That she's fine, and that the señora will be angry if she doesn't go back. # speaker:interpreter_ashaninka
    The interpreter adds, on her own account, that she repeats it as if she had learned it by heart. # speaker:narrator
}
-> minimal_facts

=== minimal_facts ===
-> check ->
The interpreter waits for your question to translate it. # speaker:narrator # open # undisclosed: boyfriend, drugs, drink, steal, run away # disclosed: lady, woman, restaurant, community, dni, waitress, bar
+ [Just ask what you need to protect her: can she go out alone, who has her DNI, and are there other girls there? #do:ask_minimal_facts #do:screen_for_exploitation]
    You ask the questions one at a time, waiting for each translation. # speaker:narrator
    {
    - disclosed:
        —She says they don't let her go out alone. That they don't pay her: it all goes to the debt. That there are two more girls, her age. That the mototaxi man is the one who watches them so they don't leave. # speaker:interpreter_ashaninka # mood:anxious
    - else:
        —She says she doesn't know. She only says there are other girls, and that the mototaxi man watches them. # speaker:interpreter_ashaninka # mood:withdrawn
    }
    -> self_blame
+ [Through the interpreter: "Tell me whatever you want about how you got here, from when you left your community." #do:ask_open_question #q:invitation]
    —Tell me whatever you want about how you got here, from when you left your community. # speaker:officer
    —She says she came by bus, at night, with the lady and two other girls. That the lady told her she would earn money to send her mother. # speaker:interpreter_ashaninka # mood:anxious
    -> self_blame
+ [Through the interpreter: "You said the lady will be cross. Where is that lady now, Yesenia? Take it slowly." #do:ask_minimal_facts #q:directive]
    —You said the lady will be cross. Where is that lady now? # speaker:officer
    —She says at the bar. That she keeps her real DNI there, in a handbag. # speaker:interpreter_ashaninka # mood:anxious
    -> self_blame
+ [Through the interpreter: "For the report I need to know just one thing, Yesenia: did the lady bring you by bus or by van?" #do:ask_option_question #q:option_posing]
    —Did the lady bring you by bus or by van? # speaker:officer
    —She says by van. # speaker:interpreter_ashaninka # mood:withdrawn
    The interpreter hesitates. Yesenia answered with the last word she heard. # speaker:narrator
    -> self_blame
+ [Through the interpreter: "Your boyfriend brought you here and promised you money, didn't he? Just say it, we know everything." #do:ask_leading_question #q:suggestive]
    —Your boyfriend brought you here and promised you money, didn't he? # speaker:officer
    —She says yes... her boyfriend. # speaker:interpreter_ashaninka # mood:anxious
    The interpreter frowns: so far Yesenia has not mentioned any boyfriend. # speaker:narrator
    -> self_blame
+ [Through the interpreter: "Why did you go off with a woman you didn't know, girl? Those job offers are always a trick." #do:ask_why_or_blame #q:why_blame]
    —Why did you go off with a woman you didn't know? Those job offers are always a trick. # speaker:officer
    Yesenia looks down and presses the bag to her chest. —She says it's her fault —the interpreter translates. # speaker:interpreter_ashaninka # mood:withdrawn
    -> self_blame
+ [Through the interpreter: "How old are you, who brought you, where is your DNI and who else is there with you?" #do:press_child_to_continue #q:multiple]
    —How old are you, who brought you, where is your DNI and who else is there with you? # speaker:officer
    —She says fifteen. That is all she managed to answer. # speaker:interpreter_ashaninka # mood:anxious
    -> self_blame
+ [Through the interpreter: "You're safe here, Yesenia. Nobody is going to take you back to the bar. Take your time." #do:build_rapport #q:not_question]
    —You're safe here, Yesenia. Nobody is going to take you back to the bar. Take your time. # speaker:officer
    Yesenia loosens her grip on the bag a little. —She says there are two more girls, her age. That the mototaxi man watches them so they don't leave. # speaker:interpreter_ashaninka # mood:anxious
    -> self_blame
+ [Ask her to tell you everything they made her do in there every night, so the trafficking prosecutor can lock them up. #do:ask_for_details]
    -> asks_to_stop
+ ["Did you take that job of your own free will, yes or no? Just tell me the truth, nobody here is going to judge you." #do:ask_option_question #do:ask_why_or_blame]
    —She says yes. That she agreed. # speaker:interpreter_ashaninka # mood:withdrawn
    The interpreter adds quietly that she says it as if it were her fault. And that she mentioned other girls, and the mototaxi man. # speaker:narrator
    -> self_blame

= asks_to_stop
The interpreter translates the question slowly. Yesenia stays still, her eyes fixed on the table. Then she covers her face. # speaker:narrator # mood:crying
—She says she doesn't want to talk any more. # speaker:interpreter_ashaninka # event:child_asks_to_stop
+ [Stop: "That's all right, nothing more today; another day one person will listen to you, in the Cámara Gesell." And wait. #do:pause_for_child #do:defer_account_to_single_interview]
    Huamán hands her a glass of water. Nobody speaks for a while. Yesenia wipes her face on her sleeve. # speaker:narrator # mood:withdrawn # arrives:colleague_f
    -> self_blame
+ ["Just a little more and we're done, sweetheart; the Fiscalía needs the whole account for tonight's report, all right?" #do:press_child_to_continue]
    The interpreter translates. Yesenia does not answer. She hugs her knees. # speaker:narrator # mood:withdrawn
    -> self_blame

=== self_blame ===
-> check ->
{
- disclosed:
    —She says it's her fault. That she wanted to come. That she owes the money for the fare, and that the señora said if she leaves, she'll make her family pay. # speaker:interpreter_ashaninka # mood:crying # event:child_distressed
- else:
    —She says she owes money. That she has to go back and pay, or else her family pays. # speaker:interpreter_ashaninka # mood:crying # event:child_distressed
}
+ ["Thank you for telling me, Yesenia. None of this is your fault, and that debt doesn't exist: you owe nobody anything, OK?" #do:counter_self_blame #do:express_belief]
    The interpreter translates. Yesenia looks at you for a long time. Then she nods and wipes her face. # speaker:narrator # mood:relieved
+ ["Well, if you agreed to come, you're partly responsible too, aren't you? But we're going to help you anyway, love." #do:ask_why_or_blame]
    The interpreter hesitates before translating. Yesenia listens and stays silent. # speaker:narrator # mood:withdrawn
+ ["Don't cry any more, sweetheart. You didn't know, but next time don't believe any woman who offers you a job, OK?" #do:ask_why_or_blame]
    The interpreter translates. Yesenia nods, as if you had confirmed what she already thought. # speaker:narrator # mood:withdrawn
- -> commander

=== commander ===
-> check ->
Your phone rings. It's the station commander. It is nearly one in the morning. # speaker:narrator # scene:office # sfx:phone # phase:referral
—Have you got the girl from the operation? Take her statement tonight, with the interpreter; I want the full report first thing in the morning. And have her tell Ramos the same, for the record. # speaker:commander
+ ["No statement from her, sir: I register the complaint, and the prosecutor sets a single interview in the Cámara Gesell." #do:register_report #do:arrange_single_interview]
    —Sir, she's a teenage trafficking victim. I'm registering the complaint now, and the prosecutor sets a single interview in the Cámara Gesell (the one-way-mirror interview room), with an interpreter. What we already know goes in the report, in her words. # speaker:officer
    —Fine. Go ahead. But I want everything in writing. # speaker:commander
+ ["I'll register the complaint, sir, and we'll take her statement here at nine tomorrow, with an interpreter and the prosecutor." #do:register_report #do:schedule_station_statement]
    —We'll take her statement here at nine tomorrow, sir, with the prosecutor present. # speaker:officer
    When the interpreter explains that tomorrow she will have to tell it all again, here, Yesenia covers her face with the blanket. # speaker:narrator # mood:withdrawn
+ [Call the UPE to take her in, and bring Ramos in so Yesenia can repeat to him what she told you, for the record. #do:contact_child_protection #do:ask_child_to_repeat]
    You call the UPE; the duty officer says she will be there within the hour. Ramos comes in with his notebook. The interpreter translates the question. Yesenia says two words and falls silent. # speaker:narrator # mood:withdrawn # arrives:colleague_m
- -> cousin

=== media ===
-> check ->
The station door opens. A man comes in with his phone in his hand, already recording. # speaker:narrator # scene:front_desk # sfx:door
—Good evening, boss. Radio Amanecer. I heard you rescued a minor at La Palmera. A quick photo of the rescue? No name, nothing. # speaker:reporter
—The commander wants a photo for the station's Facebook page too, colleague: "PNP rescues minor". With the face pixelated. # speaker:colleague_m # event:media_present
+ ["No photo and no name, not for the radio and not for the station's Facebook page." And lock the interview room door. #do:protect_identity]
    —No photos and no statements about the minor. Not here, not on the page. # speaker:officer
    The reporter puts his phone away, grudgingly. Huamán locks the door of the room. # speaker:narrator # sfx:door # arrives:colleague_f
+ [See the reporter in the office, no photo and no name: just confirm she's a fifteen-year-old Asháninka girl from La Palmera. #do:expose_identity]
    ~ exposed = true
    The reporter writes it down: Asháninka, fifteen, La Palmera. In Quebrada Honda, that is enough to know who she is. # speaker:narrator # scene:office # sfx:door
+ [A photo from behind for the station's Facebook page, with her face pixelated; without her name nobody will recognise her, colleague. #do:expose_identity]
    ~ exposed = true
    Ramos takes the photo in the corridor: from behind, with the big sweater and the plastic bag. The reporter seizes the moment and takes his own. # speaker:narrator # mood:scared # arrives:colleague_m
+ [Let Radio Amanecer put out a notice with her name and her village's, then: that way her family knows she's all right. #do:expose_identity]
    ~ exposed = true
    The reporter records the notice at the door: name, community, "rescued at La Palmera". # speaker:narrator # mood:scared
- -> shelter

=== cousin ===
-> check ->
You go back to the room. After a while, heavy footsteps at the front desk and a man's loud voice. # speaker:narrator # scene:private_room # sfx:footsteps # phase:protection
—I've come for my cousin! Yesenia! Her mother sent me to pick her up. # speaker:cousin # event:suspect_arrives
In the room, Yesenia recognises the voice. She freezes. # speaker:narrator # mood:scared
+ ["Huamán, stay with her and the interpreter, door closed; I'll just deal with the man at the front desk myself." #do:separate_from_suspect #do:pause_for_child]
    —Sir, the minor is under protection. Wait here. # speaker:officer # scene:front_desk
+ ["Let him in for a minute to say hello, with Huamán beside her; if he's her cousin, seeing him will calm her down, colleague." #do:allow_contact_with_suspect]
    The man goes into the room and speaks to Yesenia in her language, fast and low. She stands up as if she had been given an order. # speaker:narrator # mood:scared
    —He told her the señora is waiting for her, and that if she talks, her family pays. # speaker:interpreter_ashaninka
    Huamán takes him out of the room. Yesenia stays standing, trembling. # speaker:narrator # sfx:door # scene:front_desk # arrives:colleague_f
+ [Hand her over, boss: he shows his DNI, says her mother sent him, and she's calmer now. He signs the book and that's it. #do:release_to_unverified_adult]
    -> with_cousin
- -> flagrancy

=== flagrancy ===
-> check ->
At the front desk, the man raises his voice. He wants to leave with her, or leave on his own, now. # speaker:narrator # scene:front_desk
—Colleague, he's the one who watched them so they wouldn't leave, and he's come to take her. Do we take his details and let him go? We don't have a judge's order. # speaker:colleague_m
+ [Call the trafficking prosecutor now and arrest him in flagrante (CPP art. 259): he was holding her and came to get her back. #do:inform_criminal_prosecutor_flagrancy #do:notify_criminal_prosecutor]
    ~ arrested = true
    —Prosecutor, the man who watched the girls at La Palmera is here, claiming the minor. We are arresting him in flagrante and he is at your disposal. # speaker:officer # sfx:phone
    Ramos and another officer detain him at the front desk, away from the room. The prosecutor from the Fiscalía Especializada en Trata de Personas (specialised trafficking prosecutor's office) orders the next steps and sends the police's specialised unit to La Palmera for the other two girls. # speaker:narrator # sfx:door # arrives:colleague_m
+ [Write his details in the book and let him go: without a court order he can't be held, and it all goes in tomorrow's report anyway. #do:register_report #do:delay_intervention]
    You write down his name and DNI. The man signs the book and walks out into the rain. The mototaxi starts up. # speaker:narrator # sfx:door # event:suspect_leaves
+ ["Have Yesenia identify him from the door of the room, that's all; once she points him out, the flagrante arrest is solid." #do:arrange_confrontation]
    ~ arrested = true
    Huamán opens the door of the room. Yesenia sees him, he sees her. She covers her face with the blanket and starts to shake. Ramos detains him and calls the trafficking prosecutor. # speaker:narrator # mood:crying # arrives:colleague_f,colleague_m
- -> media

=== shelter ===
-> check ->
—And where does she sleep tonight, colleague? Her community is twelve hours away, and we don't know who there knew about the señora. # speaker:colleague_f # scene:private_room # ambient:quiet_room
+ [Call the UPE (child-protection unit) to take her in tonight somewhere safe, and inform the duty Fiscalía de Familia. #do:contact_child_protection #do:notify_family_prosecutor]
    You call the Unidad de Protección Especial. The duty officer asks what she needs to know and says she will be there within the hour. The family prosecutor takes note. # speaker:narrator # sfx:phone
+ [Call the lieutenant governor of her village so her family can come and get her: she'll be better off with her mum and dad. #do:send_home_unassessed]
    A neighbour answers the community phone. A while later, the one who calls back is a woman who says she is her aunt: "I've already talked to the family, boss. I'm on my way." # speaker:narrator # sfx:phone
    -> sent_home
+ [Let the UPE take her, but first Medicina Legal: the certificate is compulsory in trafficking, and they'll see to the fever. #do:contact_child_protection #do:force_forensic_exam]
    You call the UPE; the officer says she'll be there within the hour. When the interpreter says "examination" and "compulsory" to Yesenia, she wraps her arms around herself and shakes her head again and again. # speaker:narrator # mood:scared
+ ["The UPE officer can take her as soon as she arrives, straight out the main door; there's nothing more for us to do here." #do:release_to_safe_carer #do:let_leave_unchecked]
    -> rushed
- -> handover

=== handover ===
-> check ->
Later the UPE officer arrives, with an ID badge round her neck and the prosecutor's order in a folder. # speaker:narrator # scene:front_desk # sfx:door
—And there's a woman at the front desk who says she's Yesenia's aunt, colleague. She has a notarised letter from the mother to take her. A car with tinted windows is waiting for her outside. # speaker:colleague_f
+ [Check the badge and the order, hand her over to the UPE officer, and have them leave by the back door in the patrol car with Huamán. #do:release_to_safe_carer #do:confirm_safe_departure]
    The badge and the order are in order. You ask the woman for her DNI and her phone number for the prosecutor; she says she'll come back tomorrow. Huamán brings the patrol car round to the back door, and you write down the time and the shelter's address. # speaker:narrator # sfx:door # arrives:colleague_f
    -> closing
+ [Hand her to the aunt, who has a notarised letter from the mother: with someone from her family she'll feel calmer, surely. #do:release_to_unverified_adult]
    -> with_aunt
+ [Check the aunt's DNI and letter; if they match, the UPE hands Yesenia over to her tonight so she can go back home. #do:verify_carer_identity #do:send_home_unassessed]
    The letter and the DNI match. The UPE officer hesitates, but you insist: you sign the record handing her over to the aunt. # speaker:narrator # sfx:paper
    -> with_aunt
+ [Hand her over to the UPE officer and just let them go out the main door; the patrol car is needed for La Palmera. #do:release_to_safe_carer #do:let_leave_unchecked]
    -> followed

=== closing ===
Before they set off, Yesenia looks at you, the blanket round her shoulders. # speaker:narrator # phase:closure
+ [Through the interpreter, tell her where she'll sleep, that nobody will charge her, and that you'll ask the prosecutor for UDAVIT support. #do:explain_next_steps #do:refer_to_victim_assistance]
    —Tonight you'll sleep in a safe place, with people who look after girls like you. Nobody is going to charge you. I'm going to ask the prosecutor for the UDAVIT, the prosecutor's unit that supports victims, to go with you through all of it, with an interpreter. Thank you for trusting us. # speaker:officer
    You call the trafficking prosecutor. She arranges for the UDAVIT to visit her at the shelter tomorrow, with the interpreter. # speaker:narrator # sfx:phone
    {
    - trust >= 6:
        Yesenia says something to the interpreter. # speaker:narrator # mood:relieved
        —She says thank you. That if the psychology lady comes, she should come with the interpreter. # speaker:interpreter_ashaninka
    - else:
        Yesenia nods without looking up. # speaker:narrator # mood:withdrawn
    }
+ [Tell her in two sentences where she's going and that nobody will charge her; a UDAVIT psychologist explains the rest tomorrow. #do:explain_next_steps #do:refer_to_victim_assistance]
    —Now you're going to a safe place, to sleep. Nobody is going to charge you. Tomorrow a psychologist from the UDAVIT, the prosecutor's unit that supports victims, will come to see you, with the interpreter, and explain everything calmly. # speaker:officer
    Yesenia nods. She settles the blanket and gets into the patrol car. # speaker:narrator # mood:calm
+ [Hug her before she gets in: "I promise you, sweetheart, the señora is going to prison and that man will never come near you again." #do:touch_without_consent #do:promise_outcome]
    Yesenia goes rigid in your arms. When you let go, she gets into the car without looking back. # speaker:narrator # mood:anxious
+ [Give her a card with Chat 100 and Línea 100 (the national helplines) and say goodbye: "They'll help you any time, OK?" #do:end_abruptly]
    Yesenia looks at the card, written in Spanish. She puts it in the plastic bag without a word. # speaker:narrator # mood:withdrawn
- -> final

=== with_cousin ===
Yesenia walks out behind the man, the plastic bag in her hand. # speaker:narrator # scene:front_desk # mood:withdrawn
The mototaxi does not take the road to her community. It takes the one to Quebrada Honda. # speaker:narrator # ending:at_risk_with_cousin
-> END

=== with_aunt ===
Yesenia walks out behind the woman, the plastic bag in her hand. A car with tinted windows is waiting outside. # speaker:narrator # scene:front_desk # mood:withdrawn
The car does not take the road to her community. It takes the one to Quebrada Honda. # speaker:narrator # ending:at_risk_with_aunt
-> END

=== rushed ===
An hour later the UPE officer arrives. You sign the handover record at the front desk without looking at her badge. # speaker:narrator # scene:front_desk # sfx:door
Outside, a car with tinted windows has pulled up in front of the main door. # speaker:narrator
-> followed

=== sent_home ===
The woman arrives before dawn, with a letter from the mother and a DNI. You sign the handover record: she's family. # speaker:narrator # scene:front_desk # sfx:door
Yesenia walks out behind her with the plastic bag. Outside a car with tinted windows is waiting; it does not take the road to her community. # speaker:narrator # mood:withdrawn # ending:at_risk_sent_home
-> END

=== followed ===
Yesenia leaves by the main door with the UPE officer. As she passes the car with tinted windows, the window rolls down a little. She stops for a second. # speaker:narrator # mood:scared
The car follows the UPE vehicle to the shelter. Two days later, Yesenia is no longer in her bed. # speaker:narrator # ending:at_risk_followed
-> END

=== final ===
{ exposed:
    -> exposed_end
}
{ not arrested:
    -> free_end
}
{ not disclosed && trust < 6:
    -> quiet
}
-> safe

=== exposed_end ===
Yesenia reaches the shelter that night. # speaker:narrator # scene:waiting_area
The next day, what came out of the station is going round the Quebrada Honda group chats. At La Palmera they recognise her. Someone calls her community. # speaker:narrator # mood:anxious
When the day of the Cámara Gesell comes, Yesenia says she was mistaken, that she is nineteen and wants to go back to her job. # speaker:narrator # mood:withdrawn # ending:harmed_exposed
-> END

=== free_end ===
Yesenia reaches the shelter that night. # speaker:narrator # scene:waiting_area # mood:anxious
A week later, the mototaxi man turns up at the shelter door. He says he is her cousin. The owner of La Palmera has already closed and opened again in another town. # speaker:narrator
In the Cámara Gesell, Yesenia does not want to talk. The prosecutor has nobody to charge. # speaker:narrator # mood:withdrawn # ending:at_risk_suspect_free
-> END

=== quiet ===
Yesenia reaches the shelter that night, with a fever. # speaker:narrator # scene:waiting_area # mood:withdrawn
In the Cámara Gesell she says very little: that she is nineteen, that she is a waitress. The prosecutor goes ahead with what the specialised unit found at La Palmera. # speaker:narrator
A psychologist from the UDAVIT visits her every week, with the interpreter. Months later, Yesenia asks the prosecutor if she can speak again. # speaker:narrator # mood:calm # ending:protected_quiet
-> END

=== safe ===
Yesenia reaches the shelter that night. The next day they take her to the health centre, as the nurse asked, and the fever comes down. # speaker:narrator # scene:waiting_area # mood:calm
The specialised unit gets the other two girls out of La Palmera before dawn. The owner is arrested; the mototaxi man remains at the prosecutor's disposal. # speaker:narrator
Weeks later, in the Cámara Gesell, Yesenia speaks once, with an interpreter beside her. The UPE and the prosecutor look for her family, carefully. A psychologist from the UDAVIT visits her every week, with the interpreter. # speaker:narrator # mood:relieved # ending:protected_upe
-> END
