// Pieza compartida (español): solo narración y diálogo, sin opciones `do:`.
// Es un túnel: llámalo con -> shared_single_interview -> (con sus parámetros, si tiene) y vuelve solo.
// La versión inglesa, con el mismo knot y los mismos parámetros, está en _shared/en/single_interview.ink.

// Coordinación de la entrevista única (Cámara Gesell) con la fiscalía.
=== shared_single_interview ===
—Doctor, para no revictimizar, ¿me coordina la entrevista única en Cámara Gesell? Lo que contó aquí basta; no le vamos a volver a preguntar. # speaker:officer
El fiscal confirma: la psicóloga de la Cámara Gesell escuchará a la víctima una sola vez, con grabación, y esa entrevista vale para todo el proceso. Te dan fecha para la próxima semana. # speaker:narrator
->->
