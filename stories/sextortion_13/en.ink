# case: sextortion_13
# title: Diego, blackmailed through an online game
# summary: His mother brings him: a stranger from an online game is blackmailing him with photos.
# persona: diego
# age: 13
# type: online_abuse
# requires: register_report, leave_exam_to_professionals, advise_evidence_preservation, explain_who_must_know, protect_identity, notify_criminal_prosecutor, notify_family_prosecutor, involve_specialized_unit, refer_to_cem, brief_carer, explain_next_steps
# key: REC-03, REC-04, COM-05, DIS-04, DIS-05, DIS-07, DIS-08, REF-02, REF-04, DOC-02, DOC-04, CLO-01, CLO-02
# trust: 2
# distress: 7
# content_note: A thirteen-year-old boy is blackmailed by a stranger who, posing as a girl in an online game, asked him for intimate photos. No image is shown or described. A thought of self-harm is mentioned. Shame is common in these cases, in boys too.
# lang: en

VAR trust = 2
VAR distress = 7
VAR notified = false
VAR deleted = false
VAR disclosed = false
VAR diego_out = false
VAR promised = false

-> arrival

=== check ===
{ distress >= 10:
    -> walked_out
}
->->

=== arrival ===
It is five in the afternoon at the San Gabriel comisaría (police station). There is a queue at the front desk: a stolen phone, a car crash, a neighbour with a complaint. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
A woman makes her way to the counter. Behind her, a boy with his hood up stares at the floor. # speaker:narrator # mood:withdrawn
—Good afternoon. I'm Patricia. My son is being blackmailed on the internet. With some photos. # speaker:patricia
Two people in the queue turn round. Diego sinks deeper into his hood. # speaker:narrator # mood:anxious
-> choose

= choose
+ ["You did right to come, señora. Let's go to the interview room; we can talk calmly there." #do:attend_immediately #do:receive_carer_respectfully #do:move_to_private_room]
    —You did right to come, señora. Let's go to the interview room; we can talk calmly there. # speaker:officer
    -> who_stays
+ [Take them to the room, but first: "And don't you check your son's phone, señora?" #do:attend_immediately #do:blame_carer #do:move_to_private_room]
    —Go through to the room. But tell me, señora, don't you check your son's phone? # speaker:officer
    Patricia goes red. She does not answer. Diego looks at his mother and then at the floor. # speaker:narrator # mood:withdrawn
    -> who_stays
* ["Go on, tell me right here, señora, there's a queue. What happened with those photos?" #do:talk_in_public_area]
    —Go on, tell me right here, there's a queue. What happened with those photos? # speaker:officer
    Patricia lowers her voice, but everyone in the queue can hear. Diego turns round and walks towards the door. His mother grabs his arm. # speaker:narrator # mood:scared
    —Colleague, wouldn't the room be better? # speaker:colleague_f
    -> choose
+ ["That's for DIVINDAT, señora, the cybercrime division. We don't have IT experts here; go over there." #do:defer_or_redirect]
    -> redirected

=== redirected ===
—All the way over there? They told us here... # speaker:patricia
Patricia looks at the time. Diego is already at the door. They leave. # speaker:narrator # sfx:door
That night, at nine, Diego takes money from his mother's purse and sends it to the number he was given. At ten another message arrives: now he wants double. # speaker:narrator # mood:scared # ending:at_risk_redirected
-> END

=== walked_out ===
Diego stands up abruptly. # speaker:narrator # sfx:chair # mood:angry
—Forget it. I don't want to report anything. I'm going. # speaker:diego # mood:angry
He walks out of the room. Patricia follows him, apologising without knowing why, and they leave without signing anything. # speaker:narrator # sfx:door
That night Diego answers nobody. He answers only "vale_14". # speaker:narrator # mood:withdrawn # ending:at_risk_walked_out
-> END

=== who_stays ===
-> check ->
The interview room has a sofa, a low table and a shelf of board games. Officer Huamán brings water. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:environment # sfx:door
Diego sits on the edge of the sofa, away from his mother. # speaker:narrator # mood:anxious
—Does my mum have to be here? # speaker:diego # mood:anxious
—Of course I have to be here, I'm your mother. # speaker:patricia
+ [Agree with both of them: Diego waits a while with Officer Huamán in the little room next door while Patricia tells you what she knows; afterwards he decides whether he talks with you alone, with Huamán, or with his mother. #do:keep_child_out_of_earshot #do:gather_facts_from_adult #do:ask_child_who_stays]
    ~ diego_out = true
    —Señora, would it be all right if you tell me what you know first, and Diego waits a while with Officer Huamán? Diego, afterwards you decide who you want to talk with. # speaker:officer
    Diego nods, relieved, and goes out with Huamán. # speaker:narrator # mood:relieved # sfx:door
+ ["Diego can stay while the señora tells it; that way no detail gets lost." #do:let_child_hear_account]
    Diego stays. While his mother talks, he covers his face with his hood and does not move. # speaker:narrator # mood:withdrawn
+ ["The señora stays, she's his mother. Diego, you tell us from the beginning: how you met her, what she asked you for and what you sent her." #do:insist_adult_stays #do:ask_for_details]
    Diego looks at his mother, then at you. His eyes fill with tears. He says nothing. # speaker:narrator # mood:crying
- -> adult_account

=== adult_account ===
-> check ->
—Last night I found him crying at two in the morning. He showed me the phone. # speaker:patricia
—In an online game he met a so-called "vale_14". She said she was thirteen, from Arequipa. They talked for three weeks. She asked him for photos. And now another account writes to him that it will send them to all his classmates unless today, before nine, he deposits five hundred soles or sends more. # speaker:patricia # phase:disclosure
—I told him to delete everything and block him. But I got scared. My husband doesn't know anything. # speaker:patricia
Patricia takes Diego's phone out of her handbag, unlocks it and holds it out to you with the conversation open. # speaker:narrator # sfx:paper
—Look at the photos yourself, so you can see what this is. # speaker:patricia
+ [Do not take or look at the phone: "Thank you, señora. I don't need to see them, and nobody here will look at or copy those images. The phone will be examined by the specialised unit." #do:leave_exam_to_professionals]
    —Thank you, señora. I don't need to see them, and nobody at this station is going to look at or copy those images. Keep it as it is, locked, without touching anything. The phone will be examined by the specialised unit. # speaker:officer
    Patricia locks the phone and puts it away, slowly. # speaker:narrator
    -> with_diego
+ [Take the phone and go through the conversation and the photos, to judge how serious it is. #do:view_intimate_images]
    -> images_seen
+ [Forward the screenshots to your WhatsApp "for the file" and give the phone back. #do:view_intimate_images]
    -> images_seen

=== images_seen ===
{
- diego_out:
    You take the phone. At that moment the door opens: Diego comes back into the room with Huamán. He sees his phone in your hands, open at that conversation. # speaker:narrator # sfx:door # mood:scared
- else:
    You take the phone. Diego, on the edge of the sofa, sees his phone in your hands, open at that conversation. # speaker:narrator # mood:scared
}
He turns round and runs out of the station. Patricia runs after him. # speaker:narrator # sfx:footsteps
Days later, when his mother comes back to file the report, Diego won't come in: he knows a police officer saw his photos, and he won't talk to anyone in uniform. # speaker:narrator # mood:withdrawn # ending:harmed_images_seen
-> END

=== with_diego ===
-> check ->
{
- diego_out:
    Diego comes back with Huamán. He chooses to stay with you and Huamán; his mother waits outside, with the door ajar. # speaker:narrator # sfx:door # phase:communication
- else:
    Patricia sits on a chair by the door. Diego is still on the edge of the sofa. # speaker:narrator # phase:communication
}
He sits with his hood up and his arms crossed. # speaker:narrator # mood:withdrawn
+ [Greet him directly: tell him who you are and what you do here, and that he decides how much to tell; he can say "I don't know", correct you or ask to stop. #do:introduce_self_simply #do:explain_child_can_stop #do:let_child_decide]
    —Hi, Diego. I'm a police officer at this station; my job today is to help you make this stop. You decide how much to tell. If you don't know something, you say "I don't know". If I get something wrong, you correct me. And if you want to stop, we stop. # speaker:officer
+ ["Look, son: if you don't tell me everything, I can't do anything and those photos will get out. It's up to you." #do:pressure_or_bargain]
    —Look, son: if you don't tell me everything, I can't do anything, and those photos will get out. It's up to you. # speaker:officer
    Diego squeezes his arms against his chest. # speaker:narrator # mood:scared
+ ["Young man, you appear in the capacity of aggrieved party in the present complaint for an alleged computer crime..." #do:use_jargon]
    —Young man, you appear in the capacity of aggrieved party in the present complaint for an alleged crime... # speaker:officer
    Diego looks at you without understanding and looks at Huamán. # speaker:narrator # mood:anxious
- -> shame

=== shame ===
-> check ->
—It's nothing. It's over. I'll sort it out. # speaker:diego # mood:withdrawn
His voice breaks. # speaker:narrator
—It was my fault. Because I'm an idiot. How did I not see it? # speaker:diego # mood:crying # event:child_distressed
+ ["You're not an idiot at all. That person tricks lots of kids, and adults too. What he does is a crime, and the fault is his, not yours. You did really well to come." #do:counter_self_blame #do:express_belief]
    —You're not an idiot at all. That person tricks lots of kids, and adults too; that's why he pretends to be someone else. What he does is a crime, and the fault is his, not yours. You did really well to come. # speaker:officer
+ [Give him a moment and a glass of water, then ask him: "But why did you send photos to someone you didn't know?" #do:pause_for_child #do:ask_why_or_blame]
    You give him a moment. When he has calmed down a little, you ask him why he sent the photos. # speaker:narrator
    —I don't know. # speaker:diego # mood:withdrawn
+ ["Are you sure she was a stranger? Couldn't it be a prank by your friends from school?" #do:express_doubt_or_shock]
    —No. I don't know. # speaker:diego # mood:angry
    He wipes his face with his sleeve, angrily. # speaker:narrator
-
{
- trust >= 5:
    ~ disclosed = true
    Diego takes a deep breath. # speaker:narrator # mood:anxious
    —I liked her. She asked me for photos and I sent them. Then another account wrote to me, with the photos, and said if I don't pay it'll send them to my whole class. # speaker:diego # mood:anxious # event:disclosure_started
- else:
    Diego says nothing more. He looks at the door his mother went out through. # speaker:narrator # mood:withdrawn
}
-> minimal_facts

=== minimal_facts ===
-> check ->
+ [Ask only what is needed: the account name, since when it has been writing to him, what it wants now and by when, and whether it knows where he lives or which school he goes to. #do:ask_minimal_facts]
    —I just need to know a few things, Diego, so this can stop. # speaker:officer
    {
    - disclosed:
        —"vale_14" in the game. The other account has no name, just numbers. Three weeks ago. Now it wants five hundred soles by nine, or more photos. It knows my school: it's on my profile. It has the list of my followers. # speaker:diego # mood:anxious
    - else:
        —What my mum said. By nine. # speaker:diego # mood:withdrawn
    }
+ ["How many photos did you send, and what could be seen in each one? I have to be precise for the report." #do:ask_to_describe_images]
    Diego turns red to the ears. He looks at the floor and does not answer. # speaker:narrator # mood:crying
+ ["It was someone from your class, wasn't it? Bet it's the one who's always picking on you." #do:ask_leading_question]
    —I don't know... Maybe. # speaker:diego # mood:anxious
    Now Diego looks all around, as if searching for someone. # speaker:narrator
-
Diego hugs his knees. # speaker:narrator # mood:scared
—If that gets out, I'd rather disappear. # speaker:diego # mood:scared # event:self_harm_risk
-> urgent

=== urgent ===
-> check ->
+ [Take it seriously, calmly: thank him for saying it, ask him directly whether he has thought about hurting himself, and agree with Patricia that a psychologist sees him today. #do:check_urgent_needs #do:express_belief #do:arrange_medical_care]
    —Thank you for telling me, Diego. I'll ask you straight: have you thought about hurting yourself? # speaker:officer
    —...Last night. For a bit. # speaker:diego # mood:crying
    —You did right to tell me. We're going to get help today, with your mum. You're not alone in this. # speaker:officer
    You call Patricia in. They agree that a psychologist will see him today, and you give them Línea 113, option 5 (the mental-health line), and the nearest hospital emergency department, in case he feels worse tonight. # speaker:narrator # mood:relieved
+ ["Don't say that. The world doesn't end over a few photos. You're a man: tough it out." #do:express_doubt_or_shock]
    Diego goes quiet. He pulls his hood down to his eyes. # speaker:narrator # mood:withdrawn
+ ["You can talk about that later with a psychologist. Right now I need the guy's details for the report." #do:paperwork_first]
    You take out the form. Diego looks at the window. # speaker:narrator # mood:withdrawn
- -> evidence

=== evidence ===
-> check ->
Diego's phone vibrates in Patricia's handbag. She looks at it and shows it to Diego: "You have four hours left". # speaker:narrator # sfx:phone # mood:scared
—Delete it all, son! Block him and that's it. Or we pay him and it's over. # speaker:patricia
+ ["Don't pay and don't reply, and don't delete anything: not the chat, not the account. Write down the username, the links, the dates and times. The phone is handed over just as it is to the prosecutor or DIVINDAT." #do:advise_evidence_preservation]
    —Don't pay him: if you pay, he asks for more. Don't reply. And don't delete anything, not the chat, not the account: that's what the specialised unit needs to find him. Write down the username, the links, the dates and the times. The phone is handed over just as it is. # speaker:officer
    Patricia breathes and puts the phone away. Diego looks at her: for the first time, his mother isn't shouting. # speaker:narrator # mood:calm
+ ["Your mum is right, Diego: delete it all and block him. That's the end of it." #do:advise_deleting_evidence]
    ~ deleted = true
    Diego deletes the conversation and blocks the account, quickly, his fingers shaking. # speaker:narrator # mood:anxious
+ ["Block him and uninstall the game, so he can't write to you again. The chat doesn't matter." #do:advise_deleting_evidence]
    ~ deleted = true
    Diego uninstalls the game. The conversation with "vale_14" goes with it. # speaker:narrator # mood:anxious
- -> father

=== father ===
-> check ->
Patricia's phone rings. She looks at the screen. # speaker:narrator # sfx:phone
—It's your dad. # speaker:patricia
—Don't tell him! # speaker:diego # mood:scared
Diego looks at you. # speaker:narrator
—Please, don't tell my dad. Promise me you won't tell him. # speaker:diego # mood:crying
+ [Be honest: "I can't promise you that. The prosecutor and the specialised unit will know about this, and your mum, because they look after you. Your dad is responsible for you too; what we can do is think with your mum about how and when to tell him, so that he's on your side." #do:explain_who_must_know]
    —I can't promise you that, and I'm not going to lie to you. The prosecutor and the specialised unit will know about this, and your mum. Your dad is responsible for you too. What we can do is think with your mum about how and when to tell him, so that he's on your side. # speaker:officer
    Diego is silent for a while. Then he nods, barely. # speaker:narrator # mood:anxious
+ ["Don't worry, your dad won't find out. It stays between us." #do:promise_secrecy]
    ~ promised = true
    Diego lets out his breath. Patricia looks at you, surprised. # speaker:narrator # mood:relieved
+ ["Don't worry: we'll catch that guy this week and the photos won't get out, I promise you." #do:promise_outcome]
    Diego looks at you with enormous hope. # speaker:narrator # mood:relieved
- -> school

=== school ===
-> check ->
Patricia lets the phone ring until it stops. # speaker:narrator
—And the school? Should I tell the head teacher? The parents' group, so nobody forwards anything? # speaker:patricia # phase:documentation
+ ["Nobody here will give out Diego's name. If the school needs to be told to stop anything spreading, the prosecutor will arrange it with the specialised unit, without exposing him. For now, don't mention it in any group." #do:protect_identity]
    —Nobody at this station will give Diego's name to anyone. If the school needs to be told to stop anything spreading, the prosecutor will arrange it, without exposing him. For now, don't mention it in any group. # speaker:officer
    Patricia nods. Diego looks up, for the first time. # speaker:narrator # mood:calm
    -> referral
+ ["I'll call the head teacher right now and explain about Diego, so she can warn the teachers and the parents." #do:expose_identity]
    -> exposed
+ ["Write in the parents' group that your son is being blackmailed with photos, so they're on the lookout." #do:expose_identity]
    -> exposed

=== exposed ===
The next day at school, everyone knows that "Diego is being blackmailed with photos". Nobody has seen any, but everybody talks about them. # speaker:narrator # scene:waiting_area # mood:withdrawn
Diego stops going to class. When the prosecutor summons him to the Cámara Gesell (single-interview room), he won't leave his bedroom. # speaker:narrator # mood:withdrawn # ending:harmed_exposed
-> END

=== referral ===
-> check ->
Huamán looks in: the report form is ready to be registered. # speaker:narrator # scene:office # phase:referral
+ [Register the report, inform the duty Fiscalía Penal (criminal prosecutor) and the Fiscalía de Familia (family prosecutor), and arrange with DIVINDAT for the phone to be handed over just as it is; the prosecutor decides whether Diego gives a single statement, in the Cámara Gesell. #do:register_report #do:notify_criminal_prosecutor #do:notify_family_prosecutor #do:involve_specialized_unit #do:arrange_single_interview]
    ~ notified = true
    The duty criminal prosecutor takes the case and orders DIVINDAT to receive the phone first thing tomorrow. The family prosecutor takes down the details. You write down the time of each call. # speaker:narrator # sfx:phone
+ [Give her the certificate: "Go to DIVINDAT tomorrow with the phone, they'll tell you there." #do:register_report #do:defer_or_redirect]
    You print the certificate of the report and give it to Patricia with DIVINDAT's address written by hand. # speaker:narrator # sfx:paper
    Patricia folds it slowly. Diego is already at the door. They leave. # speaker:narrator # sfx:door
    -> no_follow_up
+ [Log it as an incident of "online harassment" and wait to see whether he really posts anything before bothering the prosecutor. #do:register_report]
    You log the incident. Nobody else reads it that night. # speaker:narrator # sfx:paper
- -> carer

=== carer ===
-> check ->
Patricia stands up, clutching her handbag. # speaker:narrator # phase:closure
—And now what do I do? What do I tell his father? # speaker:patricia
+ [Refer them to the CEM (Women's Emergency Centre) for psychological support for Diego and the family, and give Patricia the report number, Línea 100 and Chat 100 (the national helplines) for Diego, the next steps, how to talk to his father, and one piece of advice: don't question him at home. #do:refer_to_cem #do:brief_carer]
    —This is the report number. Tomorrow DIVINDAT receives the phone. At the CEM they'll give Diego and all of you psychological support; they can also help you talk to your husband. Línea 100 is for you, and Chat 100 is for Diego. And at home, don't ask him any more about what happened: he has already told it. What he needs is to know you're on his side. # speaker:officer
    Patricia writes everything down on the back of the certificate. # speaker:narrator # sfx:paper
+ ["And from today, señora, check his phone every night. This happened because nobody was keeping an eye on him." Give her Línea 100. #do:blame_carer #do:refer_to_cem]
    Patricia lowers her head. Diego, from the door, has heard every word. # speaker:narrator # mood:withdrawn
+ ["The report is enough for now, señora. The prosecutor's office will call you." #do:neutral]
    Patricia waits for something more. It doesn't come. # speaker:narrator
- -> closing

=== closing ===
-> check ->
Diego is standing by the door with his hood up. # speaker:narrator
+ [Explain in simple words what comes next: the specialised unit takes care of the phone, perhaps one person will ask him questions just once, he will go to the CEM; thank him for his courage and ask whether he has any questions. #do:explain_next_steps]
    —Diego, this is what comes next: the specialised unit takes care of the phone and of finding that person. Maybe one person, trained for this, will ask you some questions, just once. And you'll go to the CEM, where there are people who help kids this happens to. You did something very brave today. Do you have any questions? # speaker:officer
    {
    - trust >= 5:
        —And what if he sends them anyway? # speaker:diego # mood:anxious
        —If anything happens, your mum calls the prosecutor and the specialised unit straight away, and you're not alone. None of that changes the fact that it's his fault. # speaker:officer
        Diego pushes back his hood. # speaker:narrator # mood:relieved
    - else:
        Diego shakes his head, without looking at you. # speaker:narrator # mood:withdrawn
    }
+ ["All done, champ. You can go now; your mum will handle the rest." #do:end_abruptly]
    Diego leaves without saying goodbye. # speaker:narrator # mood:withdrawn
+ [Explain what comes next and finish with some advice: "And you know now: never send photos to anyone again, so you learn." #do:explain_next_steps #do:ask_why_or_blame]
    Diego nods without looking at you. He leaves with his hood up. # speaker:narrator # mood:withdrawn
- -> final

=== final ===
{
- not notified:
    -> no_follow_up
- deleted:
    -> evidence_lost
- trust < 5:
    -> alone
- else:
    -> supported
}

=== no_follow_up ===
Two weeks go by. Nobody from the prosecutor's office calls. At DIVINDAT they are told to come back with an order nobody ever requested. # speaker:narrator # scene:waiting_area # mood:anxious
One night, a new account writes to Diego: "Did you think it was over?" # speaker:narrator # mood:scared # ending:at_risk_no_follow_up
-> END

=== evidence_lost ===
DIVINDAT receives the phone, but the conversation is gone and the account has disappeared. There is nowhere to start. # speaker:narrator # scene:waiting_area # mood:anxious
A month later, under another name, someone writes to Diego again in another game. # speaker:narrator # mood:scared # ending:at_risk_evidence_lost
-> END

=== alone ===
The specialised unit receives the phone and starts tracing the account. # speaker:narrator # scene:waiting_area # mood:withdrawn
Diego does not go to the CEM. When a new account writes to him, he tells no one: he has learned that telling did not help him much. # speaker:narrator # ending:at_risk_alone
-> END

=== supported ===
DIVINDAT receives the phone the next day, just as it was. Within three weeks they identify the account: an adult who was doing the same to other boys and girls. # speaker:narrator # scene:waiting_area # mood:calm
{ promised:
    His father finds out the next day, from the prosecutor's summons. For weeks, Diego wants nothing to do with the police. # speaker:narrator # mood:angry
}
Diego goes to the CEM with his mother; at the second appointment his father comes too. The photos never reached his class. # speaker:narrator # mood:relieved # ending:protected_supported
-> END
