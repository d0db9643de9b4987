// Template of a new case (npm run new-case -- CASE_ID). Full guide: stories/README.md.
// Reference of actions, situations and standards: docs/reference/en.md.
// A comment starts with // and the simulator never shows it: delete them when you no longer need them.
//
// GLOBAL TAGS: at the very top, before any text.
//   case:         the folder name (snake_case, never changes)
//   title:        the case card's title, in the file's language
//   summary:      (optional) the situation in one line, on the case card
//   persona:      the child or adolescent of the case (a character id)
//   age:          their age in years
//   type:         sexual_violence, domestic_violence, physical_punishment, lost_child,
//                 missing_child, trafficking, online_abuse or conflict_with_law
//   requires:     the actions the case must include before it ends
//   key:          the standards the case trains (e.g. ENV-02, PRO-06)
//   trust, distress: the child's trust and distress at the start, 0 to 10
//   content_note: the warning read before starting
//   lang:         es or en
//
// To declare a new person (a child, a grandmother...), with id, kind, gender and name:
// # cast: tomas, child, boy, Tomás
// # cast: abuela, adult, woman, Tomás's grandmother
// (remove the // to use them; this example uses a character that already exists, jhon).
// Without drawings of their own, a declared person is drawn as a generic figure. To give them
// their own, put SVG files beside this story, no code needed:
//   stories/CASE_ID/people/tomas/<mood>.svg   a child or adolescent, one per mood:
//                                             calm, anxious, scared, crying, withdrawn, angry, relieved
//   stories/CASE_ID/people/abuela.svg         an adult, standing
// npm run check:stories says which mood is missing and refuses a malformed SVG.
# case: CASE_ID
# title: Jhon comes to the station alone
# summary: A ten-year-old boy walks into the station alone, frightened, and asks for help.
# persona: jhon
# age: 10
# type: domestic_violence
# requires: attend_immediately, move_to_private_room, explain_next_steps
# key: REC-01, ENV-01, CLO-01
# trust: 3
# distress: 6
# content_note: A ten-year-old boy comes to the station alone and frightened. No violence is described.
# lang: en

// The two required variables: the engine writes the child's trust and distress into
// them after every choice. Never change them yourself.
VAR trust = 3
VAR distress = 6
// How many choices in a row left the distress at 9 or more (sustained harm):
// { distress_streak >= 2: -> an_early_ending }
VAR distress_streak = 0

// INCLUDE ../_shared/en/helplines.ink   (shared pieces: see stories/README.md)

-> reception

// LINE TAGS, at the end of the line:
//   speaker:  who speaks: narrator, officer (the trainee) or a character id
//   mood:     the child's expression: calm, anxious, scared, crying, withdrawn, angry, relieved
//   scene:    the place: front_desk, waiting_area, private_room, corridor_cells, office
//   ambient:  the background sound: front_desk_busy, quiet_room, corridor_cells, night_shift
//   sfx:      a sound: door, phone, radio, footsteps, chair, paper
//   phase:    reception, environment, communication, disclosure, protection, referral, documentation, closure
//   event:    a situation (e.g. child_distressed): the machine turns it into obligations
//   ending:   the last line of every ending: protected…, at_risk… or harmed…
=== reception ===
Santa Rosa police station, a Tuesday at four in the afternoon. The street door opens. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception # sfx:door
A boy with a blue backpack comes up to the desk and stares at the floor. # speaker:narrator
"Officer... can you help me?" # speaker:jhon # mood:scared
// OPTIONS: every option carries one or two do: tags INSIDE the brackets.
// Use + (sticky option) when the story does not come back to this decision; * only in a loop.
+ [See him at once and take him to the interview room, where no one can hear. #do:attend_immediately #do:move_to_private_room]
    "Of course. Come with me to a quieter little room, we can talk there." # speaker:officer
    -> talk
+ [Tell him to wait on the bench until someone from the Family section comes in. #do:defer_or_redirect]
    "Sit on that bench and wait; someone from Family will come." # speaker:officer
    -> ending_sent_away
+ [Ask him right there, at the crowded front desk, what has happened to him. #do:talk_in_public_area]
    "Go on, tell me here what happened to you." # speaker:officer
    Two men waiting their turn look round at him. # speaker:narrator # mood:anxious
    -> talk

=== talk ===
The interview room has a low table and some cushions. You close the door. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:communication
Jhon grips the straps of his backpack and starts to cry without a sound. # speaker:narrator # mood:crying # event:child_distressed
+ [Wait beside him, in silence, and tell him he can take all the time he needs. #do:pause_for_child]
    "You are safe here. Take your time, I will wait." # speaker:officer
    Jhon breathes more slowly. # speaker:narrator # mood:calm
    -> closing
+ [Tell him he has to tell you everything now, because that way it goes faster. #do:press_child_to_continue]
    "You have to tell me everything right now, so we can finish faster." # speaker:officer
    Jhon curls up on the cushion and says nothing more. # speaker:narrator # mood:withdrawn
    -> ending_pressed
+ [Tell him: "You did the right thing coming here. I believe you, I will help." #do:express_belief]
    "You did the right thing coming here. I believe you, and I will help you." # speaker:officer
    Jhon wipes his face with his sleeve. # speaker:narrator # mood:relieved
    -> closing

=== closing ===
Jhon looks at you, waiting to know what happens now. # speaker:narrator # phase:closure # mood:anxious
+ [Explain, in simple words, what will happen next and who is going to look after him. #do:explain_next_steps]
    "Now I am going to call a person who looks after children, and I will stay with you until she comes." # speaker:officer
    -> ending_protected
+ [Give him a slip of paper with a phone number and tell him he can go home now. #do:end_abruptly]
    "Here, this is a number. You can go home now." # speaker:officer
    -> ending_sent_home
+ [Ask him to tell you everything again from the beginning, for the report. #do:ask_child_to_repeat]
    "Now tell me everything again from the beginning, for the report." # speaker:officer
    -> ending_pressed

// ENDINGS: every path ends on a line tagged ending: followed by -> END.
// A case has at least one ending of each kind: protected…, at_risk… and harmed….
=== ending_protected ===
Jhon waits with you, a glass of water in his hands, for the person who will look after him. # speaker:narrator # ending:protected_cared_for
-> END

=== ending_sent_away ===
A little later the bench is empty: Jhon left without anyone listening to him. # speaker:narrator # ending:at_risk_sent_away
-> END

=== ending_sent_home ===
Jhon walks out into the street with the paper in his hand, back to the house he came from. # speaker:narrator # ending:at_risk_sent_home
-> END

=== ending_pressed ===
Jhon does not speak any more. When his aunt arrives, he leaves without looking back. # speaker:narrator # mood:withdrawn # ending:harmed_pressed
-> END
