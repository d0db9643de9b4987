// Pieza compartida (español): solo narración y diálogo, sin opciones `do:`.
// Es un túnel: llámalo con -> shared_family_court -> (con sus parámetros, si tiene) y vuelve solo.
// La versión inglesa, con el mismo knot y los mismos parámetros, está en _shared/en/family_court.ink.

// Oficio al Juzgado de Familia con la ficha de valoración de riesgo.
// medidas: "el retiro del agresor del domicilio y la prohibición de acercarse a la niña".
=== shared_family_court(medidas) ===
Redactas el oficio al Juzgado de Familia y adjuntas la ficha de valoración de riesgo. Pides {medidas}. # speaker:narrator # sfx:paper
El juzgado tiene que resolver en breve plazo; la policía es la que hace cumplir las medidas. Lo envías por la mesa de partes virtual antes de que pasen veinticuatro horas. # speaker:narrator
->->
