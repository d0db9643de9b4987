// Milagros (en): the conversation with the girl and the exam.

=== open_invitation ===
They go back to the children's room. Carmen sits on the cushions and Milagros settles on her lap. Huamán waves goodbye and leaves. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:communication
{ distress >= 7:
    Milagros doesn't look at you. Her fists are clenched on her lap. # speaker:narrator # mood:withdrawn
- else:
    Milagros glances at you, holding the drawing she made. # speaker:narrator # mood:anxious
}
—Am I in trouble? Is that why we came to the police? # speaker:milagros # mood:anxious
+ ["You're not in trouble. You did well to talk to your teacher. You don't have to tell me anything here: later, one person will listen to you, once." #do:counter_self_blame #do:defer_account_to_single_interview #do:let_child_decide #do:explain_child_can_stop]
    —No, Milagros, you're not in trouble. You did really well to talk to your teacher. You don't have to tell me anything here. Later, one person who knows how to listen to children will talk with you, just once. And if there's something you don't want to say or don't know, you can tell me "I don't know" or "I don't want to", or that we stop. # speaker:officer
    Milagros thinks about it. She looks at her mother, who nods yes. # speaker:narrator # mood:calm
+ ["No, but you have to tell me everything, OK? If you tell me, I'll buy you a biscuit and you can go home quickly." #do:pressure_or_bargain]
    —No, sweetheart, but you have to tell me everything, OK? If you tell me, I'll buy you a biscuit and you can go home quickly. # speaker:officer
    Milagros looks at the door. # speaker:narrator # mood:anxious
+ ["Your teacher says Wilber touches you when your mum isn't there. Is that true?" #do:ask_leading_question]
    —Your teacher says Wilber touches you when your mum isn't there. Is that true? # speaker:officer
    Milagros never said that word. She stays very still, and in the end she nods, because it seems that's what she is supposed to do. # speaker:narrator # mood:anxious
+ ["And why didn't you tell your mum first?" #do:ask_why_or_blame]
    —And why didn't you tell your mum first, Milagros? # speaker:officer
    Milagros hangs her head. Carmen holds her tighter. # speaker:narrator # mood:withdrawn
- -> disclosure_reply

=== disclosure_reply ===
{ distress >= 8 || trust <= 2:
    -> silent_child
}
{ trust >= 7:
    —He hurts me when my mum goes to work. He says it's a secret... that if I tell, my mum will go away. # speaker:milagros # mood:anxious # event:disclosure_started
- else:
    —He... hurts me. # speaker:milagros # mood:withdrawn # event:disclosure_started
}
Carmen closes her eyes and kisses the top of her head, without a word. # speaker:narrator # phase:disclosure
-> after_disclosure

=== after_disclosure ===
+ ["Thank you for telling me. It's not your fault. That's enough: later, one person will listen to you, just once." #do:express_belief #do:defer_account_to_single_interview]
    —Thank you for telling me, Milagros. You've been very brave. What happened is not your fault. What you told me is enough: you don't have to tell me anything else. Later, a lady who knows how to listen to children will talk with you, just once. # speaker:officer
    Milagros loosens her fists a little. # speaker:narrator # mood:relieved
    -> who_will_know
+ ["What exactly does he do to you? Where does it hurt?" #do:ask_for_details]
    —What exactly does he do to you, Milagros? Where does it hurt? # speaker:officer
    -> details_consequence
+ ["Are you sure, Milagros? Think carefully, because this is very serious." #do:express_doubt_or_shock]
    —Are you sure, Milagros? Think carefully, because this is very serious. # speaker:officer
    Milagros looks at her mother, frightened, as if she had done something wrong. # speaker:narrator # mood:scared
    -> who_will_know
+ ["What a scumbag! We'll have him locked up right now, you'll see." #do:express_doubt_or_shock #do:promise_outcome]
    —What a scumbag! We'll have him locked up right now, you'll see. # speaker:officer
    Milagros jumps at your voice. She covers her face. # speaker:narrator # mood:scared
    -> who_will_know

=== silent_child ===
Milagros hides her face against her mother's chest. She says nothing. # speaker:narrator # mood:withdrawn
+ ["That's all right, you don't have to tell me anything. Your mum and your teacher have already told me what matters." #do:let_child_decide #do:defer_account_to_single_interview]
    —That's all right, Milagros. You don't have to tell me anything. Your mum and your teacher have already told me what matters. # speaker:officer
    Milagros peeks out with one eye. # speaker:narrator # mood:anxious
+ ["If you don't tell me, I won't be able to help you, OK?" #do:pressure_or_bargain]
    —If you don't tell me, I won't be able to help you, OK? # speaker:officer
    Milagros squeezes her eyes shut. # speaker:narrator # mood:withdrawn
+ ["Just tell me yes or no: does Wilber touch you?" #do:ask_leading_question]
    —Just tell me yes or no, Milagros: does Wilber touch you? # speaker:officer
    Milagros doesn't answer. She starts to tremble. # speaker:narrator # mood:scared
- -> who_will_know

=== details_consequence ===
Milagros doesn't answer. She slides off her mother's lap and crawls under the little table, knees against her chest. She starts to cry. # speaker:narrator # mood:crying # event:child_distressed
—I don't want to any more... # speaker:milagros # mood:crying
+ [Stop: "I'm sorry, Milagros. You don't have to tell me anything else. Let's have a rest." #do:pause_for_child #do:defer_account_to_single_interview]
    —I'm sorry, Milagros. You don't have to tell me anything else. Let's have a little rest. # speaker:officer
    Carmen sits on the floor next to the table. Milagros stays under it for a long while. # speaker:narrator # mood:crying
+ ["There, there, just tell me where and we're done, OK?" #do:press_child_to_continue #do:ask_for_details]
    —There, there, sweetheart, just tell me where and we're done, OK? # speaker:officer
    Milagros covers her ears. Carmen gets up and pulls her out from under the table. # speaker:narrator # mood:crying
+ [Pull her out from under the table and hug her so she calms down. #do:touch_without_consent]
    You crouch, pull her out from under the table and hug her. Milagros goes rigid and screams. # speaker:narrator # mood:scared
- -> ending_retold

=== who_will_know ===
-> gate ->
Milagros speaks very quietly, barely moving her lips. # speaker:narrator
—Are you going to tell someone? Are you going to tell him? # speaker:milagros # mood:scared
+ ["I'll only tell people whose job is looking after children, like a prosecutor. Not your classmates. Your mum already knows and she's with you." #do:explain_who_must_know]
    —I'm going to tell you the truth, Milagros. I'm going to tell some people whose job is to look after children: a prosecutor and a psychologist. I won't tell your classmates at school. And your mum already knows, and she's right here with you. # speaker:officer
    —And my mum won't go away? # speaker:milagros # mood:anxious
    —I'm not going anywhere, my love. # speaker:carmen
+ ["No, Milagros. This stays between you and me, it's our secret." #do:promise_secrecy]
    —No, Milagros. This stays between you and me. It's our secret. # speaker:officer
    Milagros looks at you for a long time. "Secret" is his word. # speaker:narrator # mood:withdrawn
+ ["Don't worry: he'll go to prison and you'll never see him again." #do:promise_outcome]
    —Don't worry, Milagros: he'll go to prison and you'll never see him again. # speaker:officer
    —Never? But... his clothes are in my house. # speaker:milagros # mood:anxious
- -> tears

=== tears ===
-> gate ->
Milagros starts crying softly. She rubs her eyes with her fist. # speaker:narrator # mood:crying # event:child_distressed
+ [Take a break: offer her water and ask if she'd like her mum to hug her. #do:pause_for_child #do:ask_before_touch]
    —Let's have a little rest, Milagros. Would you like some water? Would you like your mum to give you a hug? # speaker:officer
    Milagros nods. Carmen hugs her. After a while, Milagros drinks a little water. # speaker:narrator # sfx:chair # mood:calm
+ [Hug her yourself: "There, there, sweetheart, don't cry." #do:touch_without_consent]
    You hug her. —There, there, sweetheart, don't cry. # speaker:officer
    Milagros goes stiff in your arms and wriggles free to go back to her mother. # speaker:narrator # mood:scared
+ ["Come on, be brave, we're nearly done." #do:press_child_to_continue]
    —Come on, Milagros, be brave, we're nearly done. # speaker:officer
    Milagros swallows her tears. She stares at the floor. # speaker:narrator # mood:withdrawn
- -> exam

=== exam ===
-> gate ->
You still need to talk about Milagros's health and the Medicina Legal examination. Carmen looks at you, and so does Milagros. # speaker:narrator # phase:protection
+ [Explain to both, in simple words, that a doctor can check her to look after her health, only if her mum agrees and she wants to, and that she can say "stop". Nobody at the station will examine her. #do:request_forensic_exam #do:leave_exam_to_professionals]
    —Señora, I'm going to ask for a doctor from Medicina Legal (the forensic medical service) to see Milagros, to look after her health. Only if you agree. # speaker:officer
    —Milagros, the doctor's job is looking after children. Your mum will be with you. If there's something you don't like, you say "stop" and she stops. Here at the station nobody is going to examine you. # speaker:officer
    —Will my mum be there? # speaker:milagros # mood:anxious
    —Yes. And if you like, we can go early tomorrow. # speaker:officer
    Carmen signs the consent form. Milagros says all right, if her mum comes. # speaker:narrator # sfx:paper # mood:calm
    -> notifications
+ ["Señora, the girl has to go to Medicina Legal no matter what. It's compulsory." #do:force_forensic_exam]
    —Señora, the girl has to go to Medicina Legal no matter what. It's compulsory for the report. # speaker:officer
    Milagros doesn't know what Medicina Legal is, but she understands "no matter what". She clings to her mother. # speaker:narrator # mood:scared
    -> ending_forced_exam
+ ["Let me see if she has any marks on her arms or legs, to put in the record." #do:examine_or_photograph_child]
    —Let me see if she has any marks on her arms or her legs, señora, to put in the record. # speaker:officer
    -> ending_examined

=== child_shutdown ===
Milagros doesn't answer any more. She has crawled under her mother's jacket and won't come out. # speaker:narrator # mood:withdrawn
—That's enough. My daughter can't take any more. We're leaving. # speaker:carmen
Carmen picks her up and leaves the station without waiting for a copy of anything. # speaker:narrator # sfx:door
That night, Milagros doesn't want to talk to anyone. When, weeks later, she is called to the Cámara Gesell (the single-interview room), she sits silent, staring at the table. She says she doesn't remember any more. # speaker:narrator # ending:harmed_shutdown
-> END
