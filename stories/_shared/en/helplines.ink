// Shared piece (English): narration and dialogue only, no `do:` options.
// A tunnel: call it with -> shared_helplines -> (with its parameters, if any) and it returns.
// The Spanish version, with the same knot and parameters, is in _shared/es/helplines.ink.

// Helplines and CEM, told to the protective adult.
=== shared_helplines ===
—I'm writing these numbers down for you. Línea 100 is free and answers twenty-four hours a day, every day: they will listen and advise you. There is also Chat 100 online. # speaker:officer
—And the CEM, the Centro Emergencia Mujer (women's emergency centre), will call you: they have a psychologist, a social worker and a lawyer, free, for you and your children. If he comes near you or threatens you, call 105 or come here, at any hour. # speaker:officer
->->
