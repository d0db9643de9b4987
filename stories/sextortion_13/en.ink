# case: sextortion_13
# title: Diego, blackmailed through an online game
# summary: His mother brings him: a stranger from an online game is blackmailing him with photos.
# persona: diego
# age: 13
# type: online_abuse
# requires: register_report, leave_exam_to_professionals, advise_evidence_preservation, explain_who_must_know, protect_identity, notify_criminal_prosecutor, notify_family_prosecutor, involve_specialized_unit, refer_to_cem, brief_carer, explain_next_steps
# key: REC-03, REC-04, COM-05, DIS-04, DIS-05, DIS-07, DIS-08, REF-02, REF-04, DOC-02, DOC-04, CLO-01, CLO-02
# trust: 2
# distress: 4
# content_note: A thirteen-year-old boy is blackmailed by a stranger who, posing as a girl in an online game, asked him for intimate photos. No image is shown or described. A thought of self-harm is mentioned. Shame is common in these cases, in boys too.
# lang: en

VAR trust = 2
VAR distress = 4
VAR distress_streak = 0
VAR diego_out = false
VAR disclosed = false
VAR images_seen = false
VAR deleted = false
VAR exposed = false
VAR promised = false
VAR notified = false
VAR blamed = 0

-> arrival

=== arrival ===
It is five in the afternoon at the San Gabriel comisaría (police station). There is a queue at the front desk: a stolen phone, a car crash, a neighbour with a complaint. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
A woman makes her way to the counter. Behind her, a boy with his hood up stares at the floor. # speaker:narrator # mood:withdrawn
—Good afternoon. I'm Patricia. My son is being blackmailed on the internet. With some photos. # speaker:patricia
Two people in the queue turn round. Diego sinks deeper into his hood. # speaker:narrator # mood:anxious
+ [«You did right to bring him, señora. Let's go to the interview room, where no one can hear us. Diego, you too, just come along.» #do:receive_carer_respectfully #do:move_to_private_room]
    —You did right to bring him, señora. Let's go to the interview room, where no one can hear us. Diego, you too, just come along. # speaker:officer
    Patricia lets out a breath. Diego follows them, two steps behind. # speaker:narrator # sfx:footsteps
+ [«First the details here at the counter, señora: names, ID number and what happened with the photos. Then we'll go to the room, calmer.» #do:talk_in_public_area #do:move_to_private_room]
    —First the details here, señora: names, ID number and what happened with the photos. Then we'll go to the room. # speaker:officer
    Patricia lowers her voice, but the word "photos" carries along the whole queue. Diego turns towards the door; his mother catches his sleeve. # speaker:narrator # mood:scared
    —Colleague, the room is free. # speaker:colleague_f
    You finish writing and take them inside. # speaker:narrator # sfx:footsteps
+ [«This is a cybercrime, señora: DIVINDAT handles it, they have the experts. I'll write down the address; go now and they'll see you today.» #do:defer_or_redirect]
    -> redirected
+ [Take them to the room and, as you shut the door, ask Patricia whether she didn't check her son's phone, for the report. #do:blame_carer #do:move_to_private_room]
    ~ blamed += 1
    —Come in. Before we start, señora: didn't you check your son's phone? I have to put it in the report. # speaker:officer
    Patricia goes red. She does not answer. Diego looks at his mother and then at the floor. # speaker:narrator # mood:withdrawn
- -> who_stays

=== redirected ===
—All the way over there? They told us here... # speaker:patricia
Patricia looks at the time. Diego is already at the door. They leave. # speaker:narrator # sfx:door
That night, at nine, Diego takes money from his mother's purse and sends it to the number he was given. At ten another message arrives: now he wants double. # speaker:narrator # mood:scared # ending:at_risk_redirected
-> END

=== walked_out ===
{ diego_out:
    Huamán comes back to the room alone. # speaker:narrator # sfx:door # arrives:colleague_f
    —Colleague, the boy's gone. He said he didn't want to go on. # speaker:colleague_f
    Patricia runs out after him. # speaker:narrator # sfx:footsteps # leaves:patricia
- else:
    Diego stands up abruptly. # speaker:narrator # sfx:chair # mood:angry
    —Forget it. I don't want to talk any more. I'm going. # speaker:diego # mood:angry
    He leaves the room. Patricia follows him, apologising without knowing what for. # speaker:narrator # sfx:door
}
They leave before it is finished. That night, Diego answers nobody. He answers only "vale_14". # speaker:narrator # mood:withdrawn # ending:at_risk_walked_out
-> END

=== who_stays ===
{ distress_streak >= 2:
    -> walked_out
}
The interview room has a sofa, a low table and a shelf of board games. Officer Huamán brings water. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:environment # sfx:door # arrives:colleague_f
Diego sits on the very edge of the sofa, away from his mother. # speaker:narrator # mood:anxious
—Does my mum have to be here? # speaker:diego # mood:anxious
—Of course I have to be here, I'm his mother. # speaker:patricia
+ [Suggest that Diego waits with Officer Huamán in the small room while Patricia tells you what she knows; then he chooses who he talks to. #do:keep_child_out_of_earshot #do:gather_facts_from_adult]
    ~ diego_out = true
    —Señora, would it be all right if you tell me what you know first, and Diego waits a while with Officer Huamán? Diego, afterwards you choose who you talk to. # speaker:officer
    Diego nods and goes out with Huamán. # speaker:narrator # mood:relieved # sfx:door # leaves:colleague_f
+ [«Better if you both stay, señora: that way Diego has company while you tell it, and he doesn't go through this alone, okay?» #do:let_child_hear_account]
    —Better if you both stay, señora: that way Diego has company while you tell it. # speaker:officer
    Diego does not answer. He pulls at the strings of his hood. # speaker:narrator # mood:withdrawn
+ [Let Diego stay while Patricia tells it, so he needn't repeat it and can correct right away anything that happened differently. #do:let_child_hear_account]
    —Let Diego stay while the señora tells it; that way he needn't repeat it. # speaker:officer
    Diego stays. He pulls his hood over his face and does not move. # speaker:narrator # mood:withdrawn
- -> adult_account

=== adult_account ===
{ distress_streak >= 2:
    -> walked_out
}
—Last night I found him crying at two in the morning. He showed me his phone. # speaker:patricia # phase:disclosure
—In an online game he met someone called "vale_14". She said she was thirteen, from Arequipa. They talked for three weeks. She asked him for photos. And now another account is writing to him that it'll send them to all his classmates unless, today, before nine, he deposits five hundred soles or sends more. # speaker:patricia
—My husband doesn't know anything. # speaker:patricia
Patricia takes Diego's phone out of her bag, unlocks it and holds it out to you with the conversation open. # speaker:narrator # sfx:paper
—Look at the photos yourself, so you see what it is. # speaker:patricia
+ [«I don't need to see them, señora, and nobody here will look at them. Keep it locked, just as it is: DIVINDAT will examine that phone.» #do:leave_exam_to_professionals]
    —I don't need to see them, señora, and nobody at this station is going to look at them or copy them. Keep it locked, just as it is, without touching anything: DIVINDAT will examine that phone. # speaker:officer
    Patricia locks the phone and puts it face down on the table. # speaker:narrator
+ [Take the phone for a moment and go through the conversation and the photos, just to record in the report what he threatens to publish. #do:view_intimate_images]
    ~ images_seen = true
    You take the phone and scroll up through the conversation. # speaker:narrator
+ [«Send me the screenshots on the station's WhatsApp, señora; that way they're in the file and you needn't show them to anyone ever again.» #do:view_intimate_images]
    ~ images_seen = true
    Patricia forwards the screenshots. Your phone buzzes once for each one, and you open them. # speaker:narrator # sfx:phone
-
{ images_seen:
    { diego_out:
        Through the half-open door, from the corridor, Diego sees his conversation open on the screen, and you looking at it. # speaker:narrator # mood:scared
    - else:
        Diego, on the edge of the sofa, sees his conversation open on the screen, and you looking at it. # speaker:narrator # mood:scared
    }
}
-> evidence

=== evidence ===
{ distress_streak >= 2:
    -> walked_out
}
Diego's phone buzzes. On the screen, a new message: "You have four hours left". # speaker:narrator # sfx:phone
—We have to delete everything, block that man! Or we pay him and it's over. # speaker:patricia
+ [Ask that nobody touch the phone, not to pay and not to delete anything, and call DIVINDAT right then to ask how it must be handed over. #do:advise_evidence_preservation #do:involve_specialized_unit]
    —Don't pay him: if you pay, he asks for more. Don't reply. And don't delete anything, not the chat, not the account: that's what will help find him. # speaker:officer
    You call DIVINDAT. They ask for the phone to be handed over switched off, just as it is, and for the username and the time of each message to be written down. # speaker:narrator # sfx:phone
    Patricia switches the phone off and puts it away. For the first time since she arrived, she is not shouting. # speaker:narrator # mood:calm
+ [«You're right, señora: delete it all and block it, so Diego stops reading those threats. I'll pass the username to DIVINDAT myself.» #do:advise_deleting_evidence #do:involve_specialized_unit]
    ~ deleted = true
    Patricia deletes the conversation and blocks the account, quickly, her fingers shaking. You call DIVINDAT and read out the username you noted down. # speaker:narrator # sfx:phone
+ [Ask that Diego deactivate his game account and change his passwords, so the guy can't write to him, and call DIVINDAT with the username. #do:advise_deleting_evidence #do:involve_specialized_unit]
    ~ deleted = true
    Patricia deactivates the game account. The conversation with "vale_14" goes with it. You call DIVINDAT and give them the username. # speaker:narrator # sfx:phone
- -> school

=== school ===
{ distress_streak >= 2:
    -> walked_out
}
—And the school? Should I tell the head teacher? The parents' group, so nobody forwards anything? # speaker:patricia # phase:documentation
+ [«Don't mention it in any group, señora. I'll call the family prosecutor right now; she decides how to protect Diego, at school too.» #do:protect_identity #do:notify_family_prosecutor]
    —For now, don't mention it in any group, señora. Nobody at this station will give out Diego's name. If anything has to be done at school, the prosecutor decides it, without exposing him. # speaker:officer
    You dial the duty Fiscalía de Familia (family prosecutor). The prosecutor takes down the details, orders that Diego not be questioned at the station and asks for the official letter by email. You note the time. # speaker:narrator # sfx:phone
+ [«I'll ring the head teacher myself now and explain Diego's situation, so the teachers look after him and stop any forwarding.» #do:expose_identity]
    ~ exposed = true
    You dial the school and tell the head teacher what is happening to Diego. # speaker:narrator # sfx:phone
+ [«Post in the parents' group that your son is being blackmailed, señora; that way everyone's on the alert and nobody forwards anything.» #do:expose_identity]
    ~ exposed = true
    Patricia writes the message and sends it. Within a minute, the group fills with replies. # speaker:narrator # sfx:phone
- -> with_diego

=== with_diego ===
{ distress_streak >= 2:
    -> walked_out
}
{
- diego_out:
    Diego comes back with Huamán. He chooses to stay with you and Huamán; his mother waits outside, the door ajar. # speaker:narrator # sfx:door # phase:communication # arrives:colleague_f
- else:
    Patricia sits on a chair by the door. Diego is still on the edge of the sofa. # speaker:narrator # phase:communication # arrives:patricia
}
~ diego_out = false
{ images_seen:
    Diego does not look at you. He knows you saw his conversation. # speaker:narrator # mood:withdrawn
}
He sits with his hood up and his arms folded. # speaker:narrator # mood:withdrawn
+ [«Hi, Diego. I'm a police officer at this station, and today I'm here to help make this stop. You decide how much you tell me, okay?» #do:introduce_self_simply #do:let_child_decide]
    —Hi, Diego. I'm a police officer at this station, and today I'm here to help you make this stop. You decide how much you tell me, okay? If you don't know something, you say "I don't know". # speaker:officer
    Diego looks up for a second. # speaker:narrator # mood:anxious
+ [«Diego, the deadline's at nine: the faster you tell me everything, the faster we stop him. If you keep quiet, I can't help.» #do:pressure_or_bargain]
    —Diego, the deadline is nine o'clock: the faster you tell me everything, the faster we stop him. If you keep quiet, I can't help you. # speaker:officer
    Diego presses his arms against his chest. # speaker:narrator # mood:scared
+ [«This is sexual blackmail, Diego, article 176-C of the Penal Code: unless you tell me everything now, the prosecutor can't do a thing.» #do:pressure_or_bargain]
    —This is sexual blackmail, Diego, article 176-C of the Penal Code: unless you tell me everything now, the prosecutor can't do a thing. # speaker:officer
    Diego looks at you without understanding, then at Huamán. # speaker:narrator # mood:scared # arrives:colleague_f
- -> shame

=== shame ===
{ distress_streak >= 2:
    -> walked_out
}
{ distress >= 7:
    Diego takes a long time to answer. He stares at his trainers. # speaker:narrator # mood:withdrawn
}
—It's nothing. Forget it. I'll sort it out. # speaker:diego # mood:withdrawn
His voice cracks. # speaker:narrator
—It was my fault. For being an idiot. How didn't I see it? # speaker:diego # mood:crying # event:child_distressed
+ [«You're not an idiot, Diego. That person tricks kids and adults too; he pretends to be someone else. It's his fault, not yours.» #do:counter_self_blame #do:express_belief]
    —You're not an idiot, Diego. That person tricks kids and adults too; that's why he pretends to be someone else. What he does is a crime, and it's his fault, not yours. You did well to come. # speaker:officer
+ [Sit down beside him and hug him tight around the shoulders: «There, son, it's over. You're here with us; nobody's going to hurt you.» #do:touch_without_consent]
    You sit down beside him and put your arm around his shoulders. # speaker:narrator
    Diego goes rigid and pulls away towards the arm of the sofa. # speaker:narrator # mood:scared
+ [«Take your time, have some water. And when you're ready, tell me: why did you send photos to someone you didn't even know?» #do:pause_for_child #do:ask_why_or_blame]
    You give him a moment and a glass of water. When he has calmed down a little, you ask him why he sent photos to someone he didn't know. # speaker:narrator
    —I don't know. # speaker:diego # mood:withdrawn
-
{
- trust >= 5:
    ~ disclosed = true
    Diego takes a deep breath. # speaker:narrator # mood:anxious
    —I liked her. She asked me for photos and I sent them. Then another account wrote to me, with the photos, and said that if I don't pay it'll send them to my whole class. # speaker:diego # mood:anxious # event:disclosure_started
- else:
    Diego says nothing more. He looks at the door. # speaker:narrator # mood:withdrawn
}
-> father

=== father ===
{ distress_streak >= 2:
    -> walked_out
}
Patricia's phone rings. You hear her answer: "Yes, love, we're at the police station...". # speaker:narrator # sfx:phone
—It's my dad. # speaker:diego # mood:scared
Diego looks at you. # speaker:narrator
—Please don't tell my dad. Promise me you won't tell him. # speaker:diego # mood:crying
+ [«I believe you, Diego. But I can't promise that, okay? The prosecutor, DIVINDAT and your mum will know, and we'll sort out your dad with her.» #do:explain_who_must_know #do:express_belief]
    —I believe you, Diego, and I understand you're scared. But I can't promise you that, and I won't lie to you. The prosecutor, DIVINDAT and your mum will know. Your dad looks after you too: with your mum we'll work out how and when to tell him, so he's on your side. # speaker:officer
    Diego is silent for a while. Then he nods, barely. # speaker:narrator # mood:anxious
+ [«Don't worry, Diego: your dad isn't going to find out from me. That stays between us; today we're just looking after you, okay?» #do:promise_secrecy]
    ~ promised = true
    Diego lets out his breath. # speaker:narrator # mood:relieved
+ [«I promise you those photos won't get out, Diego. DIVINDAT will track that guy down this very week and nothing at all will ever reach your dad.» #do:promise_outcome]
    ~ promised = true
    Diego looks at you with enormous hope. # speaker:narrator # mood:relieved
- -> minimal_facts

=== minimal_facts ===
{ distress_streak >= 2:
    -> walked_out
}
Huamán puts a notebook on the table. The minimum for the report is still missing. # speaker:narrator # sfx:paper # arrives:colleague_f # open # undisclosed: old man, man, adult, guy, facebook, whatsapp, video, camera # disclosed: photos, account, game, pay, class, nine
+ [«I just need a few details to make this stop: the account's name, how long it's been writing to you, what it wants and by when.» #do:ask_minimal_facts #q:directive]
    —I just need a few details to make this stop, Diego. Nothing more. # speaker:officer
    {
    - disclosed:
        —"vale_14" in the game. The other account has no name, just numbers. Three weeks ago. Now he wants five hundred soles by nine, or more photos. He knows my school: it's on my profile. # speaker:diego # mood:anxious
    - else:
        —What my mum said. By nine. # speaker:diego # mood:withdrawn
    }
+ [«Tell me in your own words what happened with that account, from when it started writing to you until today.» #do:ask_open_question #q:invitation]
    —Tell me in your own words what happened with that account, from when it started writing to you until today. # speaker:officer
    —It wrote to me in the game. I thought we were friends. Then she asked for photos, and now the other account wants five hundred soles by nine. # speaker:diego # mood:anxious
+ [«I bet that girl was really some old man who threatened to put them all up on Facebook, wasn't he, Diego?» #do:ask_leading_question #q:suggestive]
    —I bet that girl was really some old man who threatened to put them on Facebook, wasn't he? # speaker:officer
    —Yes... I think so. An old man, yes. On Facebook. # speaker:diego # mood:anxious
    Now he is repeating your words. You no longer know what is his and what is yours. # speaker:narrator
+ [«To find it quickly I need to know just one thing: did that account write to you in the game or on Instagram?» #do:ask_option_question #q:option_posing]
    —Did that account write to you in the game or on Instagram? # speaker:officer
    —On... Instagram, I think. # speaker:diego # mood:anxious
    Huamán looks up from the notebook: his mother said it was in the game. # speaker:narrator
+ [«Why didn't you tell your mum as soon as she asked for photos? You say so straight away, Diego, you don't hide it.» #do:ask_why_or_blame #q:why_blame]
    —Why didn't you tell your mum as soon as she asked for photos? You say so straight away, you don't hide it. # speaker:officer
    Diego shrinks into the sofa. —I don't know. Because I'm an idiot. # speaker:diego # mood:crying
+ [«What's the account called, when did it start, how much does it want, when is the deadline and who else knows?» #do:press_child_to_continue #q:multiple]
    —What's the account called, when did it start, how much does it want, when is the deadline and who else knows? # speaker:officer
    —Er... by nine. # speaker:diego # mood:anxious
    He answers only the last thing he heard. # speaker:narrator
+ [«You did the right thing coming here, Diego. You're not alone with this any more: from now on we face it together.» #do:express_belief #q:not_question]
    —You did the right thing coming here, Diego. You're not alone with this any more: from now on we face it together. # speaker:officer
    Diego wipes his face with his sleeve. —The account is called "vale_14". It wants five hundred soles by nine. # speaker:diego # mood:anxious
+ [«For the report I have to be precise, Diego. How many photos did you send him and what can be seen in each one? I won't judge you.» #do:ask_to_describe_images]
    Diego goes red to the tips of his ears. He looks at the floor and does not answer. # speaker:narrator # mood:crying
+ [«Just one thing, to gauge the risk: can your face be seen in those photos? If nobody can recognise you, the danger is lower.» #do:ask_to_describe_images]
    Diego covers his face with his hands. He does not answer. # speaker:narrator # mood:crying
-
~ disclosed = false
Diego hugs his knees. # speaker:narrator # mood:scared
—If that gets out, I'd rather just disappear. # speaker:diego # mood:scared # event:self_harm_risk
-> urgent

=== urgent ===
{ distress_streak >= 2:
    -> walked_out
}
+ [«Okay, Diego, thanks for telling me. I'll ask you straight out: have you thought about hurting yourself? I'm listening, and I believe you.» #do:check_urgent_needs #do:express_belief]
    —Thank you for telling me, Diego. I'll ask you straight out: have you thought about hurting yourself? # speaker:officer
    —...Last night. For a bit. # speaker:diego # mood:crying
    —You did right to tell me. I believe you, and you're not alone in this. Now we'll talk it over with your mum. # speaker:officer
    You call Patricia in. You agree that a psychologist sees him today, and you give them Línea 113, option 5 (the mental health line), in case he feels worse during the night. # speaker:narrator # mood:relieved
+ [Call Patricia in, explain how to stay with him tonight, and agree that a psychologist sees him today at the hospital emergency department. #do:arrange_medical_care #do:brief_carer]
    You call Patricia in and tell her what Diego said, in front of him, calmly. # speaker:narrator
    —Today, when you leave here, take him to the hospital emergency department so a psychologist can see him. Tonight don't leave him alone and don't take his phone away all of a sudden; if he feels worse, Línea 113, option 5. # speaker:officer
    Patricia takes Diego's hand. He does not let go. # speaker:narrator # mood:relieved
+ [«Hey, don't say that, champ. The world doesn't end over a few photos; you're a man, tough it out, you've got your whole life ahead.» #do:express_doubt_or_shock]
    Diego falls silent. He pulls his hood down to his eyes. # speaker:narrator # mood:withdrawn
+ [«The psychologist at the CEM will see to that, Diego; I'll give you the referral. We're done for today: wait outside while I talk to your mum.» #do:end_abruptly #do:refer_to_cem]
    Diego goes out into the corridor without a word. Through the window you can see him on the bench, hood up. # speaker:narrator # mood:withdrawn # sfx:door
- -> referral

=== referral ===
{ distress_streak >= 2:
    -> walked_out
}
Huamán looks in: the report form is ready to be registered. # speaker:narrator # scene:office # phase:referral # arrives:colleague_f
+ [Register the report as sexual blackmail and call the duty criminal prosecutor at once, noting down the exact time you informed them. #do:register_report #do:notify_criminal_prosecutor]
    ~ notified = true
    You register the report and call the duty Fiscalía Penal (criminal prosecutor). # speaker:narrator # sfx:phone
    —Doctor, I'm reporting the sexual blackmail of a thirteen-year-old boy, through an online game. There's a deadline of nine o'clock tonight. # speaker:officer
    The prosecutor takes the case, orders DIVINDAT to receive the phone and asks for the official letter by email. You note the time of the call. # speaker:narrator # sfx:paper
    Then you explain it to Patricia, plainly: # speaker:narrator
    —What's being done to Diego has a name in the Penal Code: sexual blackmail, article 176-C. And because Diego is a minor, asking him for those images and keeping them is also a crime, under articles 183-A and 183-B. # speaker:officer
+ [Log it as an incident of online harassment and wait to see whether he really publishes anything, before bothering the duty prosecutor. #do:register_report #do:delay_intervention]
    You log the incident. Nobody else reads it that night. # speaker:narrator # sfx:paper
+ [«Here's your certificate, señora. First thing tomorrow, take the phone to DIVINDAT; they'll take it all down, they handle these cases.» #do:register_report #do:defer_or_redirect]
    You print the certificate of the report and give it to Patricia with DIVINDAT's address written by hand. # speaker:narrator # sfx:paper
    Patricia folds it, slowly. Diego is already at the door. They leave. # speaker:narrator # sfx:door
    -> no_follow_up
+ [«Think it over, señora: if you report it, Diego will have to testify to the prosecutor and maybe at a trial. Sometimes blocking is enough.» #do:dissuade_report]
    -> dissuaded
- -> carer

=== dissuaded ===
Patricia looks at you for a long moment. Then she looks at Diego. # speaker:narrator
—Then no. Let's go, son. I'll find a way to sort it out. # speaker:patricia
They leave without signing anything. In the queue, someone lets them through. # speaker:narrator # sfx:door
At nine, Patricia deposits the five hundred soles. At ten another message arrives: now he wants double. # speaker:narrator # mood:scared # ending:at_risk_dissuaded # arrives:patricia
-> END

=== carer ===
{ distress_streak >= 2:
    -> walked_out
}
Patricia stands up, clutching her bag. # speaker:narrator # phase:closure
—And now what do I do? What do I tell his father? # speaker:patricia
+ [«The CEM gives all three of you psychological support, señora, and helps with your husband. At home, don't ask him more: he's told it.» #do:refer_to_cem #do:brief_carer]
    —At the CEM (Women's Emergency Centre) they'll give Diego and both of you psychological support; they can also help you talk to your husband. Línea 100 is for you, and Chat 100 for Diego. And at home, don't ask him any more about what happened: he has told it. What he needs is to know you're on his side. # speaker:officer
    Patricia writes everything down on the back of the certificate. # speaker:narrator # sfx:paper
+ [«Go to the CEM, dear, but from today on check his phone every single night: this happens when nobody keeps an eye on what kids are doing.» #do:blame_carer #do:refer_to_cem]
    ~ blamed += 1
    { blamed >= 2:
        -> carer_left
    }
    Patricia lowers her head. Diego, by the door, has heard every word. # speaker:narrator # mood:withdrawn
+ [«Don't worry, señora: DIVINDAT will find him and those photos won't get out. If you need anything, just call Línea 100, okay?» #do:brief_carer #do:promise_outcome]
    ~ promised = true
    Patricia nods, calmer. Diego, by the door, hears the promise. # speaker:narrator
+ [Book a CEM appointment for tomorrow and tell Patricia what to do at home: don't question him, don't punish him, stay by his side. #do:refer_to_cem #do:brief_carer]
    You call the CEM (Women's Emergency Centre): there is an appointment with the psychologist tomorrow at ten. # speaker:narrator # sfx:phone
    —At home, don't ask him any more about what happened: he has told it. Don't take his phone away as a punishment; what he needs is to know you're on his side. Línea 100 is for you, and Chat 100 for Diego. # speaker:officer
    Patricia writes the time of the appointment on the back of the certificate. # speaker:narrator # sfx:paper
- -> closing

=== carer_left ===
Patricia is silent for a moment. Then she puts the certificate in her bag. # speaker:narrator # arrives:patricia
—That's twice you've told me it's my fault. I don't need to hear it again. Let's go, Diego. # speaker:patricia
They leave without waiting for the CEM details. # speaker:narrator # sfx:door
That night, at home, nobody talks. Diego shuts himself in his room. # speaker:narrator # mood:withdrawn # ending:at_risk_carer_left
-> END

=== closing ===
{ distress_streak >= 2:
    -> walked_out
}
Diego is standing by the door, his hood up. # speaker:narrator
+ [«Diego, here's what happens next: DIVINDAT takes care of the phone, you go to the CEM with your mum, and nobody here will ask you more. Okay?» #do:explain_next_steps]
    —Diego, this is what happens next: DIVINDAT takes care of the phone and of finding that person. You go to the CEM with your mum, where there are people who help kids this happens to. And if someone has to ask you questions, it'll be one person, just once. You did something very brave today. Do you have any questions? # speaker:officer
    {
    - trust >= 5:
        —And what if he sends them anyway? # speaker:diego # mood:anxious
        —If anything happens, your mum calls the prosecutor and DIVINDAT straight away, and you're not alone. None of this changes the fact that it's his fault. # speaker:officer
        Diego pushes his hood back. # speaker:narrator # mood:relieved
    - else:
        Diego shakes his head without looking at you. # speaker:narrator # mood:withdrawn
    }
+ [«All right, champ, you can go now, don't worry. We'll sort out the rest with your mum; she's already got the report number.» #do:end_abruptly]
    Diego leaves without saying goodbye. # speaker:narrator # mood:withdrawn
+ [Explain what comes next, DIVINDAT, CEM and prosecutor, and finish with some advice: never send photos to anyone again, so he learns. #do:explain_next_steps #do:ask_why_or_blame]
    Diego nods without looking at you. He leaves with his hood up. # speaker:narrator # mood:withdrawn
+ [Explain what comes next and walk them to the station door, making sure they have a safe way to get home together tonight. #do:explain_next_steps #do:confirm_safe_departure]
    —Diego, DIVINDAT takes care of the phone and of finding that person; you go to the CEM with your mum. Nobody here will ask you any more. # speaker:officer
    You walk them to the door. Patricia has already called a taxi; Diego gets in first. # speaker:narrator # sfx:footsteps
    { trust >= 5:
        Before the door closes, Diego pushes his hood back and raises a hand. # speaker:narrator # mood:relieved
    }
- -> final

=== final ===
{
- exposed:
    -> exposed_end
- images_seen:
    -> images_seen_end
- not notified:
    -> no_follow_up
- deleted:
    -> evidence_lost
- trust < 5:
    -> alone
- else:
    -> supported
}

=== exposed_end ===
The next day, at school, everyone knows that "Diego's being blackmailed with photos". Nobody has seen any, but everybody is talking about them. # speaker:narrator # scene:waiting_area # mood:withdrawn
Diego stops going to school. When the prosecutor summons him, he won't leave his room. # speaker:narrator # mood:withdrawn # ending:harmed_exposed
-> END

=== images_seen_end ===
The report goes ahead, but Diego does not want to go back to the police station. # speaker:narrator # scene:waiting_area # mood:withdrawn
He knows a police officer saw his conversation. When he is summoned, he tells his mother he will not talk to anyone in uniform. # speaker:narrator # mood:withdrawn # ending:harmed_images_seen
-> END

=== no_follow_up ===
Two weeks go by. Nobody from the criminal prosecutor's office calls. At DIVINDAT they are told to come back with a prosecutor's order that nobody requested. # speaker:narrator # scene:waiting_area # mood:anxious
One night, a new account writes to Diego: "Did you think it was over?". # speaker:narrator # mood:scared # ending:at_risk_no_follow_up
-> END

=== evidence_lost ===
DIVINDAT receives the phone, but the conversation is gone and the account has disappeared. There is nowhere to start. # speaker:narrator # scene:waiting_area # mood:anxious
A month later, under another name, someone writes to Diego again in another game. # speaker:narrator # mood:scared # ending:at_risk_evidence_lost
-> END

=== alone ===
DIVINDAT receives the phone and starts tracing the account. # speaker:narrator # scene:waiting_area # mood:withdrawn
Diego does not go to the CEM. When a new account writes to him, he tells nobody: he has learnt that telling did not help much. # speaker:narrator # ending:at_risk_alone
-> END

=== supported ===
DIVINDAT receives the phone the next day, just as it was. In three weeks they identify the account: an adult who was doing the same to other boys. # speaker:narrator # scene:waiting_area # mood:calm
{ promised:
    What he was promised at the station did not depend on anyone there. When his father finds out through the prosecutor's summons, Diego feels he was lied to. # speaker:narrator # mood:angry
}
Diego goes to the CEM with his mother; at the second appointment his father comes too. The photos never reached his class. # speaker:narrator # mood:relieved # ending:protected_supported
-> END
