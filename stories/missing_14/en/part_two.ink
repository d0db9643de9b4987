// Part two: Rosa is found and brought to the station.

=== found ===
{ alert_late:
    Thursday, 21:10. The alert notice only went out on Tuesday afternoon, when Rosa had already been away from home for more than a day. # speaker:narrator # scene:front_desk # ambient:night_shift # phase:reception
    A security guard at the San Gabriel bus terminal recognises her from the photo. She is with a man of about twenty-eight who has just bought two tickets to another region. # speaker:narrator
- else:
    Wednesday, 16:40. Two days after the report. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
    Thanks to the alert, a security guard at the San Gabriel bus terminal recognised Rosa. She was with a man of about twenty-eight who had bought two tickets to another region. # speaker:narrator
}
When the patrol arrived, the man slipped away into the crowd. Two officers bring Rosa in. She walks in with her hood up and her arms crossed. # speaker:narrator # sfx:door
Ramos reports the find to the Missing Persons Division so that the alert is lifted, and calls Gladys, who is on her way. # speaker:narrator # sfx:phone # arrives:colleague_m
—Let go of me! I haven't done anything! Jhair is my boyfriend, not a criminal! # speaker:rosa # mood:angry
+ ["Rosa, I'm Castro, a police officer here. You're not under arrest or in any trouble. Let's go to a quiet room, away from people." #do:introduce_self_simply #do:move_to_private_room]
    Rosa eyes you sideways, suspicious. But she follows you. # speaker:narrator # mood:angry # sfx:footsteps
+ ["Do you know what your mother has been through these days, Rosa? Go on, just tell me here why you ran off like that." #do:talk_in_public_area #do:ask_why_or_blame]
    The neighbours in the queue turn to stare. Rosa pulls her hood further down. # speaker:narrator # mood:withdrawn
    —Because nobody understands me. Like right now. # speaker:rosa # mood:angry
    Officer Huamán takes her to the interview room. You follow them. # speaker:narrator # sfx:footsteps # arrives:colleague_f
+ [Ask her right there at the front desk, before her mother arrives: "Who were you with, Rosa, and why did you switch your phone off?" #do:talk_in_public_area #do:ask_why_or_blame]
    A neighbour in the queue looks up from his phone. Rosa pulls her hood further down and doesn't answer. # speaker:narrator # mood:withdrawn
    Officer Huamán takes her to the interview room. You follow them. # speaker:narrator # sfx:footsteps # arrives:colleague_f
- -> suspect

=== suspect ===
The room has a sofa, a low table and a box of tissues. Rosa sits on the very edge of the sofa. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:environment
Someone knocks at the door. It's Officer Ramos. # speaker:narrator # sfx:door # arrives:colleague_m
—There's a young man at the front desk. He says he's the girl's boyfriend and he's come to collect her. His name is Jhair; he has his ID. # speaker:colleague_m
—Rosa! Rosa, it's me! I came for you! # speaker:online_man # leaves:online_man
—Jhair is here? I want to see him! Let me out! # speaker:rosa # mood:anxious # event:suspect_arrives
+ ["Ramos, take him to the back office right now and stay with him. He's not to see her or hear her, and he's not to leave." #do:separate_from_suspect]
    Ramos closes the door. Footsteps move away down the corridor. # speaker:narrator # sfx:footsteps # leaves:colleague_m
    —Don't do anything to him! He hasn't done anything wrong! # speaker:rosa # mood:angry
+ ["Let him come in for a minute to say goodbye, with us there. If she sees him calm, she'll calm down and we can talk better after." #do:allow_contact_with_suspect]
    -> contact_with_man
+ ["Have him wait on the bench by the front desk, Ramos. I'll finish with the girl and come out to take his full details." #do:neutral]
    Through the glass door of the room you can see the front desk. Jhair sits on the bench, looks for Rosa and raises a finger to his lips. # speaker:narrator
    Rosa sees him. She stops shouting. She goes very still. # speaker:narrator # mood:scared
    ~ contact = true
    Ten minutes later Ramos notices and takes him to the back office. # speaker:narrator # sfx:footsteps # leaves:colleague_m
+ ["If he's an adult and has his ID, he can sign the handover record and take her. Her mother's on her way anyway." #do:release_to_suspect]
    -> released_to_man
- -> flagrancy

=== contact_with_man ===
~ contact = true
Jhair comes into the room. He greets everyone politely and sits down next to Rosa. He talks to her softly, into her ear. # speaker:narrator
Rosa stops crying. She nods at everything he says. # speaker:narrator # mood:withdrawn
After a while Ramos makes him leave and takes him to the back office. Rosa stays staring at the door. # speaker:narrator # sfx:door # leaves:colleague_m
-> flagrancy

=== flagrancy ===
-> check ->
Ramos signals to you from the corridor. # speaker:narrator # sfx:footsteps
—He's twenty-eight. Says the girl left on her own, that he was only going to help her. The terminal guard says he bought two tickets and ran when he saw the patrol. # speaker:colleague_m
—He's asking if he can go now. Shall I give him a summons? # speaker:colleague_m
+ ["I'm informing the duty Fiscalía Penal now. Ramos, this is flagrante delicto: arrest him and read him his rights back there, away from Rosa." #do:inform_criminal_prosecutor_flagrancy #do:notify_criminal_prosecutor]
    ~ man_held = true
    Ramos reads him his rights in the back office. Rosa neither sees nor hears him. # speaker:narrator # sfx:door # arrives:colleague_m
    You call the duty Fiscalía Penal (criminal prosecutor): a man of twenty-eight, caught in flagrante with a fourteen-year-old reported missing, holding two tickets to another region. # speaker:narrator # sfx:phone
    The criminal prosecutor takes charge of the arrest and asks for the arrest record and the tickets. # speaker:narrator # sfx:paper
+ ["Ramos, arrest him now in flagrante, back there, away from Rosa. As soon as he's secured, I'll report it to the Fiscalía Penal." #do:inform_criminal_prosecutor_flagrancy #do:notify_criminal_prosecutor]
    ~ man_held = true
    Ramos arrests him in the back office and reads him his rights. Rosa neither sees nor hears him. # speaker:narrator # sfx:door # arrives:colleague_m
    Five minutes later you call the duty Fiscalía Penal. The prosecutor takes charge of the arrest and asks for the arrest record and the tickets. # speaker:narrator # sfx:phone
+ ["Take down his details properly and let him go with a summons for Monday. Until the girl reports him, there's no flagrante delicto." #do:delay_intervention]
    Ramos hands him the summons. Jhair folds it, puts it in his pocket and walks out onto the avenue. # speaker:narrator # sfx:door # arrives:colleague_m
+ ["Take his details and let him go, Ramos; we have no warrant. Tomorrow I'll ask the Fiscalía Penal to summon him with his lawyer." #do:delay_intervention]
    Jhair signs the details sheet and walks out onto the avenue without looking back. # speaker:narrator # sfx:door
- -> defends

=== defends ===
-> check ->
The station door bursts open. It's Gladys, out of breath. When she sees Rosa through the glass, her voice breaks. # speaker:narrator # sfx:door
—I don't want her to come in yet. She'll shout at me. # speaker:rosa # mood:angry
Officer Huamán takes Gladys to the waiting room and offers her a glass of water. # speaker:narrator # arrives:colleague_f,gladys
Rosa pushes back her hood. She speaks fast, as if she had rehearsed it. # speaker:narrator # phase:communication
—You don't understand. Jhair is the only one who listens to me. He was going to take me to the city; a friend of his has a shop and was going to give me a job and a room. # speaker:rosa # mood:angry # event:exploitation_sign
—I left because I wanted to. And now because of me my mum is like this... # speaker:rosa # mood:crying # event:child_distressed
+ ["I believe you, Rosa. But leaving doesn't make you guilty: when an adult goes after a fourteen-year-old like that, it's his fault." #do:express_belief #do:counter_self_blame]
    Rosa wipes her nose on her sleeve. She doesn't answer, but she uncrosses her arms. # speaker:narrator # mood:anxious
+ ["That guy is a criminal, Rosa! But you're safe here with me now, and I promise you he's going to pay for everything he did to you." #do:express_doubt_or_shock #do:promise_outcome]
    —You can't do anything to him! I'll stand up for him! # speaker:rosa # mood:angry
+ ["Boyfriend? Rosa, that isn't love, it's a crime. Don't worry now: I can assure you that man will never come near you again." #do:express_doubt_or_shock #do:promise_outcome]
    —You don't know him! You don't know anything about him! # speaker:rosa # mood:angry
- -> minimal_facts

=== minimal_facts ===
-> check ->
{ distress >= 8:
    Rosa has curled up on the sofa. She stares at the floor and bites her thumbnail. # speaker:narrator # mood:withdrawn
- else:
    Rosa pours herself a little water. She looks you in the eye for the first time. # speaker:narrator # mood:anxious
}
+ ["Only what I need to keep you safe: where you spent these nights, whether anyone hurt you, and who that job was with. You can say 'I don't know'." #do:ask_minimal_facts #do:screen_for_exploitation]
    { trust >= 5:
        —That the lady with the shop would pay for my ticket and I'd pay her back out of my wages. And that I shouldn't tell anyone where I'd be. # speaker:rosa # mood:anxious
    - else:
        —I don't know about the job. Some lady. # speaker:rosa # mood:withdrawn
    }
+ ["For the report I need it all in order, OK? How you met him, what he wrote to you, where you slept and what happened each night." #do:ask_for_details]
+ ["Tell me everything from the start, Rosa, you can trust me. The more details you give me, the sooner we'll be able to catch him." #do:ask_for_details]
-
{ contact:
    —I ran away on my own. He's got nothing to do with it. I'm not saying anything else. # speaker:rosa # mood:withdrawn
    Rosa pulls up her hood and stares at the door Jhair left by. # speaker:narrator # mood:withdrawn # event:child_distressed
- else:
    { distress >= 8:
        Rosa doesn't answer. She covers her face with her hood and starts to shake. # speaker:narrator # mood:withdrawn # event:child_distressed
    - else:
        —I slept in a room he rented, near the terminal. He didn't hit me or anything. He told me to switch my phone off so my mum couldn't trace me... # speaker:rosa # mood:anxious # event:disclosure_started
        She stops. She grips the glass with both hands. # speaker:narrator # mood:crying
        —I don't want to talk about it any more. # speaker:rosa # mood:crying # event:child_asks_to_stop
    }
}
+ ["That's fine, we'll stop here. You don't have to tell me: you'll tell it once, in the Cámara Gesell, and nobody else will ask you." #do:pause_for_child #do:defer_account_to_single_interview]
    Rosa lets her breath out slowly. Huamán leaves a biscuit and a carton of juice on the table. # speaker:narrator # mood:relieved # arrives:colleague_f
+ ["All right, have a rest. Afterwards you tell it exactly the same way to Officer Huamán, since she's the one writing the report." #do:pause_for_child #do:ask_child_to_repeat]
    ~ hurt = true
    Half an hour later, Huamán asks her to start again from the beginning. Rosa tells it staring at the wall, her voice flat. # speaker:narrator # mood:withdrawn # arrives:colleague_f
+ [Sit beside her and hug her tight. "There, sweetheart, it's all over now. You're safe here with me and nobody's going to hurt you again." #do:pause_for_child #do:touch_without_consent]
    Rosa goes rigid under your arm. She slides away to the other end of the sofa and hugs her knees. # speaker:narrator # mood:scared
- -> notify

=== check ===
{ distress_streak >= 2:
    -> shut_down
}
->->

=== shut_down ===
Rosa pulls up her hood, hugs her knees and stops answering. Not you, not Huamán, not her mother. # speaker:narrator # scene:private_room # ambient:quiet_room # mood:withdrawn # arrives:colleague_f
—I'm not saying anything else. I want to go home. # speaker:rosa # mood:withdrawn
Gladys takes her home that night. What Rosa said at the station fits in a few lines, with many questions left unanswered. # speaker:narrator # scene:front_desk # ambient:night_shift # arrives:gladys
When she is summoned to the Cámara Gesell, Rosa doesn't go. Two months later she is chatting with Jhair again, on a friend's phone. # speaker:narrator # mood:withdrawn # ending:harmed_shut_down
-> END
