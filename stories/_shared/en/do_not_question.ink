// Shared piece (English): narration and dialogue only, no `do:` options.
// A tunnel: call it with -> shared_do_not_question -> (with its parameters, if any) and it returns.
// The Spanish version, with the same knot and parameters, is in _shared/es/do_not_question.ink.

// Advice to the adult: do not question the child at home.
=== shared_do_not_question ===
—One important thing: at home, don't ask about what happened, and don't ask to hear it again. If your child wants to talk, listen calmly, say that you believe them, and don't ask questions. The rest will be done by the specialist, once. # speaker:officer
->->
