// Jhon (en): endings.

=== resolution ===
// After a safe departure, the ending shows what was done and what was not.
{
- father_seen:
    -> ending_saw_arrest
- father_free:
    -> ending_father_came
- not measures_asked:
    -> ending_no_measures
- not family_informed:
    -> ending_drawer
- not exam_done || not arm_cared:
    -> ending_unexamined
- else:
    -> ending_protected
}

=== ending_protected ===
That night Jhon sleeps on a mattress on his aunt Marleni's floor, with Huamán's torch under his pillow. # speaker:narrator # arrives:colleague_f
The family court orders the measures the next day: Richard may not come near Lucy or the children. The police serve him the order. # speaker:narrator
{ distress >= 6:
    Jhon still looks at the door every time someone knocks. The CEM psychologist sees him every week. # speaker:narrator # mood:anxious
- else:
    At the CEM, the psychologist asks him what he likes. Jhon says football. For the first time in a long while, he plays with his ball without looking at the door. # speaker:narrator # mood:relieved
}
A month later, Lucy rents a room near her sister's house. Jhon no longer says it was his fault. # speaker:narrator # ending:protected_aunt
-> END

=== child_shutdown ===
Jhon sits on the floor in the corner, holding on to his sleeping sister. He no longer answers anyone in uniform; when you speak to him, he covers his ears. # speaker:narrator # mood:withdrawn
—I'd like someone else to see us, please —Lucy asks the station commander. # speaker:lucy
The commander takes you off the case. Huamán stays with the family for the rest of the night. From then on, Jhon decides that the police don't help; next time, he won't let his mum call. # speaker:narrator # sfx:door # ending:harmed_shutdown # arrives:colleague_f
-> END

=== ending_turned_away ===
Lucy goes out into the street with both children. It's nearly midnight. # speaker:narrator # sfx:door # leaves:lucy
They have nowhere to go. At one in the morning they go back to the house, where Richard is asleep on the sofa. Jhon stays awake all night, sitting by the door of his sister's room. # speaker:narrator # mood:scared # ending:at_risk_turned_away
-> END

=== ending_withdrawn ===
—You're right. He'll be over it tomorrow. # speaker:lucy
Lucy signs nothing. She spends the night at a neighbour's and the next day goes back to Richard, who says he's sorry. # speaker:narrator # sfx:door # arrives:lucy
Jhon puts his ball away at the back of the wardrobe. He doesn't play at home any more. # speaker:narrator # mood:withdrawn # ending:at_risk_withdrawn
-> END

=== ending_home ===
Lucy and the children go back to the house at one in the morning. # speaker:narrator # sfx:door # arrives:lucy
Two days later, Richard is released. Nobody has told him he can't go back. He knocks on the door with a bag of bread, as if nothing had happened. # speaker:narrator # mood:scared # ending:at_risk_home
-> END

=== ending_followed ===
Lucy leaves with the children through the front door. Richard's brother's mototaxi pulls out behind them. # speaker:narrator # sfx:door # leaves:lucy
It follows them all the way to Marleni's house. The next day, Richard's whole family knows where they are. # speaker:narrator # mood:scared # ending:at_risk_followed
-> END

=== ending_saw_arrest ===
That night Jhon sleeps at his aunt Marleni's, but he wakes up every hour. # speaker:narrator
What his father shouted at him in the hall, he said only once. Jhon repeats it to himself for months. # speaker:narrator # mood:withdrawn # ending:harmed_saw_arrest
-> END

=== ending_father_came ===
That night Jhon sleeps at his aunt Marleni's. # speaker:narrator
Nobody went to look for Richard in time: he was the one who came to the station, shouting Lucy's name, while Jhon listened from the family room. Since that night, Jhon wakes up at any noise at the door. # speaker:narrator # mood:scared # ending:harmed_father_came
-> END

=== ending_no_measures ===
Lucy and the children sleep at Marleni's. # speaker:narrator
Nobody sent the form to the court that night. Without protective measures, when Richard gets out nothing stops him going to look for them. He does, on the third day, outside Jhon's school. # speaker:narrator # mood:scared # ending:at_risk_no_measures
-> END

=== ending_drawer ===
Lucy and the children sleep at Marleni's. # speaker:narrator
The Fiscalía de Familia doesn't know there are two children in the case. Nobody checks how Jhon and Yuliana are, nobody schedules their single interview; only Lucy appears in the file. When Richard gets out, he asks to see his children, and nobody has grounds to say no. # speaker:narrator # mood:withdrawn # ending:at_risk_drawer
-> END

=== ending_unexamined ===
Lucy and the children sleep at Marleni's. # speaker:narrator
{ arm_cared:
    Without Jhon's forensic medical examination, his arm doesn't exist in the file: he appears only as a witness, and the prosecutor asks for nothing for him. # speaker:narrator # mood:withdrawn
- else:
    Nobody looked at his arm that night. A week later, at school, his teacher notices he can't write: it's a hairline fracture. In the file, Jhon appears only as a witness. # speaker:narrator # mood:withdrawn
}
When Richard gets out, he starts calling Lucy every night again. # speaker:narrator # ending:at_risk_unexamined # leaves:lucy
-> END
