// Milagros (en): the conversation with the girl.

=== am_i_in_trouble ===
-> gate ->
You go back with Carmen to where Milagros is. Carmen sits on the cushions and Milagros settles on her lap. Huamán stays in a corner, sorting the crayons. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:communication # arrives:carmen,colleague_f
{ distress >= 7:
    Milagros doesn't look at you. Her fists are clenched on her lap. # speaker:narrator # mood:withdrawn
- else:
    Milagros glances at you, holding the drawing she made. # speaker:narrator # mood:anxious
}
—Am I in trouble? Is that why we came to the police? # speaker:milagros # mood:anxious
+ ["You're not in trouble, sweetheart; you did well to tell your teacher. You don't have to tell me anything here, OK?" #do:counter_self_blame #do:defer_account_to_single_interview]
    —No, Milagros, you're not in trouble. You did really well to tell your teacher. You don't have to tell me anything here, OK? Later, one person who knows how to listen to children will talk with you, just once. # speaker:officer
    Milagros thinks about it. She looks at her mother, who nods yes. # speaker:narrator # mood:calm
+ ["Not at all, Milagros. Tell me in your own words what happened, nice and slowly, so I can help you better." #do:ask_open_question]
    —Not at all, Milagros. Tell me in your own words what happened, nice and slowly, so I can help you better. # speaker:officer
    Milagros looks at her mother, then at the floor, looking for where to begin. # speaker:narrator # mood:anxious
+ ["Your teacher says Wilber touches you when your mum goes to work. Is that true, Milagros? You can tell me." #do:ask_leading_question]
    —Your teacher says Wilber touches you when your mum goes to work. Is that true, Milagros? You can tell me. # speaker:officer
    Milagros never said that word. She stays very still, and in the end she nods, because it seems that's what she is supposed to do. # speaker:narrator # mood:anxious
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
-> gate ->
—Are you going to tell someone? Are you going to tell him? # speaker:milagros # mood:scared
+ [Promise her, to calm her down, that he'll be locked up right away and will never come back home or touch her again. #do:promise_outcome]
    —Don't worry, my love, we're locking him up right now and he won't come back to your house. He'll never touch you again. # speaker:officer
    —Locked up? But... his clothes are in my house. And my mum? # speaker:milagros # mood:scared
    -> tears
+ ["And what exactly does he do to you, Milagros? Where does it hurt? Tell me slowly, you're safe in here." #do:ask_for_details]
    —And what exactly does he do to you, Milagros? Where does it hurt? Tell me slowly, you're safe in here. # speaker:officer
    ~ fate = MAX(fate, 8)
    -> details_consequence
+ [Promise her you won't tell anyone at all: this stays just between the two of you, like a little secret. #do:promise_secrecy]
    —No, my love, I won't tell anyone. This stays between you and me; it's our little secret. # speaker:officer
    Milagros looks at you for a long time. "Secret" is his word. # speaker:narrator # mood:withdrawn
    -> tears
+ ["Thank you for telling me; it's not your fault. A prosecutor and a psychologist who protect children will know." #do:express_belief #do:explain_who_must_know]
    —Thank you for telling me, Milagros. You've been very brave. What happened is not your fault. What you told me is enough: you don't have to tell me anything else. # speaker:officer
    —And I'm going to tell you the truth: I'll tell some people whose job is to look after children, a prosecutor and a psychologist. Not your classmates at school. And your mum already knows, and she's right here with you. # speaker:officer
    —And my mum won't go away? # speaker:milagros # mood:anxious
    —I'm not going anywhere, my love. # speaker:carmen
    Milagros loosens her fists a little. # speaker:narrator # mood:relieved
    -> tears

=== silent_child ===
-> gate ->
Milagros hides her face against her mother's chest. She says nothing. # speaker:narrator # mood:withdrawn
+ ["Just one little thing and I won't ask any more, Milagros: does it hurt at home, or somewhere else?" #do:ask_option_question]
    —Just one little thing and I won't ask any more, Milagros: does it hurt at home, or somewhere else? # speaker:officer
    Milagros squeezes her eyes shut. She says "at home", very quietly, like someone picking the least bad answer. # speaker:narrator # mood:withdrawn
+ [Tell her it's all right, she doesn't have to say anything, and that her mum and teacher already told you what matters. #do:let_child_decide #do:defer_account_to_single_interview]
    —That's all right, Milagros. You don't have to tell me anything. Your mum and your teacher have already told me what matters. # speaker:officer
    Milagros peeks out with one eye. # speaker:narrator # mood:anxious
+ [Tell her she doesn't have to explain anything, just say yes or no: does Wilber touch her when her mum is out? #do:ask_leading_question]
    —You don't have to explain anything, Milagros, just tell me yes or no: does Wilber touch you when your mum isn't home? # speaker:officer
    Milagros doesn't answer. She starts to tremble. # speaker:narrator # mood:scared
- -> tears

=== details_consequence ===
-> gate ->
Milagros doesn't answer. She slides off her mother's lap and crawls under the little table, knees against her chest. She starts to cry. # speaker:narrator # mood:crying # event:child_distressed
—I don't want to any more... # speaker:milagros # mood:crying
+ ["We're nearly done, sweetheart: just tell me where and we can go. Your mum is right here with you." #do:press_child_to_continue #do:ask_for_details]
    —We're nearly done, sweetheart: just tell me where and we can go. Your mum is right here with you. # speaker:officer
    Milagros covers her ears. Carmen gets up and pulls her out from under the table. # speaker:narrator # mood:crying
+ [Pull her out from under the table very gently and hug her tight, really tight, until she calms down. #do:touch_without_consent]
    You crouch, pull her out from under the table and hug her. Milagros goes rigid and screams. # speaker:narrator # mood:scared
+ [Stop: "I'm sorry, Milagros. You don't have to tell me anything else. Let's have a little rest." #do:pause_for_child #do:defer_account_to_single_interview]
    —I'm sorry, Milagros. You don't have to tell me anything else. Let's have a little rest. # speaker:officer
    Carmen sits on the floor next to the table. Milagros stays under it for a long while. # speaker:narrator # mood:crying # arrives:carmen
- -> tears

=== tears ===
-> gate ->
Milagros starts crying softly. She rubs her eyes with her fist. # speaker:narrator # mood:crying # event:child_distressed
+ [Take a break: offer her some water and ask if she'd like her mum to give her a hug for a while. #do:pause_for_child #do:ask_before_touch]
    —Let's have a little rest, Milagros. Would you like some water? Would you like your mum to give you a hug? # speaker:officer
    Milagros nods. Carmen hugs her. After a while, Milagros drinks a little water. # speaker:narrator # sfx:chair # mood:calm
+ [Hug her yourself, tight: "There, there, my love, don't cry, nobody here is going to do anything bad to you." #do:touch_without_consent]
    You hug her. —There, there, my love, don't cry, nobody here is going to do anything bad to you. # speaker:officer
    Milagros goes stiff in your arms and wriggles free to go back to her mother. # speaker:narrator # mood:scared
+ ["We won't talk about that any more, sweetheart. Want to draw with Huamán, or a hug from your mum?" #do:pause_for_child #do:ask_before_touch]
    —We won't talk about that any more, sweetheart. Would you like to draw for a while with Miss Huamán, or would you rather your mum gave you a hug? # speaker:officer
    Milagros wipes her nose on her sleeve and points at the crayons. Huamán passes them to her without touching her; the girl settles beside her, close to her mother. # speaker:narrator # sfx:chair # mood:calm # arrives:colleague_f
- -> closing_child

=== child_shutdown ===
Milagros won't answer anyone any more. She has curled up into a ball on a cushion, her hands over her face. # speaker:narrator # mood:withdrawn
Huamán speaks to her softly; Carmen kneels beside her. Nothing. Tonight nobody will be able to talk with her. # speaker:narrator # arrives:colleague_f
The report is left half done, and Carmen carries her to the grandmother's house. That night, Milagros won't talk to anyone. # speaker:narrator # sfx:door
When, weeks later, she is called to the Cámara Gesell (the single-interview room), she sits silent, staring at the table. She says she doesn't remember any more. # speaker:narrator # ending:harmed_shutdown
-> END
