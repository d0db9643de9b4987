// Jhon (en): endings.

=== ending_protected ===
That night Jhon sleeps on a mattress on his aunt Marleni's floor, with Huamán's torch under his pillow. # speaker:narrator
The family court issues the measures the next day: Richard may not come near Lucy or the children. The police serve him the order. # speaker:narrator
{ distress >= 6:
    Jhon still looks at the door every time someone knocks. The CEM psychologist sees him every week. # speaker:narrator # mood:anxious
- else:
    At the CEM, the psychologist asks him what he likes. Jhon says football. For the first time in a long while, he plays with his ball without watching the door. # speaker:narrator # mood:relieved
}
A month later, Lucy rents a room near her sister's house. Jhon no longer says it was his fault. # speaker:narrator # ending:protected_aunt
-> END

=== child_shutdown ===
Jhon gets up, picks up his sleeping sister as best he can and heads for the door. # speaker:narrator # mood:angry
—We're going, mum. They don't help us here. # speaker:jhon # mood:angry
Lucy follows him. They leave without finishing the report. From that night on, Jhon decides the police are no use at all; next time he won't let his mum call them. # speaker:narrator # sfx:door # ending:harmed_shutdown
-> END

=== ending_walked_out ===
Lucy stands up and picks up Yuliana. # speaker:narrator # mood:withdrawn
—I'd better go. I'll manage somehow. # speaker:lucy
That night they sleep at a neighbour's house. The next day, Richard comes looking for them. Lucy goes back to him. # speaker:narrator # sfx:door # ending:at_risk_walked_out
-> END

=== ending_turned_away ===
Lucy goes out into the street with both children. It's almost midnight. # speaker:narrator # sfx:door
They have nowhere to go. At one in the morning they go back to the house, where Richard is asleep on the sofa. Jhon stays awake all night, sitting by the door of his sister's room. # speaker:narrator # mood:scared # ending:at_risk_turned_away
-> END

=== ending_father_came ===
At half past twelve the station door opens. It's Richard, drunk, shouting Lucy's name. # speaker:narrator # scene:front_desk # sfx:door
Jhon sees him from the bench. He puts himself in front of his mother and his sister. It takes three officers to hold him, in front of the children. # speaker:narrator # mood:scared
Since that night, Jhon wakes up at the slightest noise. # speaker:narrator # ending:harmed_father_came
-> END

=== ending_saw_arrest ===
Jhon sees his father in handcuffs, his shirt torn, between two officers. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # sfx:footsteps # mood:crying
When he sees him, Richard shouts that it's all his fault. # speaker:narrator
He shouts it only once. Jhon repeats it to himself for months. # speaker:narrator # mood:withdrawn # ending:harmed_saw_arrest
-> END

=== ending_withdrawn ===
—You're right. It'll pass by tomorrow. # speaker:lucy
Lucy doesn't sign anything. She spends the night at a neighbour's house and the next day goes back to Richard, who says he's sorry. # speaker:narrator # sfx:door
Jhon puts his ball away at the back of the wardrobe. He doesn't play at home any more. # speaker:narrator # mood:withdrawn # ending:at_risk_withdrawn
-> END

=== ending_home ===
Lucy and the children go back to the house at one in the morning. # speaker:narrator # sfx:door
Two days later, Richard is released. Nobody has told him he can't come back. He knocks on the door with a bag of bread, as if nothing had happened. # speaker:narrator # mood:scared # ending:at_risk_home
-> END

=== ending_drawer ===
The report spends the night in the tray. Richard is released the next day: the family prosecutor doesn't know there are children in the case. # speaker:narrator # scene:front_desk
Lucy and the children stay at Marleni's for a week. Then, with no measures and nobody calling her, Lucy goes back to the house. # speaker:narrator # mood:withdrawn # ending:at_risk_drawer
-> END

=== ending_no_measures ===
Lucy and the children sleep at Marleni's. # speaker:narrator
Without protective measures, when Richard is released nothing stops him from going to look for them. He does, on the third day, outside Jhon's school. # speaker:narrator # mood:scared # ending:at_risk_no_measures
-> END

=== ending_left_alone ===
In the street, Lucy calls her sister; she doesn't answer. They sit on the bench in the park opposite the station, Yuliana asleep. # speaker:narrator # scene:front_desk # sfx:phone
A mototaxi stops in front of them. It's Richard's brother. # speaker:narrator # mood:scared # ending:at_risk_left_alone
-> END

=== ending_followed ===
Lucy leaves with the children by the front door. Richard's brother's mototaxi pulls away behind them. # speaker:narrator # sfx:door
He follows them to Marleni's house. By the next day, Richard's whole family knows where they are. # speaker:narrator # mood:scared # ending:at_risk_followed
-> END
