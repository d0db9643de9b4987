// Shared piece (English): narration and dialogue only, no `do:` options.
// A tunnel: call it with -> shared_single_interview -> (with its parameters, if any) and it returns.
// The Spanish version, with the same knot and parameters, is in _shared/es/single_interview.ink.

// Arranging the single interview (Cámara Gesell) with the prosecutor.
=== shared_single_interview ===
—Doctor, to avoid revictimising, can you arrange the single interview in the Cámara Gesell? What was said here is enough; we won't ask any more questions. # speaker:officer
The prosecutor confirms: the Cámara Gesell psychologist will listen to the victim once, on record, and that interview will serve for the whole case. You are given a date next week. # speaker:narrator
->->
