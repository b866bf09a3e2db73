<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Edit card text</source>
        <translation>Modifier le texte de la carte</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Renommer le couloir</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>Renommer le persona</translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation>Renommer le parcours</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message numerus="yes">
        <source>Add %n cards</source>
        <translation>
            <numerusform>Ajouter %Ln carte</numerusform>
            <numerusform>Ajouter %Ln cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste card</source>
        <translation>Coller la carte</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cards</source>
        <translation>
            <numerusform>Coller %Ln carte</numerusform>
            <numerusform>Coller %Ln cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Dupliquer la carte</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n cards</source>
        <translation>
            <numerusform>Dupliquer %Ln carte</numerusform>
            <numerusform>Dupliquer %Ln cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Déplacer la carte</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>Déplacer %Ln carte</numerusform>
            <numerusform>Déplacer %Ln cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cards</source>
        <translation>
            <numerusform>Supprimer %Ln carte</numerusform>
            <numerusform>Supprimer %Ln cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add persona badge</source>
        <translation>Ajouter le badge du persona</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Ajouter un couloir</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Supprimer le couloir</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Déplacer l’étape</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Déplacer le couloir</translation>
    </message>
    <message>
        <source>Duplicate stage</source>
        <translation>Dupliquer l’étape</translation>
    </message>
    <message>
        <source>Duplicate lane</source>
        <translation>Dupliquer le couloir</translation>
    </message>
    <message>
        <source>Hide lane</source>
        <translation>Masquer le couloir</translation>
    </message>
    <message>
        <source>Show hidden lanes</source>
        <translation>Afficher les couloirs masqués</translation>
    </message>
    <message>
        <source>Fork after stage</source>
        <translation>Bifurquer après l’étape</translation>
    </message>
    <message>
        <source>Add path</source>
        <translation>Ajouter un chemin</translation>
    </message>
    <message>
        <source>Rename path</source>
        <translation>Renommer le chemin</translation>
    </message>
    <message>
        <source>Change the personas of a path</source>
        <translation>Changer les personas d’un chemin</translation>
    </message>
    <message>
        <source>Delete path</source>
        <translation>Supprimer le chemin</translation>
    </message>
    <message>
        <source>Move stage to path</source>
        <translation>Déplacer l’étape vers un chemin</translation>
    </message>
    <message>
        <source>Add return arrow</source>
        <translation>Ajouter une flèche de retour</translation>
    </message>
    <message>
        <source>Delete return arrow</source>
        <translation>Supprimer la flèche de retour</translation>
    </message>
    <message>
        <source>Move emotion point</source>
        <translation>Déplacer le point d’émotion</translation>
    </message>
    <message>
        <source>Place emotion point</source>
        <translation>Placer un point d’émotion</translation>
    </message>
    <message>
        <source>Delete emotion point</source>
        <translation>Supprimer le point d’émotion</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Ajouter un persona</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>Retirer le persona</translation>
    </message>
    <message>
        <source>Add journey</source>
        <translation>Ajouter un parcours</translation>
    </message>
    <message>
        <source>Duplicate journey</source>
        <translation>Dupliquer le parcours</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <source>Import 1 card</source>
        <translation>Importer 1 carte</translation>
    </message>
    <message numerus="yes">
        <source>Import %n cards</source>
        <translation>
            <numerusform>Importer %Ln carte</numerusform>
            <numerusform>Importer %Ln cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import journey</source>
        <translation>Importer un parcours</translation>
    </message>
    <message numerus="yes">
        <source>Import %n journeys</source>
        <translation>
            <numerusform>Importer %Ln parcours</numerusform>
            <numerusform>Importer %Ln parcours</numerusform>
        </translation>
    </message>
    <message>
        <source>Link sub-journey</source>
        <translation>Lier un sous-parcours</translation>
    </message>
    <message>
        <source>Unlink sub-journey</source>
        <translation>Délier le sous-parcours</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Modifier le responsable</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Modifier le statut</translation>
    </message>
    <message>
        <source>Change last review date</source>
        <translation>Modifier la date de dernière revue</translation>
    </message>
    <message>
        <source>Change next review date</source>
        <translation>Modifier la date de prochaine revue</translation>
    </message>
    <message>
        <source>Change review interval</source>
        <translation>Modifier la fréquence des revues</translation>
    </message>
    <message>
        <source>no voting round is under way</source>
        <translation>aucun tour de vote n’est en cours</translation>
    </message>
    <message>
        <source>Start voting round</source>
        <translation>Lancer un tour de vote</translation>
    </message>
    <message>
        <source>%1 is not a participant of this round</source>
        <translation>%1 ne participe pas à ce tour de vote</translation>
    </message>
    <message>
        <source>%1 has no dots left</source>
        <translation>%1 n’a plus de gommettes</translation>
    </message>
    <message>
        <source>this card is not part of the voting round</source>
        <translation>cette carte ne fait pas partie du tour de vote</translation>
    </message>
    <message>
        <source>%1 already has a dot on this card</source>
        <translation>%1 a déjà une gommette sur cette carte</translation>
    </message>
    <message>
        <source>Add dot vote</source>
        <translation>Ajouter une gommette</translation>
    </message>
    <message>
        <source>Remove dot vote</source>
        <translation>Retirer une gommette</translation>
    </message>
    <message>
        <source>Reveal votes</source>
        <translation>Révéler les votes</translation>
    </message>
    <message>
        <source>End voting round</source>
        <translation>Clore le tour de vote</translation>
    </message>
    <message>
        <source>Capture card</source>
        <translation>Noter une carte</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Restaurer une version</translation>
    </message>
    <message>
        <source>%1 has already joined this round</source>
        <translation>%1 participe déjà à ce tour</translation>
    </message>
    <message>
        <source>this voting round is full</source>
        <translation>ce tour de vote est complet</translation>
    </message>
    <message>
        <source>Join voting round</source>
        <translation>Rejoindre le tour de vote</translation>
    </message>
    <message>
        <source>Record phone voting round</source>
        <translation>Enregistrer le tour de vote par téléphone</translation>
    </message>
    <message>
        <source>Link to pain point</source>
        <translation>Lier au point de douleur</translation>
    </message>
    <message>
        <source>Unlink pain point</source>
        <translation>Délier le point de douleur</translation>
    </message>
    <message>
        <source>Change impact and effort</source>
        <translation>Changer l’impact et l’effort</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%Ln parcours</numerusform>
            <numerusform>%Ln parcours</numerusform>
        </translation>
    </message>
    <message>
        <source>1 edit</source>
        <translation>1 modification</translation>
    </message>
    <message numerus="yes">
        <source>%n edits</source>
        <translation>
            <numerusform>%Ln modification</numerusform>
            <numerusform>%Ln modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%Ln étape</numerusform>
            <numerusform>%Ln étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%Ln couloir</numerusform>
            <numerusform>%Ln couloirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%Ln carte</numerusform>
            <numerusform>%Ln cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more bad row(s))</source>
        <translation>
            <numerusform>%1 (et %Ln autre ligne erronée)</numerusform>
            <numerusform>%1 (et %Ln autres lignes erronées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Where should the map from %1 go?</source>
        <translation>Où placer la carte importée de %1&#x202f;?</translation>
    </message>
    <message>
        <source>Into a New Map</source>
        <translation>Dans une nouvelle carte</translation>
    </message>
    <message>
        <source>As a New Journey of This Project</source>
        <translation>Comme nouveau parcours de ce projet</translation>
    </message>
    <message>
        <source>Import a Map</source>
        <translation>Importer une carte</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Impossible d’importer %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#x202f;: %2.</translation>
    </message>
    <message>
        <source>Imported, with some things left out</source>
        <translation>Importé, mais certains éléments ont été laissés de côté</translation>
    </message>
    <message>
        <source>What could not be carried over:</source>
        <translation>Ce qui n’a pas pu être repris&#x202f;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problems)</source>
        <translation>
            <numerusform>%1 (et %Ln autre problème)</numerusform>
            <numerusform>%1 (et %Ln autres problèmes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more bad rows)</source>
        <translation>
            <numerusform>%1 (et %Ln autre ligne erronée)</numerusform>
            <numerusform>%1 (et %Ln autres lignes erronées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <translation>
            <numerusform>%1 et %2 de plus</numerusform>
            <numerusform>%1 et %2 de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %1 more problems</source>
        <translation>
            <numerusform>… et %1 autre problème</numerusform>
            <numerusform>… et %1 autres problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%Ln changement</numerusform>
            <numerusform>%Ln changements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the format has no place for return arrows, so %Ln were left out: %1</source>
        <translation>
            <numerusform>le format n’a pas de place pour les flèches de retour, celle-ci a donc été laissée de côté&#x202f;: %1</numerusform>
            <numerusform>le format n’a pas de place pour les flèches de retour, ces %Ln ont donc été laissées de côté&#x202f;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journeys, %1 due for review on %2.</source>
        <translation>
            <numerusform>%Ln parcours, %1 à revoir le %2.</numerusform>
            <numerusform>%Ln parcours, %1 à revoir le %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journeys are reviewed every %n months.</source>
        <translation>
            <numerusform>Les parcours sont revus tous les mois.</numerusform>
            <numerusform>Les parcours sont revus tous les %Ln mois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BacklogModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Impact ÷ effort</source>
        <translation>Impact ÷ effort</translation>
    </message>
    <message>
        <source>Pain weight</source>
        <translation>Poids des points de douleur</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Pain points answered</source>
        <translation>Points de douleur traités</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <source>Backlog of opportunities</source>
        <translation>Backlog des opportunités</translation>
    </message>
    <message>
        <source>Export Backlog…</source>
        <translation>Exporter le backlog…</translation>
    </message>
    <message>
        <source>Write the backlog as CSV, Excel or Markdown</source>
        <translation>Écrire le backlog en CSV, Excel ou Markdown</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities</source>
        <translation>
            <numerusform>%Ln opportunité</numerusform>
            <numerusform>%Ln opportunités</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, séparé par des points-virgules (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Tableau Markdown (*.md)</translation>
    </message>
    <message>
        <source>%1 backlog.csv</source>
        <translation>Backlog %1.csv</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Export Backlog</source>
        <translation>Exporter le backlog</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Exported the backlog to %1</source>
        <translation>Backlog exporté dans %1</translation>
    </message>
</context>
<context>
    <name>BranchActions</name>
    <message>
        <source>Select the stage after which the journey forks.</source>
        <translation>Sélectionnez l’étape après laquelle le parcours bifurque.</translation>
    </message>
    <message>
        <source>A fork needs at least two paths.</source>
        <translation>Une bifurcation demande au moins deux chemins.</translation>
    </message>
    <message>
        <source>Select the stage the arrow leaves from.</source>
        <translation>Sélectionnez l’étape d’où part la flèche.</translation>
    </message>
    <message>
        <source>No earlier stage to return to.</source>
        <translation>Aucune étape antérieure où revenir.</translation>
    </message>
    <message>
        <source>Fork after this stage…</source>
        <translation>Bifurquer après cette étape…</translation>
    </message>
    <message>
        <source>Add a return arrow…</source>
        <translation>Ajouter une flèche de retour…</translation>
    </message>
    <message>
        <source>Delete the return arrow to “%1”</source>
        <translation>Supprimer la flèche de retour vers «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Rename path “%1”…</source>
        <translation>Renommer le chemin «&#x202f;%1&#x202f;»…</translation>
    </message>
    <message>
        <source>Personas who take path “%1”</source>
        <translation>Personas qui prennent le chemin «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Add a path to this fork…</source>
        <translation>Ajouter un chemin à cette bifurcation…</translation>
    </message>
    <message>
        <source>Move stage back to the main line</source>
        <translation>Remettre l’étape sur la ligne principale</translation>
    </message>
    <message>
        <source>Delete path “%1” and its stages</source>
        <translation>Supprimer le chemin «&#x202f;%1&#x202f;» et ses étapes</translation>
    </message>
    <message>
        <source>Rename Path</source>
        <translation>Renommer le chemin</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#x202f;:</translation>
    </message>
    <message>
        <source>Add Path</source>
        <translation>Ajouter un chemin</translation>
    </message>
</context>
<context>
    <name>ButtonNames</name>
    <message>
        <source>More tools</source>
        <translation>Autres outils</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Autres menus</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Float panel</source>
        <translation>Détacher le panneau</translation>
    </message>
    <message>
        <source>Close panel</source>
        <translation>Fermer le panneau</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Type the idea, Enter adds it, Esc cancels</source>
        <translation>Tapez l’idée&#x202f;: Entrée l’ajoute, Échap annule</translation>
    </message>
</context>
<context>
    <name>CardDrag</name>
    <message>
        <source>Drop to link</source>
        <translation>Déposer pour lier</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>The goal this card serves</source>
        <translation>L’objectif que sert cette carte</translation>
    </message>
    <message>
        <source>Change goal</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Modifier l’unité</translation>
    </message>
    <message>
        <source>e.g. Analytics, March</source>
        <translation>p. ex. Analytics, mars</translation>
    </message>
    <message>
        <source>Change source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Change value</source>
        <translation>Modifier la valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Change target</source>
        <translation>Modifier la cible</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1: “%2” could be read as %3 or as %4; type the one you mean. Nothing was changed.</source>
        <translation>%1&#x202f;: «&#x202f;%2&#x202f;» peut se lire %3 ou %4&#x202f;; tapez celui que vous voulez dire. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number. Write it like 12.5 or 1200; nothing was changed.</source>
        <translation>%1&#x202f;: «&#x202f;%2&#x202f;» n’est pas un nombre. Écrivez-le comme 12,5 ou 1200&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1: %2 is too large; a value lies between −10¹⁵ and 10¹⁵. Nothing was changed.</source>
        <translation>%1&#x202f;: %2 est trop grand&#x202f;; une valeur est comprise entre −10¹⁵ et 10¹⁵. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The value has no date</source>
        <translation>La valeur n’a pas de date</translation>
    </message>
    <message>
        <source>Change measurement date</source>
        <translation>Modifier la date de mesure</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>count out of total</source>
        <translation>nombre sur un total</translation>
    </message>
    <message>
        <source>percent of participants</source>
        <translation>pourcentage des participants</translation>
    </message>
    <message>
        <source>Participants who met it</source>
        <translation>Participants qui l’ont rencontré</translation>
    </message>
    <message>
        <source>Participants in all</source>
        <translation>Participants au total</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>Percent of participants who met it</source>
        <translation>Pourcentage des participants qui l’ont rencontré</translation>
    </message>
    <message>
        <source>Change frequency</source>
        <translation>Modifier la fréquence</translation>
    </message>
    <message>
        <source>Frequency: the total must be at least 1 (out of how many participants?). Nothing was changed.</source>
        <translation>Fréquence&#x202f;: le total doit être d’au moins 1 (sur combien de participants&#x202f;?). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Frequency: %1 out of %2 is more than all the participants; the count must be at most the total. Nothing was changed.</source>
        <translation>Fréquence&#x202f;: %1 sur %2 dépasse le nombre de participants&#x202f;; le nombre doit être au plus égal au total. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Severity × the share of participants who met it; the backlog ranks by it</source>
        <translation>Sévérité × part des participants qui l’ont rencontré&#x202f;; le backlog est classé selon ce poids</translation>
    </message>
    <message>
        <source>— (needs a severity and a frequency)</source>
        <translation>— (il faut une sévérité et une fréquence)</translation>
    </message>
    <message>
        <source>%1 (severity %2 × %3)</source>
        <translation>%1 (sévérité %2 × %3)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Modifier le statut</translation>
    </message>
    <message>
        <source>Impact (1–5)</source>
        <translation>Impact (1–5)</translation>
    </message>
    <message>
        <source>Change impact</source>
        <translation>Modifier l’impact</translation>
    </message>
    <message>
        <source>Effort (1–5)</source>
        <translation>Effort (1–5)</translation>
    </message>
    <message>
        <source>Change effort</source>
        <translation>Modifier l’effort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de douleur</translation>
    </message>
    <message>
        <source>Pain points answered</source>
        <translation>Points de douleur traités</translation>
    </message>
    <message>
        <source>The pain points this opportunity answers; drop the opportunity onto a pain point on the map to add one</source>
        <translation>Les points de douleur auxquels répond cette opportunité&#x202f;; déposez l’opportunité sur un point de douleur de la carte pour en ajouter un</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add link to a pain point</source>
        <translation>Ajouter un lien vers un point de douleur</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Ajouter un lien…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CardPalette</name>
    <message>
        <source>Card palette</source>
        <translation>Palette de cartes</translation>
    </message>
    <message>
        <source>Drag a chip onto a cell to add a card</source>
        <translation>Glissez une pastille sur une cellule pour ajouter une carte</translation>
    </message>
</context>
<context>
    <name>CardTooltip</name>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif&#x202f;: %1</translation>
    </message>
    <message>
        <source>↳ Opens the sub-journey “%1” (click ↳, or Alt+Down)</source>
        <translation>↳ Ouvre le sous-parcours «&#x202f;%1&#x202f;» (cliquez sur ↳, ou Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>Added</source>
        <translation>Ajouts</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Suppressions</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>ChangeListPanel</name>
    <message>
        <source>Show changes</source>
        <translation>Changements montrés</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Tous les changements</translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation>&amp;Quitter la comparaison</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <source>Layout only: moved, content unchanged</source>
        <translation>Mise en page seulement&#x202f;: déplacées, contenu inchangé</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Blend between the older and the newer map</source>
        <translation>Fondu entre l’ancienne et la nouvelle carte</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translation>Toute la carte</translation>
    </message>
    <message>
        <source>No changes: the two maps are the same</source>
        <translation>Aucun changement&#x202f;: les deux cartes sont identiques</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>&amp;Compare this journey with:</source>
        <translation>&amp;Comparer ce parcours avec&#x202f;:</translation>
    </message>
    <message>
        <source>Another map file…</source>
        <translation>Un autre fichier de carte…</translation>
    </message>
    <message>
        <source>The version saved on %1</source>
        <translation>La version enregistrée le %1</translation>
    </message>
    <message>
        <source>The journey “%1”</source>
        <translation>Le parcours «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Compare With Map</source>
        <translation>Comparer avec la carte</translation>
    </message>
</context>
<context>
    <name>CompareMode</name>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation>Impossible de comparer avec %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Changes from %1 to this map</source>
        <translation>Changements entre %1 et cette carte</translation>
    </message>
    <message>
        <source>This version cannot be opened: %1</source>
        <translation>Impossible d’ouvrir cette version&#x202f;: %1</translation>
    </message>
    <message>
        <source>Changes since the version saved on %1</source>
        <translation>Changements depuis la version enregistrée le %1</translation>
    </message>
    <message>
        <source>Changes from the journey “%1” to “%2”</source>
        <translation>Changements du parcours «&#x202f;%1&#x202f;» à «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <source>the map is being compared; press Esc to leave compare mode and edit it</source>
        <translation>la carte est en cours de comparaison&#x202f;; appuyez sur Échap pour quitter la comparaison et la modifier</translation>
    </message>
    <message numerus="yes">
        <source>%n changes. N and Shift+N step through them; Esc leaves compare mode.</source>
        <translation>
            <numerusform>%Ln changement. N et Maj+N les parcourent&#x202f;; Échap quitte la comparaison.</numerusform>
            <numerusform>%Ln changements. N et Maj+N les parcourent&#x202f;; Échap quitte la comparaison.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to editing the map</source>
        <translation>Retour à l’édition de la carte</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Merge: the Version Both Started From</source>
        <translation>Fusionner&#x202f;: la version de départ commune</translation>
    </message>
    <message>
        <source>Merge: the Other Version</source>
        <translation>Fusionner&#x202f;: l’autre version</translation>
    </message>
    <message>
        <source>Cannot merge with %1: %2</source>
        <translation>Impossible de fusionner avec %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusionner %1</translation>
    </message>
    <message>
        <source>Nothing to merge: %1 brings no change</source>
        <translation>Rien à fusionner&#x202f;: %1 n’apporte aucun changement</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1: %n conflicts to resolve</source>
        <translation>
            <numerusform>%1 fusionné&#x202f;: %Ln conflit à résoudre</numerusform>
            <numerusform>%1 fusionné&#x202f;: %Ln conflits à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %1 without conflicts</source>
        <translation>%1 fusionné sans conflit</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Base, mine and theirs</source>
        <translation>Base, ma version et la leur</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Garder leur version</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts left by the merge. Keep mine or theirs for each, or edit the map.</source>
        <translation>
            <numerusform>%Ln conflit laissé par la fusion. Gardez votre version ou la leur, ou modifiez la carte.</numerusform>
            <numerusform>%Ln conflits laissés par la fusion. Pour chacun, gardez votre version ou la leur, ou modifiez la carte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts left: the merge is complete.</source>
        <translation>Plus aucun conflit&#x202f;: la fusion est terminée.</translation>
    </message>
    <message>
        <source>“%1”: %2 changed on both sides</source>
        <translation>«&#x202f;%1&#x202f;»&#x202f;: %2 modifié des deux côtés</translation>
    </message>
    <message>
        <source>“%1”: changed on both sides</source>
        <translation>«&#x202f;%1&#x202f;»&#x202f;: modifié des deux côtés</translation>
    </message>
    <message>
        <source>“%1”: removed by me, changed by them</source>
        <translation>«&#x202f;%1&#x202f;»&#x202f;: supprimé par moi, modifié par eux</translation>
    </message>
    <message>
        <source>“%1”: removed by them, changed by me</source>
        <translation>«&#x202f;%1&#x202f;»&#x202f;: supprimé par eux, modifié par moi</translation>
    </message>
    <message>
        <source>“%1”: removed by me, still used by them</source>
        <translation>«&#x202f;%1&#x202f;»&#x202f;: supprimé par moi, encore utilisé par eux</translation>
    </message>
    <message>
        <source>“%1”: removed by them, still used by me</source>
        <translation>«&#x202f;%1&#x202f;»&#x202f;: supprimé par eux, encore utilisé par moi</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>Options d’export</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>What to Print</source>
        <translation>Contenu à imprimer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <source>Custom paper width</source>
        <translation>Largeur du papier personnalisé</translation>
    </message>
    <message>
        <source>Custom paper height</source>
        <translation>Hauteur du papier personnalisé</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>The orientation that prints the map larger, or on fewer sheets</source>
        <translation>L’orientation qui imprime la carte en plus grand, ou sur moins de feuilles</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Whole map on one page</source>
        <translation>Toute la carte sur une page</translation>
    </message>
    <message>
        <source>Poster on several sheets</source>
        <translation>Affiche sur plusieurs feuilles</translation>
    </message>
    <message>
        <source>At a scale</source>
        <translation>À une échelle</translation>
    </message>
    <message>
        <source>Fit sheets wide</source>
        <translation>Ajuster à une largeur en feuilles</translation>
    </message>
    <message>
        <source> sheets wide</source>
        <translation> feuilles de large</translation>
    </message>
    <message>
        <source>Title block with date and page numbers</source>
        <translation>Cartouche avec date et numéros de page</translation>
    </message>
    <message>
        <source>The project overview as the first page</source>
        <translation>La vue d’ensemble du projet en première page</translation>
    </message>
    <message>
        <source>A page for each persona</source>
        <translation>Une page par persona</translation>
    </message>
    <message>
        <source>Pain points and opportunities by stage</source>
        <translation>Points de douleur et opportunités par étape</translation>
    </message>
    <message>
        <source>Links from opportunities to pain points</source>
        <translation>Liens des opportunités vers les points de douleur</translation>
    </message>
    <message>
        <source>Impact/effort matrix and backlog (when there are opportunities)</source>
        <translation>Matrice impact/effort et backlog (s’il y a des opportunités)</translation>
    </message>
    <message>
        <source>Evidence coverage row under the stages</source>
        <translation>Rangée de couverture des preuves sous les étapes</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Custom (mm)</source>
        <translation>Personnalisé (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <source>Poster size</source>
        <translation>Taille de l’affiche</translation>
    </message>
    <message>
        <source>Poster scale</source>
        <translation>Échelle de l’affiche</translation>
    </message>
    <message>
        <source>Poster width</source>
        <translation>Largeur de l’affiche</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Recouvrement</translation>
    </message>
    <message>
        <source>Appendix:</source>
        <translation>Annexes&#x202f;:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>choose at least one stage to print</source>
        <translation>choisissez au moins une étape à imprimer</translation>
    </message>
    <message>
        <source>choose at least one lane to print</source>
        <translation>choisissez au moins un couloir à imprimer</translation>
    </message>
    <message>
        <source>%1 of %2 × %3 mm.</source>
        <translation>%1 de %2 × %3 mm.</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Export impossible&#x202f;: %1</translation>
    </message>
    <message>
        <source>One page, %1, the map at %2 % of its size.</source>
        <translation>Une page, %1, la carte à %2&#x202f;% de sa taille.</translation>
    </message>
    <message>
        <source>An assembly plan, then %1 sheets (%2 rows × %3 columns), %4, at %5 %.</source>
        <translation>Un plan d’assemblage, puis %1 feuilles (%2 rangées × %3 colonnes), %4, à %5&#x202f;%.</translation>
    </message>
    <message>
        <source>After the map come persona pages.</source>
        <translation>Après la carte viennent les pages des personas.</translation>
    </message>
    <message>
        <source>After the map comes a summary of pain points and opportunities.</source>
        <translation>Après la carte vient une synthèse des points de douleur et des opportunités.</translation>
    </message>
    <message>
        <source>After the map come persona pages and a summary of pain points and opportunities.</source>
        <translation>Après la carte viennent les pages des personas et une synthèse des points de douleur et des opportunités.</translation>
    </message>
    <message>
        <source>After the map come the impact/effort matrix and the backlog.</source>
        <translation>Après la carte viennent la matrice impact/effort et le backlog.</translation>
    </message>
    <message>
        <source>After the map come persona pages, the impact/effort matrix and the backlog.</source>
        <translation>Après la carte viennent les pages des personas, la matrice impact/effort et le backlog.</translation>
    </message>
    <message>
        <source>After the map come a summary of pain points and opportunities, the impact/effort matrix and the backlog.</source>
        <translation>Après la carte viennent une synthèse des points de douleur et des opportunités, la matrice impact/effort et le backlog.</translation>
    </message>
    <message>
        <source>After the map come persona pages, a summary of pain points and opportunities, the impact/effort matrix and the backlog.</source>
        <translation>Après la carte viennent les pages des personas, une synthèse des points de douleur et des opportunités, la matrice impact/effort et le backlog.</translation>
    </message>
    <message>
        <source>PNG image of %1 × %2 pixels at %3 dpi.</source>
        <translation>Image PNG de %1 × %2 pixels à %3 ppp.</translation>
    </message>
    <message>
        <source>Card text would print at %1 pt.</source>
        <translation>Le texte des cartes s’imprimerait en %1 pt.</translation>
    </message>
    <message>
        <source>%1 or a poster %2 sheets wide prints it at %3 pt or more.</source>
        <translation>Le %1 ou une affiche de %2 feuilles de large l’impriment en %3 pt ou plus.</translation>
    </message>
    <message>
        <source>%1 prints it at %3 pt or more.</source>
        <translation>Le %1 l’imprime en %3 pt ou plus.</translation>
    </message>
    <message>
        <source>A poster %2 sheets wide prints it at %3 pt or more.</source>
        <translation>Une affiche de %2 feuilles de large l’imprime en %3 pt ou plus.</translation>
    </message>
    <message>
        <source>Print fewer stages or lanes, or choose a larger paper.</source>
        <translation>Imprimez moins d’étapes ou de couloirs, ou choisissez un papier plus grand.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser le %1</translation>
    </message>
    <message>
        <source>Poster %1 sheets wide</source>
        <translation>Affiche de %1 feuilles de large</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Export terminé&#x202f;: %1 dans %2.</translation>
    </message>
    <message>
        <source>Not everything printed as it is</source>
        <translation>Tout ne s’est pas imprimé tel quel</translation>
    </message>
    <message>
        <source>The export is written, but:

</source>
        <translation>L’export est écrit, mais&#x202f;:

</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#x202f;; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>FacilitatorWindow</name>
    <message>
        <source>cjdesigner — Facilitator</source>
        <translation>cjdesigner — Animation</translation>
    </message>
    <message>
        <source>New round… (V)</source>
        <translation>Nouveau tour de vote… (V)</translation>
    </message>
    <message>
        <source>Next participant (Tab)</source>
        <translation>Participant suivant (Tab)</translation>
    </message>
    <message>
        <source>Reveal (R)</source>
        <translation>Révéler (R)</translation>
    </message>
    <message>
        <source>End round (E)</source>
        <translation>Clore le tour (E)</translation>
    </message>
    <message>
        <source>Vote from phones… (Q)</source>
        <translation>Vote depuis les téléphones… (Q)</translation>
    </message>
    <message>
        <source>No voting round. V starts one.</source>
        <translation>Aucun tour de vote. V en lance un.</translation>
    </message>
    <message>
        <source>PgDown / PgUp: next / previous stage · Home / End: first / last · arrows: focus a card · + / −: dot vote · Tab: next participant · T: start / pause timer · ]: one more minute · digits: minutes · N: capture an idea · Q: vote from phones · . : black screen · Esc: end</source>
        <translation>Page suiv. / Page préc.&#x202f;: étape suivante / précédente · Début / Fin&#x202f;: première / dernière · flèches&#x202f;: mettre une carte en avant · + / −&#x202f;: gommette · Tab&#x202f;: participant suivant · T&#x202f;: lancer / mettre en pause le minuteur · ]&#x202f;: une minute de plus · chiffres&#x202f;: minutes · N&#x202f;: noter une idée · Q&#x202f;: vote depuis les téléphones · .&#x202f;: écran noir · Échap&#x202f;: terminer</translation>
    </message>
    <message>
        <source>The journey forks: PgDown follows one path · F: the fork&apos;s next path</source>
        <translation>Le parcours bifurque&#x202f;: Page suiv suit un chemin · F&#x202f;: le chemin suivant de la bifurcation</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Journey maps (*.cjmap);;All files (*)</source>
        <translation>Cartes de parcours (*.cjmap);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>Open Map</source>
        <translation>Ouvrir une carte</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#x202f;: %2</translation>
    </message>
    <message>
        <source>Cannot open map</source>
        <translation>Impossible d’ouvrir la carte</translation>
    </message>
    <message>
        <source>Map in use</source>
        <translation>Carte en cours d’utilisation</translation>
    </message>
    <message>
        <source>%1 is open for editing by %2 on the computer %3 since %4.</source>
        <translation>%1 est ouverte en modification par %2 sur l’ordinateur %3 depuis %4.</translation>
    </message>
    <message>
        <source>Open it read-only, open a copy of it, or take it over: if you both save, one of you will overwrite the other&apos;s work.</source>
        <translation>Ouvrez-la en lecture seule, ouvrez-en une copie ou prenez la main&#x202f;: si vous enregistrez tous les deux, l’un écrasera le travail de l’autre.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Recovery warning</source>
        <translation>Alerte de récupération</translation>
    </message>
    <message>
        <source>Edits are recorded for recovery again.</source>
        <translation>Les modifications sont de nouveau enregistrées pour la récupération.</translation>
    </message>
    <message>
        <source>Edits cannot be recorded for recovery in your data folder (%1). They are recorded in %2 instead, which may be emptied when the computer restarts: save often until this is fixed.</source>
        <translation>Les modifications ne peuvent pas être enregistrées pour la récupération dans votre dossier de données (%1). Elles le sont dans %2, qui peut être vidé au redémarrage de l’ordinateur&#x202f;: enregistrez souvent tant que ce n’est pas réglé.</translation>
    </message>
    <message>
        <source>Edits cannot be recorded for recovery (%1): a crash would lose the edits made since the last save. Save often until this is fixed.</source>
        <translation>Les modifications ne peuvent pas être enregistrées pour la récupération (%1)&#x202f;: un plantage ferait perdre celles faites depuis le dernier enregistrement. Enregistrez souvent tant que ce n’est pas réglé.</translation>
    </message>
    <message>
        <source>%1 is not locked: another cjdesigner could open and save it at the same time.</source>
        <translation>%1 n’est pas verrouillée&#x202f;: un autre cjdesigner pourrait l’ouvrir et l’enregistrer en même temps.</translation>
    </message>
    <message>
        <source>a folder named %1 is where its lock file goes</source>
        <translation>un dossier nommé %1 occupe la place de son fichier de verrou</translation>
    </message>
    <message>
        <source>%1, where its lock file goes, is not a cjdesigner lock file</source>
        <translation>%1, à la place de son fichier de verrou, n’est pas un verrou de cjdesigner</translation>
    </message>
    <message>
        <source>Map cannot be locked</source>
        <translation>Impossible de verrouiller la carte</translation>
    </message>
    <message>
        <source>%1 cannot be locked: %2.</source>
        <translation>Impossible de verrouiller %1&#x202f;: %2.</translation>
    </message>
    <message>
        <source>Without a lock, someone else can open and save this map at the same time, and one of you would overwrite the other&apos;s work. Open it read-only, or edit it anyway if you are sure nobody else does.</source>
        <translation>Sans verrou, quelqu’un d’autre peut ouvrir et enregistrer cette carte en même temps, et l’un de vous écraserait le travail de l’autre. Ouvrez-la en lecture seule, ou modifiez-la quand même si vous êtes sûr que personne d’autre ne le fait.</translation>
    </message>
    <message>
        <source>&amp;Edit Anyway</source>
        <translation>&amp;Modifier quand même</translation>
    </message>
    <message>
        <source>Open a &amp;Copy</source>
        <translation>Ouvrir une &amp;copie</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Prendre la main</translation>
    </message>
    <message>
        <source>Recover unsaved edits</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Recovered edits in a separate, untitled map: %1 on disk is unchanged; save them under another name.</source>
        <translation>Modifications récupérées dans une carte à part, sans titre&#x202f;: %1 sur le disque n’a pas changé&#x202f;; enregistrez-les sous un autre nom.</translation>
    </message>
    <message>
        <source>Recovered edits: the map is not saved yet</source>
        <translation>Modifications récupérées&#x202f;: la carte n’est pas encore enregistrée</translation>
    </message>
    <message>
        <source>Map changed on disk</source>
        <translation>Carte modifiée sur le disque</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program or person.</source>
        <translation>%1 a été modifiée sur le disque par un autre programme ou une autre personne.</translation>
    </message>
    <message>
        <source>Reload it? Your unsaved edits are not lost: they are kept for 7 days and offered again when you open this map (or see `cjdesigner recover`).</source>
        <translation>La recharger&#x202f;? Vos modifications non enregistrées ne sont pas perdues&#x202f;: elles sont conservées 7 jours et vous seront proposées à la prochaine ouverture de cette carte (voir aussi `cjdesigner recover`).</translation>
    </message>
    <message>
        <source>Reload it to see the changes?</source>
        <translation>La recharger pour voir les changements&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Drop the changes made since %1 was last saved?</source>
        <translation>Abandonner les modifications faites depuis le dernier enregistrement de %1&#x202f;?</translation>
    </message>
    <message>
        <source>Save Map As</source>
        <translation>Enregistrer la carte sous</translation>
    </message>
    <message>
        <source>Cannot save map</source>
        <translation>Impossible d’enregistrer la carte</translation>
    </message>
    <message>
        <source>could not save %1: an unexpected problem stopped the save (%2); your changes are still here, unsaved</source>
        <translation>impossible d’enregistrer %1&#x202f;: un problème inattendu a interrompu l’enregistrement (%2)&#x202f;; vos modifications sont toujours là, non enregistrées</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 was changed on disk since you opened it.</source>
        <translation>%1 a été modifiée sur le disque depuis que vous l’avez ouverte.</translation>
    </message>
    <message>
        <source>%1 took %2 over on the computer %3; they may be changing it now.</source>
        <translation>%1 a pris la main sur %2 depuis l’ordinateur %3&#x202f;; cette personne est peut-être en train de la modifier.</translation>
    </message>
    <message>
        <source>Replace it with your version? The version on disk is kept in File → Version History.</source>
        <translation>La remplacer par votre version&#x202f;? La version sur le disque est conservée dans Fichier → Historique des versions.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Version History</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <source>Earlier versions are kept from the first time a map is saved.</source>
        <translation>Les versions précédentes sont conservées à partir du premier enregistrement de la carte.</translation>
    </message>
    <message>
        <source>No recent maps</source>
        <translation>Aucune carte récente</translation>
    </message>
    <message>
        <source>Import Cards from CSV</source>
        <translation>Importer des cartes depuis un CSV</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV et texte (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>
… and %1 more</source>
        <translation>
… et %1 de plus</translation>
    </message>
    <message>
        <source>These rows need fixing first:
</source>
        <translation>Ces lignes sont à corriger d’abord&#x202f;:
</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>Import from CSV: %1.</source>
        <translation>Import depuis le CSV&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Cards imported</source>
        <translation>Cartes importées</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, séparé par des points-virgules (*.csv)</translation>
    </message>
    <message>
        <source>Tab-separated text (*.tsv *.txt)</source>
        <translation>Texte séparé par des tabulations (*.tsv *.txt)</translation>
    </message>
    <message>
        <source>Export Cards to CSV</source>
        <translation>Exporter les cartes en CSV</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Exported the cards to %1</source>
        <translation>Cartes exportées dans %1</translation>
    </message>
    <message>
        <source>Cards exported</source>
        <translation>Cartes exportées</translation>
    </message>
</context>
<context>
    <name>ForkDialog</name>
    <message>
        <source>Fork after “%1”</source>
        <translation>Bifurquer après «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Online
In store</source>
        <translation>En ligne
En magasin</translation>
    </message>
    <message>
        <source>Paths, one a line</source>
        <translation>Chemins, un par ligne</translation>
    </message>
    <message>
        <source>Paths, one a line (at most %1):</source>
        <translation>Chemins, un par ligne (%1 au plus)&#x202f;:</translation>
    </message>
    <message>
        <source>Where the paths meet again</source>
        <translation>Où les chemins se rejoignent</translation>
    </message>
    <message>
        <source>Nowhere: the paths end the journey</source>
        <translation>Nulle part&#x202f;: les chemins terminent le parcours</translation>
    </message>
    <message>
        <source>They meet again at:</source>
        <translation>Ils se rejoignent à&#x202f;:</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>cjdesigner User Guide</source>
        <translation>Guide de l’utilisateur de cjdesigner</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>The user guide is missing from this copy of cjdesigner; reinstall it to read the guide.</source>
        <translation>Le guide manque dans cet exemplaire de cjdesigner&#x202f;; réinstallez-le pour lire le guide.</translation>
    </message>
</context>
<context>
    <name>JourneyActions</name>
    <message>
        <source>Rename Journey</source>
        <translation>Renommer le parcours</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#x202f;:</translation>
    </message>
    <message>
        <source>Delete Journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <source>Delete the journey “%1” and its %2 cards? You can undo this.</source>
        <translation>Supprimer le parcours «&#x202f;%1&#x202f;» et ses cartes (%2)&#x202f;? Vous pourrez l’annuler.</translation>
    </message>
    <message>
        <source>Deleted stage “%1”. Press %2 to bring it back.</source>
        <translation>Étape «&#x202f;%1&#x202f;» supprimée. Appuyez sur %2 pour la rétablir.</translation>
    </message>
    <message>
        <source>Deleted stage “%1” and its card. Press %2 to bring them back.</source>
        <translation>Étape «&#x202f;%1&#x202f;» et sa carte supprimées. Appuyez sur %2 pour les rétablir.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted stage “%1” and its %n cards. Press %2 to bring them back.</source>
        <translation>
            <numerusform>Étape «&#x202f;%1&#x202f;» et sa carte supprimées. Appuyez sur %2 pour les rétablir.</numerusform>
            <numerusform>Étape «&#x202f;%1&#x202f;» et ses %Ln cartes supprimées. Appuyez sur %2 pour les rétablir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted lane “%1”. Press %2 to bring it back.</source>
        <translation>Couloir «&#x202f;%1&#x202f;» supprimé. Appuyez sur %2 pour le rétablir.</translation>
    </message>
    <message>
        <source>Deleted lane “%1” and its card. Press %2 to bring them back.</source>
        <translation>Couloir «&#x202f;%1&#x202f;» et sa carte supprimés. Appuyez sur %2 pour les rétablir.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted lane “%1” and its %n cards. Press %2 to bring them back.</source>
        <translation>
            <numerusform>Couloir «&#x202f;%1&#x202f;» et sa carte supprimés. Appuyez sur %2 pour les rétablir.</numerusform>
            <numerusform>Couloir «&#x202f;%1&#x202f;» et ses %Ln cartes supprimés. Appuyez sur %2 pour les rétablir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Add stage before</source>
        <translation>Ajouter une étape avant</translation>
    </message>
    <message>
        <source>Add stage after</source>
        <translation>Ajouter une étape après</translation>
    </message>
    <message>
        <source>Duplicate stage</source>
        <translation>Dupliquer l’étape</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Add lane above</source>
        <translation>Ajouter un couloir au-dessus</translation>
    </message>
    <message>
        <source>Add lane below</source>
        <translation>Ajouter un couloir en dessous</translation>
    </message>
    <message>
        <source>Duplicate lane</source>
        <translation>Dupliquer le couloir</translation>
    </message>
    <message>
        <source>Hide lane</source>
        <translation>Masquer le couloir</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Supprimer le couloir</translation>
    </message>
</context>
<context>
    <name>JourneyFields</name>
    <message>
        <source>Who keeps this map up to date</source>
        <translation>Qui tient cette carte à jour</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>pas de rappel</translation>
    </message>
    <message numerus="yes">
        <source> months</source>
        <comment>the review interval&apos;s unit</comment>
        <translation>
            <numerusform> mois</numerusform>
            <numerusform> mois</numerusform>
        </translation>
    </message>
    <message>
        <source>How often every journey of this project is reviewed</source>
        <translation>À quelle fréquence chaque parcours de ce projet est revu</translation>
    </message>
    <message>
        <source>Review every (all journeys)</source>
        <translation>Revue tous les (tous les parcours)</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Revue attendue depuis le %1</translation>
    </message>
    <message>
        <source>Next review on %1</source>
        <translation>Prochaine revue le %1</translation>
    </message>
</context>
<context>
    <name>LinkTargetItem</name>
    <message>
        <source>Drop to link</source>
        <translation>Déposer pour lier</translation>
    </message>
</context>
<context>
    <name>LoopDialog</name>
    <message>
        <source>Return arrow from “%1”</source>
        <translation>Flèche de retour depuis «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Returns to</source>
        <translation>Revient à</translation>
    </message>
    <message>
        <source>Returns to:</source>
        <translation>Revient à&#x202f;:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé&#x202f;:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find cards…</source>
        <translation>Rechercher des cartes…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#x202f;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#x202f;: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#x202f;: %1</translation>
    </message>
    <message>
        <source>Part of the map could not be drawn; the rest is shown.</source>
        <translation>Une partie de la carte n’a pas pu être dessinée&#x202f;; le reste est affiché.</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Parcours sans titre</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Tous les personas</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Card palette</source>
        <translation>Palette de cartes</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Persona filter</source>
        <translation>Filtre par persona</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Impact/Effort Matrix</source>
        <translation>Matrice impact/effort</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Project overview</source>
        <translation>Vue d’ensemble du projet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>Add Lane of &amp;Kind</source>
        <translation>Ajouter un couloir de &amp;type</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source> Journey: </source>
        <translation> Parcours&#x202f;: </translation>
    </message>
    <message>
        <source>  Persona: </source>
        <translation>  Persona&#x202f;: </translation>
    </message>
    <message>
        <source>Add a stage and a lane first</source>
        <translation>Ajoutez d’abord une étape et un couloir</translation>
    </message>
    <message>
        <source>Removed persona “%1”. Press %2 to bring it back.</source>
        <translation>Persona «&#x202f;%1&#x202f;» retiré. Appuyez sur %2 pour le rétablir.</translation>
    </message>
    <message>
        <source>Removed persona “%1” and its badge from one card. Press %2 to bring them back.</source>
        <translation>Persona «&#x202f;%1&#x202f;» retiré, avec son badge sur une carte. Appuyez sur %2 pour les rétablir.</translation>
    </message>
    <message numerus="yes">
        <source>Removed persona “%1” and its badge from %n cards. Press %2 to bring them back.</source>
        <translation>
            <numerusform>Persona «&#x202f;%1&#x202f;» retiré, avec son badge sur %Ln carte. Appuyez sur %2 pour les rétablir.</numerusform>
            <numerusform>Persona «&#x202f;%1&#x202f;» retiré, avec son badge sur %Ln cartes. Appuyez sur %2 pour les rétablir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching cards</source>
        <translation>
            <numerusform>%Ln carte correspondante</numerusform>
            <numerusform>%Ln cartes correspondantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add persona badge</source>
        <translation>Ajouter le badge du persona</translation>
    </message>
    <message>
        <source>Add card here</source>
        <translation>Ajouter une carte ici</translation>
    </message>
    <message>
        <source>Delete emotion point</source>
        <translation>Supprimer le point d’émotion</translation>
    </message>
    <message>
        <source>Emotion of %1</source>
        <translation>Émotion de %1</translation>
    </message>
</context>
<context>
    <name>MapItem</name>
    <message>
        <source>Part of the map could not be drawn; the rest is shown.</source>
        <translation>Une partie de la carte n’a pas pu être dessinée&#x202f;; le reste est affiché.</translation>
    </message>
</context>
<context>
    <name>MapMenu</name>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Show lane as cards</source>
        <translation>Afficher le couloir en cartes</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Diagramme en barres</translation>
    </message>
    <message>
        <source>Show lane as bar chart</source>
        <translation>Afficher le couloir en diagramme en barres</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Show lane as funnel</source>
        <translation>Afficher le couloir en entonnoir</translation>
    </message>
    <message>
        <source>Show as</source>
        <translation>Afficher comme</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Journey map</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <source>Arrow keys move across cards and cells; View → Outline reads the map as a tree.</source>
        <translation>Les flèches passent d’une carte et d’une cellule à l’autre&#x202f;; Affichage → Plan présente la carte sous forme d’arborescence.</translation>
    </message>
</context>
<context>
    <name>MatrixCanvas</name>
    <message>
        <source>Impact/effort matrix</source>
        <translation>Matrice impact/effort</translation>
    </message>
    <message>
        <source>Page Down and Page Up go to the next and previous opportunity. Arrow keys move it: left and right change its effort, up and down its impact.</source>
        <translation>Page suivante et Page précédente vont à l’opportunité suivante et précédente. Les flèches la déplacent&#x202f;: gauche et droite changent son effort, haut et bas son impact.</translation>
    </message>
    <message>
        <source>Impact/effort matrix: %1, impact %2 of 5, effort %3 of 5</source>
        <translation>Matrice impact/effort&#x202f;: %1, impact %2 sur 5, effort %3 sur 5</translation>
    </message>
    <message>
        <source>Part of the matrix could not be drawn; the rest is shown.</source>
        <translation>Une partie de la matrice n’a pas pu être dessinée&#x202f;; le reste est affiché.</translation>
    </message>
    <message>
        <source>Impact: %1 of 5</source>
        <translation>Impact&#x202f;: %1 sur 5</translation>
    </message>
    <message>
        <source>Effort: %1 of 5</source>
        <translation>Effort&#x202f;: %1 sur 5</translation>
    </message>
    <message>
        <source>Votes: %1</source>
        <translation>Votes&#x202f;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#x202f;: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <source>New Map</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Start from a template:</source>
        <translation>&amp;Partir d’un modèle&#x202f;:</translation>
    </message>
    <message>
        <source>Sample map (French e-commerce journey)</source>
        <translation>Carte d’exemple (parcours e-commerce en français)</translation>
    </message>
    <message>
        <source>A real map to explore.</source>
        <translation>Une vraie carte à explorer.</translation>
    </message>
</context>
<context>
    <name>OpportunityStatus</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Card text</source>
        <translation>Texte de la carte</translation>
    </message>
    <message>
        <source>Find in outline…</source>
        <translation>Rechercher dans le plan…</translation>
    </message>
    <message>
        <source>Find in outline</source>
        <translation>Rechercher dans le plan</translation>
    </message>
    <message>
        <source>Map outline</source>
        <translation>Plan de la carte</translation>
    </message>
    <message>
        <source>Insert adds a card, F2 edits it, Delete deletes it, Ctrl+Shift+arrows move it to another stage or place.</source>
        <translation>Inser ajoute une carte, F2 la modifie, Suppr la supprime, Ctrl+Maj+flèches la déplacent vers une autre étape ou un autre emplacement.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Re&amp;chercher&#x202f;:</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Parcours sans titre</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Parcours&#x202f;: %1</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3, %4</source>
        <translation>Étape %1 sur %2&#x202f;: %3, %4</translation>
    </message>
    <message>
        <source>Stage %1 of %2, on the path %5: %3, %4</source>
        <translation>Étape %1 sur %2, sur le chemin %5&#x202f;: %3, %4</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <source>Lane %1 of %2: %3</source>
        <translation>Couloir %1 sur %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>Lane %1, %2</source>
        <translation>Couloir %1, %2</translation>
    </message>
    <message>
        <source>Emotion of %1: %2</source>
        <translation>Émotion de %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(empty card)</source>
        <translation>(carte vide)</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Carte&#x202f;: %1</translation>
    </message>
    <message>
        <source>Card: %1 — %2</source>
        <translation>Carte&#x202f;: %1 — %2</translation>
    </message>
    <message>
        <source>no cards</source>
        <translation>aucune carte</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 carte</translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%Ln carte</numerusform>
            <numerusform>%Ln cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>persona %1</source>
        <translation>persona %1</translation>
    </message>
    <message>
        <source>personas %1</source>
        <translation>personas %1</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>ressenti positif</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>ressenti neutre</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>ressenti négatif</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>sévérité %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%Ln vote</numerusform>
            <numerusform>%Ln votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewCanvas</name>
    <message>
        <source>Project overview</source>
        <translation>Vue d’ensemble du projet</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Project overview</source>
        <translation>Vue d’ensemble du projet</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Drag a persona onto a card to add its badge</source>
        <translation>Glissez un persona sur une carte pour y ajouter son badge</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Ajouter un persona</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>Retirer le persona</translation>
    </message>
</context>
<context>
    <name>PhoneRound</name>
    <message>
        <source>install the phones extra: pip install &quot;cjdesigner[phones]&quot;</source>
        <translation>installez l’extension phones&#x202f;: pip install &quot;cjdesigner[phones]&quot;</translation>
    </message>
</context>
<context>
    <name>PhoneRoundDialog</name>
    <message>
        <source>Vote from phones</source>
        <translation>Vote depuis les téléphones</translation>
    </message>
    <message>
        <source>The whole map’s opportunities</source>
        <translation>Les opportunités de toute la carte</translation>
    </message>
    <message>
        <source>The spotlighted stage’s opportunities</source>
        <translation>Les opportunités de l’étape présentée</translation>
    </message>
    <message>
        <source>A name, or anonymous</source>
        <translation>Un nom, ou anonyme</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Un nom est obligatoire</translation>
    </message>
    <message>
        <source>Anonymous only</source>
        <translation>Anonyme uniquement</translation>
    </message>
    <message>
        <source>At most one dot per card and participant</source>
        <translation>Au plus une gommette par carte et par participant</translation>
    </message>
    <message>
        <source>Cards:</source>
        <translation>Cartes&#x202f;:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants&#x202f;:</translation>
    </message>
    <message>
        <source>Phones must be on the same network as this laptop. Guest and company Wi-Fi often keep devices from reaching each other (client isolation): if phones cannot open the page, turn on this laptop’s own hotspot, ask the room to join it, and use its address below. Nothing leaves the room: the page is served by this laptop only while the round is open.</source>
        <translation>Les téléphones doivent être sur le même réseau que cet ordinateur. Les Wi-Fi invités et d’entreprise empêchent souvent les appareils de se joindre (isolation des clients)&#x202f;: si les téléphones n’ouvrent pas la page, activez le point d’accès de cet ordinateur, demandez à la salle de s’y connecter et utilisez son adresse ci-dessous. Rien ne sort de la salle&#x202f;: la page est servie par cet ordinateur, seulement pendant que le tour est ouvert.</translation>
    </message>
    <message>
        <source>Address for each network of this laptop</source>
        <translation>Adresse pour chaque réseau de cet ordinateur</translation>
    </message>
    <message>
        <source>The QR code’s network:</source>
        <translation>Réseau du code QR&#x202f;:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#x202f;:</translation>
    </message>
    <message>
        <source>The maps keep their own language; new maps are made in the interface&apos;s.</source>
        <translation>Les cartes gardent leur propre langue&#x202f;; les nouvelles cartes sont créées dans celle de l’interface.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Celle du système (%1)</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>%1 · counts hidden</source>
        <translation>%1 · résultats masqués</translation>
    </message>
    <message>
        <source>Vote from phones</source>
        <translation>Vote depuis les téléphones</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dots left</source>
        <translation>
            <numerusform>%1&#x202f;: %Ln gommette restante</numerusform>
            <numerusform>%1&#x202f;: %Ln gommettes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phones joined</source>
        <translation>
            <numerusform>%Ln téléphone connecté</numerusform>
            <numerusform>%Ln téléphones connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots cast</source>
        <translation>
            <numerusform>%Ln gommette posée</numerusform>
            <numerusform>%Ln gommettes posées</numerusform>
        </translation>
    </message>
    <message>
        <source>Following the path %1</source>
        <translation>Sur le chemin %1</translation>
    </message>
    <message>
        <source>%1 has no dots left · Tab: next participant</source>
        <translation>%1 n’a plus de gommettes · Tab&#x202f;: participant suivant</translation>
    </message>
    <message>
        <source>The voting page cannot start: %1</source>
        <translation>La page de vote ne peut pas démarrer&#x202f;: %1</translation>
    </message>
    <message>
        <source>No votes in this round.</source>
        <translation>Aucun vote dans ce tour.</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Code de la salle</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>cjdesigner — Presentation</source>
        <translation>cjdesigner — Présentation</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Blueprint line below</source>
        <translation>Ligne du blueprint en dessous</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Goals (one per line)</source>
        <translation>Objectifs (un par ligne)</translation>
    </message>
    <message>
        <source>Show as</source>
        <translation>Afficher comme</translation>
    </message>
    <message>
        <source>Frustrations (one per line)</source>
        <translation>Frustrations (une par ligne)</translation>
    </message>
    <message>
        <source>Score (−2…+2)</source>
        <translation>Score (−2…+2)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Attentes</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Emotion point</source>
        <translation>Point d’émotion</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Application mobile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensées</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de douleur</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Metrics and KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Coulisses</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Preuves physiques</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Front-office</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Processus de support</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Idées à trier</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Ligne d’interaction</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Ligne de visibilité</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Ligne d’interaction interne</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Diagramme en barres</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Partly backed</source>
        <translation>En partie étayé</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Removed the link from an opportunity to a pain point of this lane</source>
        <translation>Le lien d’une opportunité vers un point de douleur de ce couloir a été supprimé</translation>
    </message>
    <message>
        <source>Removed %1 links from opportunities to the pain points of this lane</source>
        <translation>%1 liens d’opportunités vers les points de douleur de ce couloir ont été supprimés</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Couleur du couloir</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Quote or note</source>
        <translation>Citation ou note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#x202f;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#x202f;:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>an untitled map (%1)</source>
        <translation>une carte sans nom (%1)</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>cjdesigner closed before %1 was saved. 1 edit can be brought back; it was made on %2.</source>
        <translation>cjdesigner s’est fermé avant l’enregistrement de %1. 1 modification peut être récupérée&#x202f;; elle date du %2.</translation>
    </message>
    <message>
        <source>cjdesigner closed before %1 was saved. %3 edits can be brought back; the last one was made on %2.</source>
        <translation>cjdesigner s’est fermé avant l’enregistrement de %1. %3 modifications peuvent être récupérées&#x202f;; la dernière date du %2.</translation>
    </message>
    <message>
        <source>%1 was changed on disk after these edits began. Recovering them into it would bring back the older version, and saving would lose that change.</source>
        <translation>%1 a été modifiée sur le disque après le début de ces modifications. Les récupérer dedans ramènerait l’ancienne version, et l’enregistrement perdrait ce changement.</translation>
    </message>
    <message>
        <source>Part of the record could not be read, and is left out: %1</source>
        <translation>Une partie de l’enregistrement n’a pas pu être lue et a été écartée&#x202f;: %1</translation>
    </message>
    <message>
        <source>Recover as a Separate Map opens the edits as a new, untitled map: save it under another name and compare. Open the File as It Is Now keeps the edits for 7 days.</source>
        <translation>Récupérer dans une carte à part ouvre les modifications dans une nouvelle carte sans titre&#x202f;: enregistrez-la sous un autre nom et comparez. Ouvrir le fichier tel qu’il est conserve les modifications 7 jours.</translation>
    </message>
    <message>
        <source>The map opens with these edits, unsaved: your file changes only when you save. If you choose Not Now, the edits are kept for 7 days.</source>
        <translation>La carte s’ouvre avec ces modifications, non enregistrées&#x202f;: votre fichier ne change que lorsque vous enregistrez. Si vous choisissez Plus tard, les modifications sont conservées 7 jours.</translation>
    </message>
    <message>
        <source>Recover as a &amp;Separate Map</source>
        <translation>Récupérer dans une carte à &amp;part</translation>
    </message>
    <message>
        <source>Open the File as It Is &amp;Now</source>
        <translation>Ouvrir le fichier tel qu’il est &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New voting round</source>
        <translation>Nouveau tour de vote</translation>
    </message>
    <message>
        <source>One name per line; none for an open vote</source>
        <translation>Un nom par ligne&#x202f;; aucun pour un vote ouvert à tous</translation>
    </message>
    <message>
        <source>Hide the counts until I reveal them</source>
        <translation>Masquer les résultats jusqu’à ce que je les révèle</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#x202f;:</translation>
    </message>
    <message>
        <source>Dots per participant:</source>
        <translation>Gommettes par participant&#x202f;:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants&#x202f;:</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Find cards</source>
        <translation>Rechercher des cartes</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>SubJourneyField</name>
    <message>
        <source>Sub-journey</source>
        <translation>Sous-parcours</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show the sub-journey (Alt+Down)</source>
        <translation>Afficher le sous-parcours (Alt+Bas)</translation>
    </message>
    <message>
        <source>Opens sub-journey</source>
        <translation>Ouvre le sous-parcours</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Parcours sans titre</translation>
    </message>
</context>
<context>
    <name>SubJourneyNavigation</name>
    <message>
        <source>Reviews due</source>
        <translation>Revues attendues</translation>
    </message>
    <message>
        <source>Show Overview</source>
        <translation>Voir la vue d’ensemble</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Opened sub-journey “%1”. Alt+Up goes back.</source>
        <translation>Sous-parcours «&#x202f;%1&#x202f;» ouvert. Alt+Haut revient en arrière.</translation>
    </message>
    <message>
        <source>Select a stage or a card that opens a sub-journey (it shows ↳).</source>
        <translation>Sélectionnez une étape ou une carte qui ouvre un sous-parcours (elle montre ↳).</translation>
    </message>
    <message>
        <source>This journey is not a sub-journey of another.</source>
        <translation>Ce parcours n’est le sous-parcours d’aucun autre.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s) due for review: %1.</source>
        <translation>
            <numerusform>%Ln carte à revoir&#x202f;: %1.</numerusform>
            <numerusform>%Ln cartes à revoir&#x202f;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n maps due for review, among them %1.</source>
        <translation>
            <numerusform>%Ln carte à revoir, dont %1.</numerusform>
            <numerusform>%Ln cartes à revoir, dont %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrailBar</name>
    <message>
        <source>Where this journey opens from</source>
        <translation>D’où s’ouvre ce parcours</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Revenir à %1</translation>
    </message>
</context>
<context>
    <name>VersionHistoryDialog</name>
    <message>
        <source>Version History</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <source>Earlier versions of %1, newest first. Each save keeps the version it replaces.</source>
        <translation>Versions précédentes de %1, de la plus récente à la plus ancienne. Chaque enregistrement conserve la version qu’il remplace.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>No earlier versions yet</source>
        <translation>Aucune version précédente pour l’instant</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>&amp;Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>This version cannot be opened: %1</source>
        <translation>Impossible d’ouvrir cette version&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 as saved on %2 (read-only) — cjdesigner</source>
        <translation>%1 telle qu’enregistrée le %2 (lecture seule) — cjdesigner</translation>
    </message>
    <message>
        <source>Restore version of %1</source>
        <translation>Restaurer une version de %1</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle carte…</translation>
    </message>
    <message>
        <source>Create a map from a template</source>
        <translation>Créer une carte à partir d’un modèle</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a map file</source>
        <translation>Ouvrir un fichier de carte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Enregistrer la carte</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>Version &amp;History…</source>
        <translation>&amp;Historique des versions…</translation>
    </message>
    <message>
        <source>Earlier versions of the map, kept at each save</source>
        <translation>Les versions précédentes de la carte, conservées à chaque enregistrement</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <source>See on the map what changed since another file, a saved version or another journey</source>
        <translation>Voir sur la carte ce qui a changé depuis un autre fichier, une version enregistrée ou un autre parcours</translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation>&amp;Quitter la comparaison</translation>
    </message>
    <message>
        <source>Back to editing the map</source>
        <translation>Retour à l’édition de la carte</translation>
    </message>
    <message>
        <source>Mer&amp;ge…</source>
        <translation>Fusi&amp;onner…</translation>
    </message>
    <message>
        <source>Bring another version&apos;s changes into this map, from the version both started from</source>
        <translation>Apporter dans cette carte les changements d’une autre version, depuis la version de départ commune</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Bring in a map from CSV, Excel, Mermaid or Enablement Map Studio</source>
        <translation>Importer une carte depuis CSV, Excel, Mermaid ou Enablement Map Studio</translation>
    </message>
    <message>
        <source>&amp;Import Cards from CSV…</source>
        <translation>&amp;Importer des cartes depuis un CSV…</translation>
    </message>
    <message>
        <source>&amp;Export Cards to CSV…</source>
        <translation>&amp;Exporter les cartes en CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport Map…</source>
        <translation>E&amp;xporter la carte…</translation>
    </message>
    <message>
        <source>Export the journey as a PDF, an image, slides or a spreadsheet</source>
        <translation>Exporter le parcours en PDF, en image, en diapositives ou en classeur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Edit Text or Name</source>
        <translation>&amp;Modifier le texte ou le nom</translation>
    </message>
    <message>
        <source>Edit the card&apos;s text, or rename the stage or lane, in place</source>
        <translation>Modifier le texte de la carte, ou renommer l’étape ou le couloir, sur place</translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation>Ajouter une &amp;carte</translation>
    </message>
    <message>
        <source>Add a card in the current cell</source>
        <translation>Ajouter une carte dans la cellule courante</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Fit Map to Window</source>
        <translation>&amp;Ajuster la carte à la fenêtre</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historique des modifications</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Present the map full screen on the projector, a stage at a time</source>
        <translation>Présenter la carte en plein écran au vidéoprojecteur, une étape à la fois</translation>
    </message>
    <message>
        <source>Vote from &amp;Phones…</source>
        <translation>Vote depuis les &amp;téléphones…</translation>
    </message>
    <message>
        <source>Present the map and open a voting page for the room’s phones (Q while presenting)</source>
        <translation>Présenter la carte et ouvrir une page de vote pour les téléphones de la salle (Q pendant la présentation)</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>The map as a tree, for the keyboard and screen readers</source>
        <translation>La carte sous forme d’arborescence, pour le clavier et les lecteurs d’écran</translation>
    </message>
    <message>
        <source>Impact/Effort &amp;Matrix</source>
        <translation>&amp;Matrice impact/effort</translation>
    </message>
    <message>
        <source>The opportunities placed by impact and effort; drag a dot to rescore it</source>
        <translation>Les opportunités placées selon leur impact et leur effort&#x202f;; faites glisser un point pour changer ses notes</translation>
    </message>
    <message>
        <source>&amp;Backlog</source>
        <translation>&amp;Backlog</translation>
    </message>
    <message>
        <source>The opportunities ranked by impact ÷ effort</source>
        <translation>Les opportunités classées par impact ÷ effort</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>Black on white, thicker lines: for projectors and low vision</source>
        <translation>Noir sur blanc, traits plus épais&#x202f;: pour les vidéoprojecteurs et la basse vision</translation>
    </message>
    <message>
        <source>&amp;Evidence Coverage</source>
        <translation>&amp;Couverture des preuves</translation>
    </message>
    <message>
        <source>A row under the stages: how many cards are validated, partly backed or assumptions</source>
        <translation>Une rangée sous les étapes&#x202f;: combien de cartes sont validées, en partie étayées ou des hypothèses</translation>
    </message>
    <message>
        <source>Show &amp;Links</source>
        <translation>Afficher les li&amp;ens</translation>
    </message>
    <message>
        <source>Draw a line from each opportunity to the pain points it answers</source>
        <translation>Tracer une ligne de chaque opportunité vers les points de douleur auxquels elle répond</translation>
    </message>
    <message>
        <source>&amp;Find Cards</source>
        <translation>&amp;Rechercher des cartes</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Ajouter une &amp;étape</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>Ajouter un &amp;couloir</translation>
    </message>
    <message>
        <source>Add &amp;Persona</source>
        <translation>Ajouter un &amp;persona</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Lanes</source>
        <translation>Afficher les couloirs &amp;masqués</translation>
    </message>
    <message>
        <source>&amp;New Journey</source>
        <translation>&amp;Nouveau parcours</translation>
    </message>
    <message>
        <source>&amp;Rename Journey…</source>
        <translation>&amp;Renommer le parcours…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Journey</source>
        <translation>&amp;Dupliquer le parcours</translation>
    </message>
    <message>
        <source>De&amp;lete Journey</source>
        <translation>&amp;Supprimer le parcours</translation>
    </message>
    <message>
        <source>&amp;Fork After This Stage…</source>
        <translation>&amp;Bifurquer après cette étape…</translation>
    </message>
    <message>
        <source>Split the journey into paths after the selected stage</source>
        <translation>Séparer le parcours en chemins après l’étape sélectionnée</translation>
    </message>
    <message>
        <source>Add a Return &amp;Arrow…</source>
        <translation>Ajouter une &amp;flèche de retour…</translation>
    </message>
    <message>
        <source>Draw a labelled arrow back from the selected stage to an earlier one</source>
        <translation>Tracer une flèche libellée de l’étape sélectionnée vers une étape antérieure</translation>
    </message>
    <message>
        <source>&amp;Open Sub-journey</source>
        <translation>&amp;Ouvrir le sous-parcours</translation>
    </message>
    <message>
        <source>Open the journey the selected stage or card links to</source>
        <translation>Ouvrir le parcours lié à l’étape ou à la carte sélectionnée</translation>
    </message>
    <message>
        <source>Back to &amp;Parent Journey</source>
        <translation>Revenir au parcours &amp;parent</translation>
    </message>
    <message>
        <source>Go back to the journey this sub-journey opens from</source>
        <translation>Revenir au parcours d’où s’ouvre ce sous-parcours</translation>
    </message>
    <message>
        <source>Project O&amp;verview</source>
        <translation>&amp;Vue d’ensemble du projet</translation>
    </message>
    <message>
        <source>All journeys of the project as a map of maps, with owners, statuses and reviews</source>
        <translation>Tous les parcours du projet en carte des cartes, avec responsables, statuts et revues</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Préfé&amp;rences…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print the map, after a preview of its pages</source>
        <translation>Imprimer la carte, après un aperçu de ses pages</translation>
    </message>
    <message>
        <source>Copy the selected cards next to them</source>
        <translation>Copier les cartes sélectionnées juste à côté d’elles</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Du&amp;pliquer</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Read the guide, offline</source>
        <translation>Lire le guide, hors ligne</translation>
    </message>
    <message>
        <source>&amp;About cjdesigner</source>
        <translation>À &amp;propos de cjdesigner</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#x202f;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels&#x202f;</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#x202f;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>affiche ce message d’aide et quitte</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>affiche la version du programme et quitte</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#x202f;: erreur&#x202f;: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#x202f;: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires&#x202f;: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>impossible avec l’argument %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments inconnus&#x202f;: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#x202f;: %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#x202f;: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#x202f;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
</context>
<context>
    <name>backlog columns</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Impact ÷ effort</source>
        <translation>Impact ÷ effort</translation>
    </message>
    <message>
        <source>Pain weight</source>
        <translation>Poids des points de douleur</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Pain points answered</source>
        <translation>Points de douleur traités</translation>
    </message>
</context>
<context>
    <name>blueprint lines</name>
    <message>
        <source>Line of interaction</source>
        <translation>Ligne d’interaction</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Ligne de visibilité</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Ligne d’interaction interne</translation>
    </message>
</context>
<context>
    <name>card goals</name>
    <message>
        <source>+{count} more</source>
        <translation>+{count} autres</translation>
    </message>
</context>
<context>
    <name>change lines</name>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>personas</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>ressenti</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuves</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confiance</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>chemins</translation>
    </message>
    <message>
        <source>forks</source>
        <translation>bifurcations</translation>
    </message>
    <message>
        <source>return arrows</source>
        <translation>flèches de retour</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>metric source</source>
        <translation>source de la mesure</translation>
    </message>
    <message>
        <source>measurement date</source>
        <translation>date de mesure</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>fréquence</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>effort</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>initiales</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>frustrations</translation>
    </message>
    <message>
        <source>line style</source>
        <translation>style de ligne</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>blueprint line</source>
        <translation>ligne du blueprint</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>expectations</source>
        <translation>attentes</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>auteurs</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>révélé</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>merge conflicts</source>
        <translation>conflits de fusion</translation>
    </message>
    <message>
        <source>place</source>
        <translation>emplacement</translation>
    </message>
    <message>
        <source>sub-journey</source>
        <translation>sous-parcours</translation>
    </message>
    <message>
        <source>last review</source>
        <translation>dernière revue</translation>
    </message>
    <message>
        <source>next review</source>
        <translation>prochaine revue</translation>
    </message>
    <message>
        <source>review every (months)</source>
        <translation>revue tous les (mois)</translation>
    </message>
    <message>
        <source>paths meet at</source>
        <translation>les chemins se rejoignent à</translation>
    </message>
    <message>
        <source>one dot per card</source>
        <translation>une gommette par carte</translation>
    </message>
    <message>
        <source>participant names</source>
        <translation>noms des participants</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>cartes</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <source>Map changed: %1</source>
        <translation>Carte modifiée&#x202f;: %1</translation>
    </message>
    <message>
        <source>Journey “%1” added</source>
        <translation>Parcours «&#x202f;%1&#x202f;» ajouté</translation>
    </message>
    <message>
        <source>Persona “%1” added</source>
        <translation>Persona «&#x202f;%1&#x202f;» ajouté</translation>
    </message>
    <message>
        <source>Stage “%1” added</source>
        <translation>Étape «&#x202f;%1&#x202f;» ajoutée</translation>
    </message>
    <message>
        <source>Lane “%1” added</source>
        <translation>Couloir «&#x202f;%1&#x202f;» ajouté</translation>
    </message>
    <message>
        <source>Journey “%1” removed</source>
        <translation>Parcours «&#x202f;%1&#x202f;» supprimé</translation>
    </message>
    <message>
        <source>Persona “%1” removed</source>
        <translation>Persona «&#x202f;%1&#x202f;» supprimé</translation>
    </message>
    <message>
        <source>Stage “%1” removed</source>
        <translation>Étape «&#x202f;%1&#x202f;» supprimée</translation>
    </message>
    <message>
        <source>Lane “%1” removed</source>
        <translation>Couloir «&#x202f;%1&#x202f;» supprimé</translation>
    </message>
    <message>
        <source>Journey “%1” renamed “%2”</source>
        <translation>Parcours «&#x202f;%1&#x202f;» renommé «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>Persona “%1” renamed “%2”</source>
        <translation>Persona «&#x202f;%1&#x202f;» renommé «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>Stage “%1” renamed “%2”</source>
        <translation>Étape «&#x202f;%1&#x202f;» renommée «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>Lane “%1” renamed “%2”</source>
        <translation>Couloir «&#x202f;%1&#x202f;» renommé «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>Journey “%1” changed: %2</source>
        <translation>Parcours «&#x202f;%1&#x202f;» modifié&#x202f;: %2</translation>
    </message>
    <message>
        <source>Persona “%1” changed: %2</source>
        <translation>Persona «&#x202f;%1&#x202f;» modifié&#x202f;: %2</translation>
    </message>
    <message>
        <source>Stage “%1” changed: %2</source>
        <translation>Étape «&#x202f;%1&#x202f;» modifiée&#x202f;: %2</translation>
    </message>
    <message>
        <source>Lane “%1” changed: %2</source>
        <translation>Couloir «&#x202f;%1&#x202f;» modifié&#x202f;: %2</translation>
    </message>
    <message>
        <source>Journey “%1” moved to place %2</source>
        <translation>Parcours «&#x202f;%1&#x202f;» déplacé en position %2</translation>
    </message>
    <message>
        <source>Persona “%1” moved to place %2</source>
        <translation>Persona «&#x202f;%1&#x202f;» déplacé en position %2</translation>
    </message>
    <message>
        <source>Stage “%1” moved to place %2</source>
        <translation>Étape «&#x202f;%1&#x202f;» déplacée en position %2</translation>
    </message>
    <message>
        <source>Lane “%1” moved to place %2</source>
        <translation>Couloir «&#x202f;%1&#x202f;» déplacé en position %2</translation>
    </message>
    <message>
        <source>Card “%1” removed from %2 (%3)</source>
        <translation>Carte «&#x202f;%1&#x202f;» supprimée de %2 (%3)</translation>
    </message>
    <message>
        <source>Card “%1” added in %2 (%3)</source>
        <translation>Carte «&#x202f;%1&#x202f;» ajoutée dans %2 (%3)</translation>
    </message>
    <message>
        <source>Card “%1” moved from %2 to %3 and changed: %4</source>
        <translation>Carte «&#x202f;%1&#x202f;» déplacée de %2 à %3 et modifiée&#x202f;: %4</translation>
    </message>
    <message>
        <source>Card “%1” moved from %2 to %3</source>
        <translation>Carte «&#x202f;%1&#x202f;» déplacée de %2 à %3</translation>
    </message>
    <message>
        <source>Card “%1” changed: %2</source>
        <translation>Carte «&#x202f;%1&#x202f;» modifiée&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Card “%1” moved within %2 (%3)</source>
        <translation>Carte «&#x202f;%1&#x202f;» déplacée au sein de %2 (%3)</translation>
    </message>
    <message>
        <source>Emotion of %1 at %2 removed (was %3)</source>
        <translation>Émotion de %1 à l’étape %2 supprimée (elle valait %3)</translation>
    </message>
    <message>
        <source>Emotion of %1 at %2 added: %3</source>
        <translation>Émotion de %1 à l’étape %2 ajoutée&#x202f;: %3</translation>
    </message>
    <message>
        <source>Emotion of %1 at %2 changed from %3 to %4</source>
        <translation>Émotion de %1 à l’étape %2 passée de %3 à %4</translation>
    </message>
    <message>
        <source>Emotion of %1 at %2 changed: %3</source>
        <translation>Émotion de %1 à l’étape %2 modifiée&#x202f;: %3</translation>
    </message>
    <message>
        <source>Vote round “%1” added</source>
        <translation>Tour de vote «&#x202f;%1&#x202f;» ajouté</translation>
    </message>
    <message>
        <source>Vote round “%1” removed</source>
        <translation>Tour de vote «&#x202f;%1&#x202f;» supprimé</translation>
    </message>
    <message>
        <source>Vote round “%1” changed: %2</source>
        <translation>Tour de vote «&#x202f;%1&#x202f;» modifié&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>change report</name>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Changements entre %1 et %2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacement</translation>
    </message>
    <message>
        <source>No changes: the two maps are the same.</source>
        <translation>Aucun changement&#x202f;: les deux cartes sont identiques.</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translation>Toute la carte</translation>
    </message>
    <message>
        <source>layout only</source>
        <translation>mise en page seulement</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#x202f;: %2 → %3</translation>
    </message>
</context>
<context>
    <name>chart lanes</name>
    <message>
        <source>target {value}</source>
        <translation>cible {value}</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>pas de valeur</translation>
    </message>
    <message>
        <source>{value} from {name}</source>
        <translation>{value} depuis {name}</translation>
    </message>
    <message>
        <source>conversion {value}</source>
        <translation>conversion {value}</translation>
    </message>
    <message>
        <source>start of the funnel</source>
        <translation>début de l’entonnoir</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Design customer journey maps offline. Without a command, opens the app.</source>
        <translation>Concevez des cartes de parcours client hors ligne. Sans commande, ouvre l’application.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>list the templates, one per line: name, then description</source>
        <translation>liste les modèles, un par ligne&#x202f;: nom, puis description</translation>
    </message>
    <message>
        <source>create a map from a template</source>
        <translation>crée une carte à partir d’un modèle</translation>
    </message>
    <message>
        <source>see `cjdesigner templates`</source>
        <translation>voir `cjdesigner templates`</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>language of the map (default: your locale&apos;s)</source>
        <translation>langue de la carte (par défaut&#x202f;: celle de votre système)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>where to write the new map (a .cjmap file)</source>
        <translation>où écrire la nouvelle carte (un fichier .cjmap)</translation>
    </message>
    <message>
        <source>replace FILE if it exists (it is kept as FILE.bak)</source>
        <translation>remplace FICHIER s’il existe (il est conservé sous FICHIER.bak)</translation>
    </message>
    <message>
        <source>check map files; prints one line per file</source>
        <translation>vérifie des fichiers de carte&#x202f;; affiche une ligne par fichier</translation>
    </message>
    <message>
        <source>make a map from a CSV file of cards</source>
        <translation>crée une carte à partir d’un fichier CSV de cartes</translation>
    </message>
    <message>
        <source>the map&apos;s title (default: the CSV file&apos;s name)</source>
        <translation>titre de la carte (par défaut&#x202f;: le nom du fichier CSV)</translation>
    </message>
    <message>
        <source>language of the map (default: the file&apos;s, else your locale&apos;s)</source>
        <translation>langue de la carte (par défaut&#x202f;: celle du fichier, sinon celle de vos paramètres régionaux)</translation>
    </message>
    <message>
        <source>make a map from a CSV, Excel (.xlsx), Mermaid journey (.mmd, .md) or Enablement Map Studio (.yaml) file</source>
        <translation>crée une carte à partir d’un fichier CSV, Excel (.xlsx), d’un parcours Mermaid (.mmd, .md) ou d’Enablement Map Studio (.yaml)</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>CARTE</translation>
    </message>
    <message>
        <source>the map&apos;s title (default: the file&apos;s own, else its name)</source>
        <translation>titre de la carte (par défaut&#x202f;: celui du fichier, sinon son nom)</translation>
    </message>
    <message>
        <source>replace MAP if it exists (it is kept as MAP.bak)</source>
        <translation>remplace CARTE si elle existe (conservée en CARTE.bak)</translation>
    </message>
    <message>
        <source>write a journey&apos;s cards to a CSV file</source>
        <translation>écrit les cartes d’un parcours dans un fichier CSV</translation>
    </message>
    <message>
        <source>the CSV file to write; replaced if it exists</source>
        <translation>le fichier CSV à écrire&#x202f;; remplacé s’il existe</translation>
    </message>
    <message>
        <source>which journey (default: the first)</source>
        <translation>quel parcours (par défaut&#x202f;: le premier)</translation>
    </message>
    <message>
        <source>what separates the cells (or the character itself); default: semicolon where your locale writes numbers with a decimal comma, else comma</source>
        <translation>ce qui sépare les cellules (ou le caractère lui-même)&#x202f;; par défaut&#x202f;: le point-virgule si votre système écrit les nombres avec une virgule décimale, sinon la virgule</translation>
    </message>
    <message>
        <source>rank a journey&apos;s opportunities by impact ÷ effort, then by the pain points they answer</source>
        <translation>classe les opportunités d’un parcours par impact ÷ effort, puis par les points de douleur auxquels elles répondent</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>OUT.csv, OUT.xlsx or OUT.md, replaced if it exists (default: a table on standard output)</source>
        <translation>SORTIE.csv, SORTIE.xlsx ou SORTIE.md, remplacé s’il existe (par défaut&#x202f;: un tableau sur la sortie standard)</translation>
    </message>
    <message>
        <source>for a CSV, as for export-csv (default: your locale&apos;s list separator)</source>
        <translation>pour un CSV, comme pour export-csv (par défaut&#x202f;: le séparateur de listes de votre système)</translation>
    </message>
    <message>
        <source>print the JSON Schema of the .cjmap file</source>
        <translation>affiche le schéma JSON du fichier .cjmap</translation>
    </message>
    <message>
        <source>present a map on the projector (on one screen if there is only one)</source>
        <translation>présente une carte au vidéoprojecteur (sur un seul écran s’il n’y en a qu’un)</translation>
    </message>
    <message>
        <source>open a phone voting round on the map’s opportunities and print its address</source>
        <translation>ouvre un tour de vote par téléphone sur les opportunités de la carte et affiche son adresse</translation>
    </message>
    <message>
        <source>the address the voting page listens on (default: every network of this computer)</source>
        <translation>l’adresse sur laquelle la page de vote écoute (par défaut&#x202f;: tous les réseaux de cet ordinateur)</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>list the maps with unsaved edits that can be recovered, or write one</source>
        <translation>liste les cartes dont les modifications non enregistrées peuvent être récupérées, ou en écrit une</translation>
    </message>
    <message>
        <source>Without ID|FILE, lists what can be recovered, one line each: id, map file (or untitled), time of the last edit, number of edits. With ID|FILE and -o, writes the recovered map.</source>
        <translation>Sans ID|FICHIER, liste ce qui peut être récupéré, une ligne par carte&#x202f;: identifiant, fichier de la carte (ou untitled), heure de la dernière modification, nombre de modifications. Avec ID|FICHIER et -o, écrit la carte récupérée.</translation>
    </message>
    <message>
        <source>a recovery&apos;s id (or its start), or the map&apos;s file</source>
        <translation>identifiant d’une récupération (ou son début), ou fichier de la carte</translation>
    </message>
    <message>
        <source>ID|FILE</source>
        <translation>ID|FICHIER</translation>
    </message>
    <message>
        <source>where to write the recovered map</source>
        <translation>où écrire la carte récupérée</translation>
    </message>
    <message>
        <source>replace OUT if it exists (it is kept as OUT.bak)</source>
        <translation>remplace SORTIE s’il existe (conservé en SORTIE.bak)</translation>
    </message>
    <message>
        <source>%1 is not a delimiter; use comma, semicolon or tab (or , ; or a tab)</source>
        <translation>%1 n’est pas un séparateur&#x202f;; utilisez comma, semicolon ou tab (ou «&#x202f;,&#x202f;», «&#x202f;;&#x202f;» ou une tabulation)</translation>
    </message>
    <message>
        <source>export a journey as a PDF (one page or a tiled poster), an image or another format</source>
        <translation>exporte un parcours en PDF (une page ou une affiche en mosaïque), en image ou dans un autre format</translation>
    </message>
    <message>
        <source>Export a journey. The format follows the output&apos;s extension: %1.</source>
        <translation>Exporte un parcours. Le format suit l’extension du fichier de sortie&#x202f;: %1.</translation>
    </message>
    <message>
        <source>%1; replaced if it exists</source>
        <translation>%1&#x202f;; remplacé s’il existe</translation>
    </message>
    <message>
        <source>leave out the evidence coverage row under the stages (PDF, PNG, SVG)</source>
        <translation>omet la rangée de couverture des preuves sous les étapes (PDF, PNG, SVG)</translation>
    </message>
    <message>
        <source>PDF pages</source>
        <translation>pages PDF&#x202f;</translation>
    </message>
    <message>
        <source>%1 or WIDTHxHEIGHTmm (default: A4)</source>
        <translation>%1 ou LARGEURxHAUTEURmm (par défaut&#x202f;: A4)</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>default: the one that suits the map&apos;s shape</source>
        <translation>par défaut&#x202f;: celle qui convient à la forme de la carte</translation>
    </message>
    <message>
        <source>page margins in millimetres (default: 10)</source>
        <translation>marges de la page en millimètres (par défaut&#x202f;: 10)</translation>
    </message>
    <message>
        <source>the whole map on one page (the default)</source>
        <translation>toute la carte sur une page (par défaut)</translation>
    </message>
    <message>
        <source>a poster: the map at --scale across several sheets</source>
        <translation>une affiche&#x202f;: la carte à l’échelle --scale sur plusieurs feuilles</translation>
    </message>
    <message>
        <source>poster scale, 100 = true size (implies --tile; default 100)</source>
        <translation>échelle de l’affiche, 100 = taille réelle (implique --tile&#x202f;; par défaut 100)</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>POURCENT</translation>
    </message>
    <message>
        <source>a poster N sheets wide, at the scale that takes (implies --tile)</source>
        <translation>une affiche de N feuilles de large, à l’échelle qu’il faut (implique --tile)</translation>
    </message>
    <message>
        <source>how much neighbouring sheets share (default: 10)</source>
        <translation>recouvrement entre feuilles voisines (par défaut&#x202f;: 10)</translation>
    </message>
    <message>
        <source>leave out the title block at the foot of the page</source>
        <translation>sans le cartouche en pied de page</translation>
    </message>
    <message>
        <source>add one page per persona</source>
        <translation>ajoute une page par persona</translation>
    </message>
    <message>
        <source>add the pain points and opportunities of each stage</source>
        <translation>ajoute les points de douleur et les opportunités de chaque étape</translation>
    </message>
    <message>
        <source>draw the links from opportunities to the pain points they answer</source>
        <translation>trace les liens des opportunités vers les points de douleur auxquels elles répondent</translation>
    </message>
    <message>
        <source>add the impact/effort matrix and the backlog of opportunities</source>
        <translation>ajoute la matrice impact/effort et le backlog des opportunités</translation>
    </message>
    <message>
        <source>the project overview as the first page (default: when the map has several journeys)</source>
        <translation>la vue d’ensemble du projet en première page (par défaut&#x202f;: quand la carte a plusieurs parcours)</translation>
    </message>
    <message>
        <source>what to print (comma-separated ids; default: all)</source>
        <translation>contenu à imprimer (identifiants séparés par des virgules&#x202f;; par défaut&#x202f;: tout)&#x202f;</translation>
    </message>
    <message>
        <source>resolution of a PNG (default: 150)</source>
        <translation>résolution d’un PNG (par défaut&#x202f;: 150)</translation>
    </message>
    <message>
        <source>cjdesigner [FILE] | cjdesigner COMMAND ... (commands: %1)</source>
        <translation>cjdesigner [FICHIER] | cjdesigner COMMANDE ... (commandes&#x202f;: %1)</translation>
    </message>
    <message>
        <source>Design customer journey maps offline. Run `cjdesigner --help` for the commands.</source>
        <translation>Concevez des cartes de parcours client hors ligne. Lancez `cjdesigner --help` pour voir les commandes.</translation>
    </message>
    <message>
        <source>the map to open</source>
        <translation>la carte à ouvrir</translation>
    </message>
    <message>
        <source>paint the map once and exit (smoke tests)</source>
        <translation>dessine la carte une fois puis quitte (tests de fumée)</translation>
    </message>
    <message>
        <source>this is a folder, not a map file</source>
        <translation>c’est un dossier, pas un fichier de carte</translation>
    </message>
    <message>
        <source>“%1” is neither a command nor a file; the commands are %2</source>
        <translation>«&#x202f;%1&#x202f;» n’est ni une commande ni un fichier&#x202f;; les commandes sont %2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>the file exists already; choose another name or add --force to replace it</source>
        <translation>le fichier existe déjà&#x202f;; choisissez un autre nom ou ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>a map is written as a %1 file; name it %2, then write the %3 file from it with `%4 %2 -o %5`</source>
        <translation>une carte s’enregistre en fichier %1&#x202f;: nommez-la %2, puis écrivez-en le fichier %3 avec `%4 %2 -o %5`</translation>
    </message>
    <message>
        <source>a map is written as a %1 file, not %3; name it %2</source>
        <translation>une carte s’enregistre en fichier %1, pas %3&#x202f;: nommez-la %2</translation>
    </message>
    <message>
        <source>ok (%1, %2)</source>
        <translation>ok (%1, %2)</translation>
    </message>
    <message>
        <source>the cards cannot make a map: %1</source>
        <translation>les cartes ne peuvent pas former une carte de parcours&#x202f;: %1</translation>
    </message>
    <message>
        <source>the backlog is written as .csv, .xlsx or .md; choose one of these extensions</source>
        <translation>le backlog s’écrit en .csv, .xlsx ou .md&#x202f;; choisissez l’une de ces extensions</translation>
    </message>
    <message>
        <source>%1; a journey&apos;s cards are written as CSV by `cjdesigner export-csv %2 -o %3`</source>
        <translation>%1&#x202f;; les cartes d’un parcours s’écrivent en CSV avec `cjdesigner export-csv %2 -o %3`</translation>
    </message>
    <message>
        <source>%1 sets the size of a tiled poster; it cannot go with --fit</source>
        <translation>%1 fixe la taille d’une affiche en plusieurs feuilles&#x202f;; incompatible avec --fit</translation>
    </message>
    <message>
        <source>-o OUT is needed to write a recovered map</source>
        <translation>-o SORTIE est nécessaire pour écrire une carte récupérée</translation>
    </message>
    <message>
        <source>nothing to recover here: run `cjdesigner recover` to list the maps with unsaved edits</source>
        <translation>rien à récupérer ici&#x202f;: lancez `cjdesigner recover` pour lister les cartes dont des modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>several recoveries match (%1); give one of these ids</source>
        <translation>plusieurs récupérations correspondent (%1)&#x202f;; indiquez l’un de ces identifiants</translation>
    </message>
    <message>
        <source>the journal holds no copy of the map</source>
        <translation>le journal ne contient aucune copie de la carte</translation>
    </message>
    <message>
        <source>this map changed on disk after the edits began; writing them over it would lose that change: write them to another file and compare the two</source>
        <translation>cette carte a changé sur le disque après le début des modifications&#x202f;; les écrire par-dessus perdrait ce changement&#x202f;: écrivez-les dans un autre fichier et comparez les deux</translation>
    </message>
    <message>
        <source>%1 changed on disk after these edits began; they are written on the version they began from, never over the file</source>
        <translation>%1 a changé sur le disque après le début de ces modifications&#x202f;; elles sont écrites sur la version dont elles partaient, jamais par-dessus le fichier</translation>
    </message>
    <message>
        <source>%1 changed on disk after these edits began: %2 holds them on the version they began from, without that change; compare the two before replacing anything</source>
        <translation>%1 a changé sur le disque après le début de ces modifications&#x202f;: %2 les contient sur la version dont elles partaient, sans ce changement&#x202f;; comparez les deux avant de remplacer quoi que ce soit</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>ANCIENNE</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NOUVELLE</translation>
    </message>
    <message>
        <source>REPORT.pdf</source>
        <translation>RAPPORT.pdf</translation>
    </message>
    <message>
        <source>BASE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>OURS</source>
        <translation>NÔTRE</translation>
    </message>
    <message>
        <source>THEIRS</source>
        <translation>LEUR</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1&#x202f;: avertissement&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1&#x202f;: erreur&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>cli compare</name>
    <message>
        <source>list what changed from map OLD to map NEW, grouped by stage; exit 0 when they are the same, 1 when they differ, 2 when a file cannot be read</source>
        <translation>liste ce qui a changé de la carte ANCIENNE à la carte NOUVELLE, par étape&#x202f;; sort avec 0 si elles sont identiques, 1 si elles diffèrent, 2 si un fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>text (one change a line, default) or json (for scripts)</source>
        <translation>text (une modification par ligne, par défaut) ou json (pour les scripts)</translation>
    </message>
    <message>
        <source>also write the change report: the map with its changes marked, then the change list</source>
        <translation>écrit aussi le rapport des changements&#x202f;: la carte avec ses changements marqués, puis leur liste</translation>
    </message>
    <message>
        <source>merge two maps changed from a common BASE into OUT; exit 0 when clean, 1 when conflicts remain in OUT, 2 when a file cannot be read</source>
        <translation>fusionne dans SORTIE deux cartes modifiées à partir d’une même BASE&#x202f;; sort avec 0 sans conflit, 1 si des conflits restent dans SORTIE, 2 si un fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>where to write the merged map (may be OURS, as git&apos;s merge driver asks)</source>
        <translation>où écrire la carte fusionnée (peut être NÔTRE, comme le demande le pilote de fusion de git)</translation>
    </message>
    <message>
        <source>the map&apos;s name in messages (git&apos;s %%P: the file being merged)</source>
        <translation>le nom de la carte dans les messages (le %%P de git&#x202f;: le fichier en cours de fusion)</translation>
    </message>
    <message>
        <source>print a map as text: stages, lanes, cards (what `git diff` shows)</source>
        <translation>affiche une carte en texte&#x202f;: étapes, couloirs, cartes (ce que montre `git diff`)</translation>
    </message>
    <message>
        <source>print a file that is not a readable map as it is, instead of failing</source>
        <translation>affiche tel quel un fichier qui n’est pas une carte lisible, au lieu d’échouer</translation>
    </message>
    <message>
        <source>make a git repository diff and merge .cjmap files with cjdesigner</source>
        <translation>fait comparer et fusionner les fichiers .cjmap d’un dépôt git par cjdesigner</translation>
    </message>
    <message>
        <source>a folder of the repository (default: the current folder)</source>
        <translation>un dossier du dépôt (par défaut&#x202f;: le dossier courant)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (common ancestor)</source>
        <translation>%1 (ancêtre commun)</translation>
    </message>
    <message>
        <source>%1 (our version)</source>
        <translation>%1 (notre version)</translation>
    </message>
    <message>
        <source>%1 (their version)</source>
        <translation>%1 (leur version)</translation>
    </message>
    <message>
        <source>this is one of the two maps compared: the report would replace it; choose another name for the report (REPORT.pdf)</source>
        <translation>c’est l’une des deux cartes comparées&#x202f;: le rapport la remplacerait&#x202f;; choisissez un autre nom pour le rapport (REPORT.pdf)</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>ce dossier n’existe pas</translation>
    </message>
    <message>
        <source>git is not installed (or not on PATH)</source>
        <translation>git n’est pas installé (ou pas dans le PATH)</translation>
    </message>
    <message>
        <source>this folder is not in a git repository; run `git init` first, or name a folder of one</source>
        <translation>ce dossier n’est pas dans un dépôt git&#x202f;; lancez d’abord `git init`, ou indiquez un dossier d’un dépôt</translation>
    </message>
    <message>
        <source>cjdesigner map merge</source>
        <translation>fusion de cartes cjdesigner</translation>
    </message>
    <message>
        <source>%1: .cjmap files now diff and merge with cjdesigner</source>
        <translation>%1&#x202f;: les fichiers .cjmap sont désormais comparés et fusionnés par cjdesigner</translation>
    </message>
    <message>
        <source>this file is not UTF-8 text, so cjdesigner leaves it as it is: add the line “%1” to it yourself</source>
        <translation>ce fichier n’est pas du texte UTF-8, cjdesigner n’y touche donc pas&#x202f;: ajoutez-y vous-même la ligne «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>confidence</name>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Partly backed</source>
        <translation>En partie étayé</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Keep ours in a merge conflict</source>
        <translation>Garder notre version dans un conflit de fusion</translation>
    </message>
    <message>
        <source>Keep theirs in a merge conflict</source>
        <translation>Garder leur version dans un conflit de fusion</translation>
    </message>
    <message>
        <source>there is no open merge conflict &quot;%1&quot;</source>
        <translation>il n’y a pas de conflit de fusion ouvert «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>a side is &quot;ours&quot; or &quot;theirs&quot;, not &quot;%1&quot;</source>
        <translation>un côté vaut «&#x202f;ours&#x202f;» (le nôtre) ou «&#x202f;theirs&#x202f;» (le leur), pas «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Card “%1”</source>
        <translation>Carte «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Étape «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Lane “%1”</source>
        <translation>Couloir «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Persona “%1”</source>
        <translation>Persona «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Journey “%1”</source>
        <translation>Parcours «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Emotion point “%1”</source>
        <translation>Point d’émotion «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>%1: changed on both sides (%2)</source>
        <translation>%1&#x202f;: modification des deux côtés (%2)</translation>
    </message>
    <message>
        <source>%1: changed on both sides</source>
        <translation>%1&#x202f;: modification des deux côtés</translation>
    </message>
    <message>
        <source>%1: removed on one side, changed on the other</source>
        <translation>%1&#x202f;: suppression d’un côté, modification de l’autre</translation>
    </message>
    <message>
        <source>%1: removed on one side, still in use on the other</source>
        <translation>%1&#x202f;: suppression d’un côté, encore utilisé de l’autre</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>La carte</translation>
    </message>
</context>
<context>
    <name>coverage row</name>
    <message>
        <source>Evidence coverage</source>
        <translation>Couverture des preuves</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Research is thin: {weak}/{total} unbacked</source>
        <translation>Recherche insuffisante&#x202f;: {weak}/{total} sans preuve</translation>
    </message>
    <message>
        <source>No cards</source>
        <translation>Aucune carte</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>this line contains NUL bytes: this is not a text file; save the spreadsheet as CSV</source>
        <translation>cette ligne contient des octets NUL&#x202f;: ce n’est pas un fichier texte&#x202f;; enregistrez le classeur au format CSV</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé&#x202f;: %1</translation>
    </message>
    <message>
        <source>this is not a regular file (it is a pipe, a device or a socket); choose a CSV file</source>
        <translation>ce n’est pas un fichier ordinaire (c’est un tube, un périphérique ou un socket)&#x202f;; choisissez un fichier CSV</translation>
    </message>
    <message>
        <source>this line of a UTF-16 file cannot be read (a broken character); save the file again</source>
        <translation>cette ligne d’un fichier UTF-16 est illisible (un caractère endommagé)&#x202f;; enregistrez à nouveau le fichier</translation>
    </message>
    <message>
        <source>this line is not UTF-8 although the rest of the file is (byte 0x%1 cannot be read); save the file again as UTF-8</source>
        <translation>cette ligne n’est pas en UTF-8 alors que le reste du fichier l’est (l’octet 0x%1 est illisible)&#x202f;; enregistrez à nouveau le fichier en UTF-8</translation>
    </message>
    <message>
        <source>this line is neither UTF-8 nor Windows-1252 text (byte 0x%1 cannot be read); this does not look like a spreadsheet saved as CSV</source>
        <translation>cette ligne n’est ni du texte UTF-8 ni du Windows-1252 (l’octet 0x%1 est illisible)&#x202f;; cela ne ressemble pas à un classeur enregistré en CSV</translation>
    </message>
    <message>
        <source>the first line &quot;%1&quot; must name one delimiter character, such as sep=; or sep=,</source>
        <translation>la première ligne «&#x202f;%1&#x202f;» doit indiquer un seul caractère séparateur, par exemple sep=; ou sep=,</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row with stage, lane and text</source>
        <translation>le fichier est vide&#x202f;; il lui faut une ligne d’en-tête avec étape, couloir et texte</translation>
    </message>
    <message>
        <source>the file has a header row but no rows of cards below it</source>
        <translation>le fichier a une ligne d’en-tête mais aucune ligne de cartes en dessous</translation>
    </message>
    <message>
        <source>this line holds U+%1, half of a character that cannot stand alone; save the file again</source>
        <translation>cette ligne contient U+%1, une moitié de caractère qui ne peut pas être seule&#x202f;; enregistrez à nouveau le fichier</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens a cell on this line and is never closed, so every row after it would end up in that one cell; close the quote, or write it twice (&quot;&quot;) if it is part of the text</source>
        <translation>un guillemet (&quot;) ouvre une cellule sur cette ligne et n’est jamais fermé&#x202f;: toutes les lignes suivantes se retrouveraient dans cette seule cellule&#x202f;; fermez le guillemet, ou doublez-le (&quot;&quot;) s’il fait partie du texte</translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters, the most a card&apos;s field may hold</source>
        <translation>une cellule dépasse %1 caractères, le maximum qu’un champ de carte peut contenir</translation>
    </message>
    <message>
        <source>the quoted cell that opens here closes but goes on after its closing quote; inside a quoted cell, write a quote twice (&quot;&quot;)</source>
        <translation>la cellule entre guillemets qui s’ouvre ici se ferme, mais continue après son guillemet fermant&#x202f;; dans une cellule entre guillemets, doublez le guillemet (&quot;&quot;)</translation>
    </message>
    <message>
        <source>the quoted cell that opens here closes on line %1 but goes on after its closing quote; inside a quoted cell, write a quote twice (&quot;&quot;)</source>
        <translation>la cellule entre guillemets qui s’ouvre ici se ferme à la ligne %1, mais continue après son guillemet fermant&#x202f;; dans une cellule entre guillemets, doublez le guillemet (&quot;&quot;)</translation>
    </message>
    <message>
        <source>this row cannot be read</source>
        <translation>cette ligne est illisible</translation>
    </message>
    <message>
        <source>column %1 (it has no name)</source>
        <translation>colonne %1 (sans nom)</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice (columns %2 and %3); keep one</source>
        <translation>l’en-tête nomme deux fois la colonne «&#x202f;%1&#x202f;» (colonnes %2 et %3)&#x202f;; n’en gardez qu’une</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the file has more than %1 rows; a journey holds at most %2 cards, so the file is refused without reading further</source>
        <translation>le fichier a plus de %1 lignes&#x202f;; un parcours contient au plus %2 cartes, le fichier est donc refusé sans lire plus loin</translation>
    </message>
    <message>
        <source>the file has %1 rows of cards; a journey holds at most %2 cards</source>
        <translation>le fichier a %1 lignes de cartes&#x202f;; un parcours contient au plus %2 cartes</translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; in the column %2 is already the one of line %3; give each row its own</source>
        <translation>la référence «&#x202f;%1&#x202f;» de la colonne %2 est déjà celle de la ligne %3&#x202f;; donnez à chaque ligne la sienne</translation>
    </message>
    <message>
        <source>the column %1 names &quot;%2&quot;, but no card of the file has this reference in the column %3</source>
        <translation>la colonne %1 nomme «&#x202f;%2&#x202f;», mais aucune carte du fichier n’a cette référence dans la colonne %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the header row has no column for %1; it has: %2</source>
        <translation>la ligne d’en-tête n’a pas de colonne %1&#x202f;; elle contient&#x202f;: %2</translation>
    </message>
    <message>
        <source>the header row has no column for %1 and %2; it has: %3</source>
        <translation>la ligne d’en-tête n’a pas de colonnes %1 et %2&#x202f;; elle contient&#x202f;: %3</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <source>this column was ignored because a card has no such field: %1. The columns cjdesigner reads are %2 (or their French names).</source>
        <translation>cette colonne a été ignorée, car une carte n’a pas ce champ&#x202f;: %1. Les colonnes que lit cjdesigner sont %2 (ou leurs noms français).</translation>
    </message>
    <message>
        <source>these columns were ignored because a card has no such field: %1. The columns cjdesigner reads are %2 (or their French names).</source>
        <translation>ces colonnes ont été ignorées, car une carte n’a pas ces champs&#x202f;: %1. Les colonnes que lit cjdesigner sont %2 (ou leurs noms français).</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>cette ligne a %1 champs, mais l’en-tête en a %2</translation>
    </message>
    <message>
        <source>the cell in column %1 holds %2 characters; a card&apos;s field holds up to %3</source>
        <translation>la cellule de la colonne %1 contient %2 caractères&#x202f;; un champ de carte en contient au plus %3</translation>
    </message>
    <message>
        <source>the stage is empty</source>
        <translation>l’étape est vide</translation>
    </message>
    <message>
        <source>the lane is empty</source>
        <translation>le couloir est vide</translation>
    </message>
    <message>
        <source>the sentiment &quot;%1&quot; is not positive, neutral or negative (positif, neutre, négatif)</source>
        <translation>le ressenti «&#x202f;%1&#x202f;» n’est ni positif, ni neutre, ni négatif (positive, neutral, negative)</translation>
    </message>
    <message>
        <source>the channel &quot;%1&quot; is unknown; use one of %2</source>
        <translation>le canal «&#x202f;%1&#x202f;» est inconnu&#x202f;; utilisez l’un de ceux-ci&#x202f;: %2</translation>
    </message>
    <message>
        <source>the confidence &quot;%1&quot; is unknown; use one of %2</source>
        <translation>la confiance «&#x202f;%1&#x202f;» est inconnue&#x202f;; utilisez l’une de celles-ci&#x202f;: %2</translation>
    </message>
    <message>
        <source>the colour &quot;%1&quot; must be written #RRGGBB, for example #FFD54F</source>
        <translation>la couleur «&#x202f;%1&#x202f;» doit s’écrire #RRVVBB, par exemple #FFD54F</translation>
    </message>
    <message>
        <source>the votes &quot;%1&quot; must be a whole number, 0 or more, written with the digits 0 to 9</source>
        <translation>les votes «&#x202f;%1&#x202f;» doivent être un nombre entier, 0 ou plus, écrit avec les chiffres 0 à 9</translation>
    </message>
    <message>
        <source>the votes &quot;%1&quot; are too many; a card counts up to %2 votes</source>
        <translation>les votes «&#x202f;%1&#x202f;» sont trop nombreux&#x202f;; une carte compte au plus %2 votes</translation>
    </message>
    <message>
        <source>the severity &quot;%1&quot; must be a whole number from 1 to 5, written with the digits 0 to 9</source>
        <translation>la sévérité «&#x202f;%1&#x202f;» doit être un nombre entier de 1 à 5, écrit avec les chiffres 0 à 9</translation>
    </message>
    <message>
        <source>the date measured on &quot;%1&quot; must be a day written 2026-03-14 (or 14/03/2026)</source>
        <translation>la date de mesure «&#x202f;%1&#x202f;» doit être un jour écrit 2026-03-14 (ou 14/03/2026)</translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; is too long; a unit holds up to %2 characters, like %, € or min</source>
        <translation>l’unité «&#x202f;%1&#x202f;» est trop longue&#x202f;; une unité tient en %2 caractères au plus, comme %, € ou min</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; must be a number like 1200, 12.5 or 12,5, between -10^15 and 10^15</source>
        <translation>la valeur «&#x202f;%1&#x202f;» doit être un nombre comme 1200, 12.5 ou 12,5, entre -10^15 et 10^15</translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; must be a number like 1200, 12.5 or 12,5, between -10^15 and 10^15</source>
        <translation>la cible «&#x202f;%1&#x202f;» doit être un nombre comme 1200, 12.5 ou 12,5, entre -10^15 et 10^15</translation>
    </message>
    <message>
        <source>the frequency &quot;%1&quot; must be a count out of a total, like 3/12 (at most the total), or a percentage from 0 to 100, like 25%</source>
        <translation>la fréquence «&#x202f;%1&#x202f;» doit être un nombre sur un total, comme 3/12 (au plus le total), ou un pourcentage de 0 à 100, comme 25%</translation>
    </message>
    <message>
        <source>the impact &quot;%1&quot; must be a whole number from 1 to 5, written with the digits 0 to 9</source>
        <translation>l’impact «&#x202f;%1&#x202f;» doit être un nombre entier de 1 à 5, écrit avec les chiffres 0 à 9</translation>
    </message>
    <message>
        <source>the effort &quot;%1&quot; must be a whole number from 1 to 5, written with the digits 0 to 9</source>
        <translation>l’effort «&#x202f;%1&#x202f;» doit être un nombre entier de 1 à 5, écrit avec les chiffres 0 à 9</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is unknown; use open, in progress, done or dropped (ouverte, en cours, faite, abandonnée)</source>
        <translation>le statut «&#x202f;%1&#x202f;» est inconnu&#x202f;; utilisez ouverte, en cours, faite ou abandonnée (open, in progress, done, dropped)</translation>
    </message>
    <message>
        <source>the column %1 names the journey &quot;%2&quot;, which is not a journey of this map</source>
        <translation>la colonne %1 nomme le parcours «&#x202f;%2&#x202f;», qui n’est pas un parcours de cette carte</translation>
    </message>
    <message>
        <source>the column %1 names &quot;%2&quot;, the card of line %3, which is not a pain point: its lane &quot;%4&quot; is not a lane of pain points</source>
        <translation>la colonne %1 nomme «&#x202f;%2&#x202f;», la carte de la ligne %3, qui n’est pas un point de douleur&#x202f;: son couloir «&#x202f;%4&#x202f;» n’est pas un couloir de points de douleur</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Enregistrer les modifications de «&#x202f;%1&#x202f;» avant de fermer&#x202f;?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si vous n’enregistrez pas, vos modifications seront perdues.</translation>
    </message>
</context>
<context>
    <name>emotion scores</name>
    <message>
        <source>+2 delighted</source>
        <translation>+2 ravi</translation>
    </message>
    <message>
        <source>+1 pleased</source>
        <translation>+1 satisfait</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutre</translation>
    </message>
    <message>
        <source>−1 annoyed</source>
        <translation>−1 agacé</translation>
    </message>
    <message>
        <source>−2 very unhappy</source>
        <translation>−2 très mécontent</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>the journey has no Actions lane, so the Mermaid journey has sections but no tasks</source>
        <translation>le parcours n’a pas de couloir Actions&#x202f;: le parcours Mermaid a des sections mais aucune tâche</translation>
    </message>
    <message>
        <source>Mermaid journeys hold only the actions: the cards of these lanes were left out: %1</source>
        <translation>les parcours Mermaid ne contiennent que les actions&#x202f;: les cartes de ces couloirs ont été laissées de côté&#x202f;: %1</translation>
    </message>
    <message>
        <source>these tasks have neither a sentiment nor an emotion point of their personas, so they were given the middle score 3: %1</source>
        <translation>ces tâches n’ont ni ressenti ni point d’émotion de leurs personas&#x202f;: elles ont reçu le score médian 3&#x202f;: %1</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuves</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>canaux</translation>
    </message>
    <message>
        <source>severities</source>
        <translation>sévérités</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>responsables</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>couleurs</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>niveaux de confiance</translation>
    </message>
    <message>
        <source>emotion point labels</source>
        <translation>libellés des points d’émotion</translation>
    </message>
    <message>
        <source>Mermaid has no place for these parts of the cards, so they were left out: %1</source>
        <translation>Mermaid n’a pas de place pour ces éléments des cartes, ils ont donc été laissés de côté&#x202f;: %1</translation>
    </message>
    <message>
        <source>the journey forks, and a Mermaid journey has no paths: one Mermaid journey was written per path: %1</source>
        <translation>le parcours bifurque et un parcours Mermaid n’a pas de chemins&#x202f;: un parcours Mermaid a été écrit par chemin&#x202f;: %1</translation>
    </message>
    <message>
        <source>hidden lanes are not on the slides: %1</source>
        <translation>les couloirs masqués ne figurent pas sur les diapositives&#x202f;: %1</translation>
    </message>
    <message>
        <source>a slide cannot hold control characters, so they were left out of: %1</source>
        <translation>une diapositive ne peut pas contenir de caractères de contrôle&#x202f;: ils ont été retirés de&#x202f;: %1</translation>
    </message>
    <message>
        <source>several stages share a name (%1); importing the workbook would merge them into one</source>
        <translation>plusieurs étapes portent le même nom (%1)&#x202f;; importer le classeur les fusionnerait en une seule</translation>
    </message>
    <message>
        <source>several lanes share a name (%1); importing the workbook would merge them into one</source>
        <translation>plusieurs couloirs portent le même nom (%1)&#x202f;; importer le classeur les fusionnerait en un seul</translation>
    </message>
    <message>
        <source>several personas share a name (%1); importing the workbook would merge them into one</source>
        <translation>plusieurs personas portent le même nom (%1)&#x202f;; importer le classeur les fusionnerait en un seul</translation>
    </message>
    <message>
        <source>a workbook cannot hold control characters, so they were left out of: %1</source>
        <translation>un classeur ne peut pas contenir de caractères de contrôle&#x202f;: ils ont été retirés de&#x202f;: %1</translation>
    </message>
    <message>
        <source>at %1 dpi the image would be %2 × %3 pixels, too large to make; choose a lower resolution or export a PDF</source>
        <translation>à %1 ppp, l’image ferait %2 × %3 pixels, trop grande pour être créée&#x202f;; choisissez une résolution plus basse ou exportez un PDF</translation>
    </message>
    <message>
        <source>the printer could not start; check that it is connected and try again</source>
        <translation>l’imprimante n’a pas pu démarrer&#x202f;; vérifiez qu’elle est branchée et réessayez</translation>
    </message>
    <message>
        <source>an SVG image cannot hold control characters, so they were left out of: %1</source>
        <translation>une image SVG ne peut pas contenir de caractères de contrôle&#x202f;: ils ont été retirés de&#x202f;: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#x202f;; %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>this is a named pipe (FIFO), not a file; cjdesigner reads only regular files</source>
        <translation>c’est un tube nommé (FIFO), pas un fichier&#x202f;; cjdesigner ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>this is a device, not a file; cjdesigner reads only regular files</source>
        <translation>c’est un périphérique, pas un fichier&#x202f;; cjdesigner ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>this is a disk device, not a file; cjdesigner reads only regular files</source>
        <translation>c’est un périphérique disque, pas un fichier&#x202f;; cjdesigner ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>this is a socket, not a file; cjdesigner reads only regular files</source>
        <translation>c’est une socket, pas un fichier&#x202f;; cjdesigner ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>permission denied: you may not read this file</source>
        <translation>accès refusé&#x202f;: vous n’avez pas le droit de lire ce fichier</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>le nom du fichier est trop long</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <source>the path goes round in a loop of symbolic links</source>
        <translation>le chemin tourne en boucle entre des liens symboliques</translation>
    </message>
    <message>
        <source>this is not a regular file; cjdesigner reads only regular files</source>
        <translation>ce n’est pas un fichier ordinaire&#x202f;; cjdesigner ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>the file is %1 MiB; cjdesigner opens files up to %2 MiB</source>
        <translation>le fichier fait %1 Mio&#x202f;; cjdesigner ouvre des fichiers jusqu’à %2 Mio</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most cjdesigner opens</source>
        <translation>le fichier dépasse %1 Mio, le maximum que cjdesigner ouvre</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>could not save %1: the folder %2 does not exist; nothing was written</source>
        <translation>impossible d’enregistrer %1&#x202f;: le dossier %2 n’existe pas&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>could not save %1: the file is read-only; save it under another name, or make it writable first. The previous version is unchanged</source>
        <translation>impossible d’enregistrer %1&#x202f;: le fichier est en lecture seule&#x202f;; enregistrez-le sous un autre nom, ou rendez-le d’abord modifiable. La version précédente est inchangée</translation>
    </message>
    <message>
        <source>could not save %1: it is a folder, not a file; nothing was written</source>
        <translation>impossible d’enregistrer %1&#x202f;: c’est un dossier, pas un fichier&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>could not save %1: it is not a regular file (a pipe or a device); nothing was written</source>
        <translation>impossible d’enregistrer %1&#x202f;: ce n’est pas un fichier ordinaire (un tube ou un périphérique)&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>permission denied: you may not write in %1</source>
        <translation>permission refusée&#x202f;: vous ne pouvez pas écrire dans %1</translation>
    </message>
    <message>
        <source>the disk holding %1 is full</source>
        <translation>le disque qui contient %1 est plein</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>votre quota de disque est épuisé</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk</source>
        <translation>%1 se trouve sur un disque en lecture seule</translation>
    </message>
    <message>
        <source>the folder %1 no longer exists</source>
        <translation>le dossier %1 n’existe plus</translation>
    </message>
    <message>
        <source>a part of %1 is not a folder</source>
        <translation>une partie de %1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the file name is too long (%1 characters; most disks allow up to 255 bytes)</source>
        <translation>le nom du fichier est trop long (%1 caractères&#x202f;; la plupart des disques acceptent au plus 255 octets)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>could not save %1: %2; the previous version is unchanged</source>
        <translation>impossible d’enregistrer %1&#x202f;: %2&#x202f;; la version précédente est inchangée</translation>
    </message>
    <message>
        <source>could not save %1: %2; nothing was written</source>
        <translation>impossible d’enregistrer %1&#x202f;: %2&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>could not save %1: some text holds a broken character (a lone UTF-16 surrogate) that no file can store; nothing was written</source>
        <translation>impossible d’enregistrer %1&#x202f;: un texte contient un caractère endommagé (un substitut UTF-16 isolé) qu’aucun fichier ne peut stocker&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>could not save %1: the map would take %2 MiB, and cjdesigner opens files up to %3 MiB; split it into several maps. Nothing was written</source>
        <translation>impossible d’enregistrer %1&#x202f;: la carte occuperait %2 Mio, et cjdesigner ouvre les fichiers jusqu’à %3 Mio&#x202f;; répartissez-la en plusieurs cartes. Rien n’a été écrit</translation>
    </message>
    <message>
        <source>this is not a cjdesigner map (the file has no &quot;format&quot;: &quot;cjdesigner&quot; at its top)</source>
        <translation>ce n’est pas une carte cjdesigner (le fichier ne commence pas par &quot;format&quot;: &quot;cjdesigner&quot;)</translation>
    </message>
    <message>
        <source>must be a whole number from 1, not %1</source>
        <translation>doit être un nombre entier à partir de 1, et non %1</translation>
    </message>
    <message>
        <source>this map was saved by a newer cjdesigner (file format version %1); this version reads up to version %2: please update cjdesigner to open it</source>
        <translation>cette carte a été enregistrée par une version plus récente de cjdesigner (format de fichier version %1)&#x202f;; cette version lit jusqu’à la version %2&#x202f;: mettez cjdesigner à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>the JSON nests more than %1 levels deep</source>
        <translation>le JSON s’imbrique sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the map</source>
        <translation>la carte</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>carte %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation>couloir %1</translation>
    </message>
    <message>
        <source>persona %1</source>
        <translation>persona %1</translation>
    </message>
    <message>
        <source>journey %1</source>
        <translation>parcours %1</translation>
    </message>
    <message>
        <source>emotion point %1</source>
        <translation>point d’émotion %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1 cannot be read)</source>
        <translation>le fichier n’est pas du texte UTF-8 (l’octet 0x%1 est illisible)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1)</source>
        <translation>ce n’est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <source>%1 is too large a number for a map</source>
        <translation>%1 est un nombre trop grand pour une carte</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the same object</source>
        <translation>la clé «&#x202f;%1&#x202f;» apparaît deux fois dans le même objet</translation>
    </message>
    <message>
        <source>%1 is not a number a map may hold</source>
        <translation>%1 n’est pas un nombre qu’une carte peut contenir</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>&quot;%1&quot; does not end in %2, so the format is unknown</source>
        <translation>«&#x202f;%1&#x202f;» ne se termine pas par %2&#x202f;: le format est donc inconnu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not end in %2 or %3, so the format is unknown</source>
        <translation>«&#x202f;%1&#x202f;» ne se termine par aucune de ces extensions&#x202f;: %2 ou %3&#x202f;; le format est donc inconnu</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>Mermaid journey</source>
        <translation>Parcours Mermaid</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>PowerPoint slides</source>
        <translation>Diapositives PowerPoint</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>An offline designer of customer journey maps.</source>
        <translation>Un outil hors ligne pour concevoir des cartes du parcours client.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>Logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>About cjdesigner</source>
        <translation>À propos de cjdesigner</translation>
    </message>
</context>
<context>
    <name>importers</name>
    <message>
        <source>cjdesigner writes %1 files but cannot read them back; import a CSV, Excel, Mermaid or YAML file</source>
        <translation>cjdesigner écrit des fichiers %1 mais ne sait pas les relire&#x202f;; importez un fichier CSV, Excel, Mermaid ou YAML</translation>
    </message>
    <message>
        <source>this is a cjdesigner map: open it with File → Open (or `cjdesigner FILE`) instead of importing it</source>
        <translation>c’est une carte cjdesigner&#x202f;: ouvrez-la avec Fichier → Ouvrir (ou `cjdesigner FICHIER`) au lieu de l’importer</translation>
    </message>
    <message>
        <source>cjdesigner does not know the format of a &quot;%1&quot; file; it imports %2</source>
        <translation>cjdesigner ne connaît pas le format d’un fichier «&#x202f;%1&#x202f;»&#x202f;; il importe %2</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(sans extension)</translation>
    </message>
    <message>
        <source>a document (Markdown, HTML or reStructuredText)</source>
        <translation>un document (Markdown, HTML ou reStructuredText)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>a zipped file (such as an Excel workbook or a PowerPoint file)</source>
        <translation>un fichier compressé (comme un classeur Excel ou un fichier PowerPoint)</translation>
    </message>
    <message>
        <source>an old-style Office file (.xls, .doc or .ppt); save it again as .xlsx or CSV</source>
        <translation>un fichier Office à l’ancien format (.xls, .doc ou .ppt)&#x202f;; enregistrez-le à nouveau en .xlsx ou en CSV</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a cjdesigner map; open it instead of importing it</source>
        <translation>une carte cjdesigner&#x202f;; ouvrez-la au lieu de l’importer</translation>
    </message>
    <message>
        <source>a JSON document</source>
        <translation>un document JSON</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>des données binaires, pas du texte</translation>
    </message>
    <message>
        <source>a Mermaid journey; give it the extension .mmd</source>
        <translation>un parcours Mermaid&#x202f;; donnez-lui l’extension .mmd</translation>
    </message>
    <message>
        <source>this file&apos;s extension says it is %1, but it holds %2</source>
        <translation>l’extension de ce fichier indique %1, mais il contient %2</translation>
    </message>
    <message>
        <source>this line is not UTF-8 text (byte 0x%1); save the file again as UTF-8</source>
        <translation>cette ligne n’est pas du texte UTF-8 (octet 0x%1)&#x202f;; enregistrez à nouveau le fichier en UTF-8</translation>
    </message>
    <message>
        <source>the file is %1 MiB; cjdesigner imports workbooks up to %2 MiB</source>
        <translation>le fichier fait %1 Mio&#x202f;; cjdesigner importe les classeurs jusqu’à %2 Mio</translation>
    </message>
    <message>
        <source>text, not a workbook</source>
        <translation>du texte, pas un classeur</translation>
    </message>
    <message>
        <source>this workbook holds %1 parts; a real one holds a few dozen, so it is refused</source>
        <translation>ce classeur contient %1 parties&#x202f;; un vrai classeur en contient quelques dizaines, il est donc refusé</translation>
    </message>
    <message>
        <source>the part %1 of this workbook would unpack %2 times larger than it is stored (a zip bomb); it is refused</source>
        <translation>la partie %1 de ce classeur se décompresserait %2 fois plus grande qu’elle n’est stockée (une bombe de décompression)&#x202f;; elle est refusée</translation>
    </message>
    <message>
        <source>this workbook would unpack to %1 MiB; cjdesigner reads workbooks up to %2 MiB unpacked</source>
        <translation>ce classeur occuperait %1 Mio une fois décompressé&#x202f;; cjdesigner lit les classeurs jusqu’à %2 Mio décompressés</translation>
    </message>
    <message>
        <source>the part %1 of this workbook declares XML entities, which a real one never does; it is refused</source>
        <translation>la partie %1 de ce classeur déclare des entités XML, ce que ne fait jamais un vrai classeur&#x202f;; elle est refusée</translation>
    </message>
    <message>
        <source>this file&apos;s extension says it is %1, but it is a damaged or incomplete zip file</source>
        <translation>l’extension de ce fichier indique %1, mais c’est un fichier zip endommagé ou incomplet</translation>
    </message>
    <message>
        <source>this file cannot be read (%1)</source>
        <translation>ce fichier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>the file cannot make a map: %1</source>
        <translation>le fichier ne permet pas de créer une carte&#x202f;: %1</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>un fichier CSV</translation>
    </message>
    <message>
        <source>the cards cannot make a map: %1</source>
        <translation>les cartes ne permettent pas de créer une carte&#x202f;: %1</translation>
    </message>
    <message>
        <source>a Mermaid diagram</source>
        <translation>un diagramme Mermaid</translation>
    </message>
    <message>
        <source>an Enablement Map Studio YAML file</source>
        <translation>un fichier YAML d’Enablement Map Studio</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>un classeur Excel</translation>
    </message>
    <message>
        <source>this Excel workbook cannot be read (%1)</source>
        <translation>ce classeur Excel est illisible (%1)</translation>
    </message>
    <message>
        <source>this workbook has no sheets</source>
        <translation>ce classeur n’a aucune feuille</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is empty; it needs a header row with stage, lane and text</source>
        <translation>la feuille «&#x202f;%1&#x202f;» est vide&#x202f;; il lui faut une ligne d’en-tête avec étape, couloir et texte</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, row %2: %3</source>
        <translation>feuille «&#x202f;%1&#x202f;», ligne %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>emotion point on row %1 was left out: its stage, persona or score (−2 to +2) is not one of the map&apos;s</source>
        <translation>le point d’émotion de la ligne %1 a été laissé de côté&#x202f;: son étape, son persona ou son score (−2 à +2) ne correspond pas à la carte</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un document Word</translation>
    </message>
    <message>
        <source>an OpenDocument file (such as one LibreOffice saves)</source>
        <translation>un fichier OpenDocument (comme ceux qu’enregistre LibreOffice)</translation>
    </message>
    <message>
        <source>a zip archive of other files</source>
        <translation>une archive zip d’autres fichiers</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; of this workbook cannot be read (%2)</source>
        <translation>la feuille «&#x202f;%1&#x202f;» de ce classeur ne peut pas être lue (%2)</translation>
    </message>
    <message>
        <source>these cells hold formulas; the value each showed when the workbook was last saved was imported, not the formula: %1</source>
        <translation>ces cellules contiennent des formules&#x202f;; la valeur que chacune affichait au dernier enregistrement du classeur a été importée, pas la formule&#x202f;: %1</translation>
    </message>
    <message>
        <source>these cells hold formulas whose value was never saved in the workbook, so they were imported empty (open the workbook in a spreadsheet and save it again): %1</source>
        <translation>ces cellules contiennent des formules dont la valeur n’a jamais été enregistrée dans le classeur&#x202f;; elles ont donc été importées vides (ouvrez le classeur dans un tableur et enregistrez-le de nouveau)&#x202f;: %1</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; has more than %2 rows; a journey holds at most %3 cards</source>
        <translation>la feuille «&#x202f;%1&#x202f;» a plus de %2 lignes&#x202f;; un parcours contient au plus %3 cartes</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; has %2 rows; a sheet may have at most %3 rows, as a journey holds at most %4 cards</source>
        <translation>la feuille «&#x202f;%1&#x202f;» a %2 lignes&#x202f;; une feuille peut en avoir au plus %3, car un parcours contient au plus %4 cartes</translation>
    </message>
    <message>
        <source>persona on row %1: the line style &quot;%2&quot; is not a whole number from 0 to 15 written with the digits 0 to 9, so another style was chosen</source>
        <translation>persona de la ligne %1&#x202f;: le style de ligne «&#x202f;%2&#x202f;» n’est pas un nombre entier de 0 à 15 écrit avec les chiffres 0 à 9, un autre style a donc été choisi</translation>
    </message>
    <message>
        <source>the workbook cannot make a map: %1</source>
        <translation>le classeur ne permet pas de créer une carte&#x202f;: %1</translation>
    </message>
    <message>
        <source>this is a Mermaid %1 diagram, not a user journey; cjdesigner imports Mermaid journeys only</source>
        <translation>c’est un diagramme Mermaid %1, pas un parcours utilisateur (journey)&#x202f;; cjdesigner n’importe que les parcours Mermaid</translation>
    </message>
    <message>
        <source>a Mermaid journey starts with the word journey, but this line says &quot;%1&quot;</source>
        <translation>un parcours Mermaid commence par le mot journey, mais cette ligne indique «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>this file holds no Mermaid diagram (no line says journey)</source>
        <translation>ce fichier ne contient aucun diagramme Mermaid (aucune ligne n’indique journey)</translation>
    </message>
    <message>
        <source>the accessibility description (accDescr { … }) is never closed with }; it was read to the end of the file</source>
        <translation>la description d’accessibilité (accDescr { … }) n’est jamais fermée par }&#x202f;; elle a été lue jusqu’à la fin du fichier</translation>
    </message>
    <message>
        <source>line %1: the title &quot;%2&quot; of the front matter was replaced by &quot;%3&quot;: a map has one title</source>
        <translation>ligne %1&#x202f;: le titre «&#x202f;%2&#x202f;» de l’en-tête a été remplacé par «&#x202f;%3&#x202f;»&#x202f;: une carte n’a qu’un titre</translation>
    </message>
    <message>
        <source>the journey has more than %1 sections; a journey holds at most %1 stages, so the file is refused</source>
        <translation>le parcours a plus de %1 sections&#x202f;; un parcours compte au plus %1 étapes, le fichier est donc refusé</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is neither a section nor a task (a task is written `name: score: actors`); it was left out</source>
        <translation>ligne %1&#x202f;: «&#x202f;%2&#x202f;» n’est ni une section ni une tâche (une tâche s’écrit `nom: score: acteurs`)&#x202f;; elle a été laissée de côté</translation>
    </message>
    <message>
        <source>line %1: a task has no name; it was left out</source>
        <translation>ligne %1&#x202f;: une tâche n’a pas de nom&#x202f;; elle a été laissée de côté</translation>
    </message>
    <message>
        <source>line %1: the task &quot;%2&quot; has more than two colons; what follows the third was left out</source>
        <translation>ligne %1&#x202f;: la tâche «&#x202f;%2&#x202f;» a plus de deux deux-points&#x202f;; ce qui suit le troisième a été laissé de côté</translation>
    </message>
    <message>
        <source>line %1: the score %2 of &quot;%3&quot; is outside 1 to 5; it was read as %4</source>
        <translation>ligne %1&#x202f;: le score %2 de «&#x202f;%3&#x202f;» sort de la plage de 1 à 5&#x202f;; il a été lu comme %4</translation>
    </message>
    <message>
        <source>line %1: the score &quot;%2&quot; of &quot;%3&quot; is not a number; the task has no score</source>
        <translation>ligne %1&#x202f;: le score «&#x202f;%2&#x202f;» de «&#x202f;%3&#x202f;» n’est pas un nombre&#x202f;; la tâche n’a pas de score</translation>
    </message>
    <message>
        <source>line %1: the task &quot;%2&quot; has no score; its card has no sentiment and no emotion point</source>
        <translation>ligne %1&#x202f;: la tâche «&#x202f;%2&#x202f;» n’a pas de score&#x202f;; sa carte n’a ni ressenti ni point d’émotion</translation>
    </message>
    <message>
        <source>the journeys name more than %1 actors; a map holds at most %1 personas, so the file is refused</source>
        <translation>les parcours nomment plus de %1 acteurs&#x202f;; une carte compte au plus %1 personas, le fichier est donc refusé</translation>
    </message>
    <message>
        <source>the journey has more than %1 tasks; a journey holds at most %1 cards, so the file is refused</source>
        <translation>le parcours a plus de %1 tâches&#x202f;; un parcours compte au plus %1 cartes, le fichier est donc refusé</translation>
    </message>
    <message>
        <source>the accessibility title &quot;%1&quot; was not kept: a map has one title, &quot;%2&quot;</source>
        <translation>le titre d’accessibilité «&#x202f;%1&#x202f;» n’a pas été conservé&#x202f;: une carte n’a qu’un titre, «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>the journey has no tasks, so the map has no cards</source>
        <translation>le parcours n’a aucune tâche&#x202f;: la carte n’a donc aucune carte</translation>
    </message>
    <message>
        <source>tasks before the first section (from line %1) went into a stage named %2</source>
        <translation>les tâches placées avant la première section (à partir de la ligne %1) ont été mises dans une étape nommée %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (line %2)</source>
        <translation>«&#x202f;%1&#x202f;» (ligne %2)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <source>these tasks name no actor, so their score is only their card&apos;s sentiment, not an emotion point: %1</source>
        <translation>ces tâches ne nomment aucun acteur&#x202f;: leur score devient seulement le ressenti de leur carte, pas un point d’émotion&#x202f;: %1</translation>
    </message>
    <message>
        <source>this YAML file holds more than %1 values, far more than any map; it is refused</source>
        <translation>ce fichier YAML contient plus de %1 valeurs, bien plus que n’importe quelle carte&#x202f;; il est refusé</translation>
    </message>
    <message>
        <source>this YAML file nests lists and mappings more than %1 deep; it is refused</source>
        <translation>ce fichier YAML imbrique des listes et des dictionnaires sur plus de %1 niveaux&#x202f;; il est refusé</translation>
    </message>
    <message>
        <source>this YAML file repeats anchored values (*aliases) until they would make more than %1 values, the way a file built to exhaust memory does; it is refused</source>
        <translation>ce fichier YAML répète des valeurs ancrées (*alias) jusqu’à dépasser %1 valeurs, comme le fait un fichier conçu pour épuiser la mémoire&#x202f;; il est refusé</translation>
    </message>
    <message>
        <source>this YAML file holds a value that cannot be read (%1)</source>
        <translation>ce fichier YAML contient une valeur illisible (%1)</translation>
    </message>
    <message>
        <source>%1 is missing; it must be a text</source>
        <translation>%1 est absent&#x202f;; ce doit être un texte</translation>
    </message>
    <message>
        <source>%1 must be a text, not a list</source>
        <translation>%1 doit être un texte, et non une liste</translation>
    </message>
    <message>
        <source>%1 must be a text, not a mapping</source>
        <translation>%1 doit être un texte, et non un dictionnaire</translation>
    </message>
    <message>
        <source>%1 must be a text, not %2</source>
        <translation>%1 doit être un texte, et non %2</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 doit être une liste</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>this YAML file has no document of kind: cjm (an Enablement Map Studio journey); the kinds found: %1</source>
        <translation>ce fichier YAML ne contient aucun document de type cjm (un parcours Enablement Map Studio)&#x202f;; types trouvés&#x202f;: %1</translation>
    </message>
    <message>
        <source>the file holds several cjm documents; only the first was imported</source>
        <translation>le fichier contient plusieurs documents cjm&#x202f;; seul le premier a été importé</translation>
    </message>
    <message>
        <source>these documents have no place on a journey map and were not imported: %1</source>
        <translation>ces documents n’ont pas leur place sur une carte de parcours et n’ont pas été importés&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1: phases[%2].id &quot;%3&quot; names two phases</source>
        <translation>%1&#x202f;: phases[%2].id «&#x202f;%3&#x202f;» désigne deux phases</translation>
    </message>
    <message>
        <source>%1.phase &quot;%2&quot; is not one of the phases (there are none)</source>
        <translation>%1.phase «&#x202f;%2&#x202f;» ne fait pas partie des phases (il n’y en a aucune)</translation>
    </message>
    <message>
        <source>%1.phase &quot;%2&quot; is not one of the phases (%3)</source>
        <translation>%1.phase «&#x202f;%2&#x202f;» ne fait pas partie des phases (%3)</translation>
    </message>
    <message>
        <source>%1.emotion_score must be a number from -2 to +2, not %2</source>
        <translation>%1.emotion_score doit être un nombre de -2 à +2, et non %2</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; has no place on a card and was not imported</source>
        <translation>%1&#x202f;: le champ «&#x202f;%2&#x202f;» n’a pas sa place sur une carte et n’a pas été importé</translation>
    </message>
    <message>
        <source>these actions have no emotion_score, so they add nothing to the emotion curve: %1</source>
        <translation>ces actions n’ont pas d’emotion_score et n’ajoutent donc rien à la courbe d’émotion&#x202f;: %1</translation>
    </message>
    <message>
        <source>the journey has no persona, so its emotion scores could not make an emotion curve</source>
        <translation>le parcours n’a pas de persona&#x202f;: ses scores d’émotion n’ont pas pu former une courbe d’émotion</translation>
    </message>
    <message>
        <source>%1: lanes[%2] is of kind &quot;%3&quot;, which is not human, team or system; it became a backstage lane</source>
        <translation>%1&#x202f;: lanes[%2] est de type «&#x202f;%3&#x202f;», qui n’est ni human, ni team, ni system&#x202f;; c’est devenu un couloir de coulisses</translation>
    </message>
    <message>
        <source>%1: the description of the lane &quot;%2&quot; was not imported (a lane has no description)</source>
        <translation>%1&#x202f;: la description du couloir «&#x202f;%2&#x202f;» n’a pas été importée (un couloir n’a pas de description)</translation>
    </message>
    <message>
        <source>%1: the blueprint has tasks but the journey has no phases to put them in</source>
        <translation>%1&#x202f;: le blueprint a des tâches, mais le parcours n’a aucune phase où les placer</translation>
    </message>
    <message>
        <source>these tasks of the blueprint&apos;s customer lane are not actions of the journey; they became cards of the Actions lane: %1</source>
        <translation>ces tâches du couloir client du blueprint ne sont pas des actions du parcours&#x202f;; elles sont devenues des cartes du couloir Actions&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1.lane &quot;%2&quot; is not one of the lanes</source>
        <translation>%1.lane «&#x202f;%2&#x202f;» n’est pas l’un des couloirs</translation>
    </message>
    <message>
        <source>these blueprint tasks point to no action, so they were put at the first stage: %1</source>
        <translation>ces tâches du blueprint ne renvoient à aucune action&#x202f;: elles ont été placées à la première étape&#x202f;: %1</translation>
    </message>
    <message>
        <source>this is not valid YAML: a tab stands where YAML allows only spaces</source>
        <translation>ce n’est pas du YAML valide&#x202f;: une tabulation se trouve là où YAML n’admet que des espaces</translation>
    </message>
    <message>
        <source>this is not valid YAML: an alias (*name) repeats an anchor (&amp;name) that no value above it has</source>
        <translation>ce n’est pas du YAML valide&#x202f;: un alias (*nom) répète une ancre (&amp;nom) qu’aucune valeur au-dessus ne porte</translation>
    </message>
    <message>
        <source>this is not valid YAML for a map: a tag (!!…) asks for a kind of value cjdesigner never builds</source>
        <translation>ce n’est pas du YAML valide pour une carte&#x202f;: une étiquette (!!…) demande un type de valeur que cjdesigner ne construit jamais</translation>
    </message>
    <message>
        <source>this is not valid YAML: look at the indentation, the colons and the brackets here</source>
        <translation>ce n’est pas du YAML valide&#x202f;: vérifiez ici l’indentation, les deux-points et les crochets</translation>
    </message>
    <message>
        <source>%1 must be a mapping of fields (`name: value`)</source>
        <translation>%1 doit être un dictionnaire de champs (`nom: valeur`)</translation>
    </message>
    <message>
        <source>document %1 (`kind: %2`)</source>
        <translation>document %1 (`kind: %2`)</translation>
    </message>
    <message>
        <source>the blueprint&apos;s connections (arrows between tasks) were not imported: a map has no arrows</source>
        <translation>les connexions du blueprint (flèches entre tâches) n’ont pas été importées&#x202f;: une carte n’a pas de flèches</translation>
    </message>
    <message>
        <source>line %1: the diagram %2 is kept in another file; import that file to read it</source>
        <translation>ligne %1&#x202f;: le diagramme %2 est dans un autre fichier&#x202f;; importez ce fichier pour le lire</translation>
    </message>
    <message>
        <source>this table has %1 stages and %2 lanes; a journey holds at most %3 stages and %4 lanes, so the file is refused</source>
        <translation>ce tableau a %1 étapes et %2 couloirs&#x202f;; un parcours compte au plus %3 étapes et %4 couloirs, le fichier est donc refusé</translation>
    </message>
    <message>
        <source>line %1: cjdesigner knows no lane called %2, so these became lanes of notes</source>
        <translation>ligne %1&#x202f;: cjdesigner ne connaît aucun couloir nommé %2, ils sont donc devenus des couloirs de notes</translation>
    </message>
    <message>
        <source>%1, journey %2</source>
        <translation>%1, parcours %2</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>the document holds more than %1 journeys; a map holds at most %1, so it is refused</source>
        <translation>le document contient plus de %1 parcours&#x202f;; une carte en compte au plus %1, il est donc refusé</translation>
    </message>
    <message>
        <source>this document has Mermaid diagrams but no user journey (the first is a %1 diagram)</source>
        <translation>ce document contient des diagrammes Mermaid mais aucun parcours utilisateur (le premier est un diagramme %1)</translation>
    </message>
    <message>
        <source>this document holds no Mermaid journey and no journey table (a table whose rows or columns are lanes such as Actions, Touchpoints or Pain points)</source>
        <translation>ce document ne contient ni parcours Mermaid ni tableau de parcours (un tableau dont les lignes ou les colonnes sont des couloirs comme Actions, Points de contact ou Points de douleur)</translation>
    </message>
    <message>
        <source>cjdesigner imports journeys only, so these Mermaid diagrams were left out: %1</source>
        <translation>cjdesigner n’importe que les parcours, ces diagrammes Mermaid ont donc été laissés de côté&#x202f;: %1</translation>
    </message>
    <message>
        <source>stage on row %1: it returns to &quot;%2&quot;, which is not a stage of the sheet, so that return arrow was left out</source>
        <translation>étape de la ligne %1&#x202f;: elle revient à «&#x202f;%2&#x202f;», qui n’est pas une étape de la feuille, cette flèche de retour a donc été laissée de côté</translation>
    </message>
    <message>
        <source>stage on row %1: %2, so it was left out</source>
        <translation>étape de la ligne %1&#x202f;: %2, elle a donc été laissée de côté</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>an edit must be a JSON object</source>
        <translation>une modification doit être un objet JSON</translation>
    </message>
    <message>
        <source>the values of a change must be a JSON object</source>
        <translation>les valeurs d’un changement doivent être un objet JSON</translation>
    </message>
    <message>
        <source>there is no collection named &apos;%1&apos;</source>
        <translation>il n’existe pas de collection nommée «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>an edit lacks its &apos;%1&apos; part</source>
        <translation>il manque à une modification sa partie «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>an inserted object is not valid: %1</source>
        <translation>un objet inséré n’est pas valide&#x202f;: %1</translation>
    </message>
    <message>
        <source>an edit is of a kind this version does not know</source>
        <translation>une modification est d’un type que cette version ne connaît pas</translation>
    </message>
    <message>
        <source>a change names an object of a kind this version does not know</source>
        <translation>un changement désigne un objet d’un type que cette version ne connaît pas</translation>
    </message>
    <message>
        <source>an index must be a whole number</source>
        <translation>un index doit être un nombre entier</translation>
    </message>
    <message>
        <source>the line is incomplete</source>
        <translation>la ligne est incomplète</translation>
    </message>
    <message>
        <source>the line is not JSON</source>
        <translation>la ligne n’est pas du JSON</translation>
    </message>
    <message>
        <source>the line is not a JSON object</source>
        <translation>la ligne n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the line was written by a newer cjdesigner (journal version %1)</source>
        <translation>la ligne a été écrite par une version plus récente de cjdesigner (journal version %1)</translation>
    </message>
    <message>
        <source>%1: the journal cannot be read (%2)</source>
        <translation>%1&#x202f;: le journal est illisible (%2)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>%1, line %2: the last edit was cut off as it was being written (cjdesigner or the computer stopped) and is left out</source>
        <translation>%1, ligne %2&#x202f;: la dernière modification a été coupée pendant son écriture (cjdesigner ou l’ordinateur s’est arrêté) et n’est pas reprise</translation>
    </message>
    <message>
        <source>%1, line %2: %3; this line and the ones after it were not applied</source>
        <translation>%1, ligne %2&#x202f;: %3&#x202f;; cette ligne et les suivantes n’ont pas été appliquées</translation>
    </message>
    <message>
        <source>%1, line %2: the end of the line is damaged, but its checksum proves the edit whole; it was applied</source>
        <translation>%1, ligne %2&#x202f;: la fin de la ligne est endommagée, mais sa somme de contrôle prouve que la modification est entière&#x202f;; elle a été appliquée</translation>
    </message>
    <message>
        <source>a step comes before any snapshot of the map</source>
        <translation>une étape du journal précède toute copie de la carte</translation>
    </message>
    <message>
        <source>the line is of a kind this version does not know (&apos;%1&apos;)</source>
        <translation>la ligne est d’un type que cette version ne connaît pas («&#x202f;%1&#x202f;»)</translation>
    </message>
    <message>
        <source>the map it holds is not valid: %1</source>
        <translation>la carte qu’elle contient n’est pas valide&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1: the journal holds no copy of the map</source>
        <translation>%1&#x202f;: le journal ne contient aucune copie de la carte</translation>
    </message>
    <message>
        <source>the folder is not private to you</source>
        <translation>le dossier ne vous est pas réservé</translation>
    </message>
    <message>
        <source>a file is where this folder should be</source>
        <translation>un fichier occupe la place de ce dossier</translation>
    </message>
</context>
<context>
    <name>journey status</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>lane titles</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensées</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de douleur</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Metrics and KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Coulisses</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Preuves physiques</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Front-office</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Processus de support</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Idées à trier</translation>
    </message>
</context>
<context>
    <name>language names</name>
    <message>
        <source>English</source>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>Link “%1” to “%2”</source>
        <translation>Lier «&#x202f;%1&#x202f;» à «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>Unlink “%1” from “%2”</source>
        <translation>Délier «&#x202f;%1&#x202f;» de «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>Linked “%1” to the pain point “%2”.</source>
        <translation>«&#x202f;%1&#x202f;» est lié au point de douleur «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>“%1” is already linked to “%2”; nothing changed.</source>
        <translation>«&#x202f;%1&#x202f;» est déjà lié à «&#x202f;%2&#x202f;»&#x202f;; rien n’a changé.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
</context>
<context>
    <name>map text</name>
    <message>
        <source>Map: %1</source>
        <translation>Carte&#x202f;: %1</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona&#x202f;: %1</translation>
    </message>
    <message>
        <source>Open merge conflict: %1</source>
        <translation>Conflit de fusion ouvert&#x202f;: %1</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Parcours&#x202f;: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#x202f;: %1</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>Couloir&#x202f;: %1</translation>
    </message>
    <message>
        <source>names optional</source>
        <translation>noms facultatifs</translation>
    </message>
    <message>
        <source>names required</source>
        <translation>noms obligatoires</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>bar chart</source>
        <translation>histogramme</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>entonnoir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 vers %2</translation>
    </message>
    <message>
        <source>after %1: %2, meeting again at %3</source>
        <translation>après %1&#x202f;: %2, qui se rejoignent à %3</translation>
    </message>
    <message>
        <source>after %1: %2</source>
        <translation>après %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Chemin&#x202f;: %1</translation>
    </message>
    <message>
        <source>Fork after %1</source>
        <translation>Bifurcation après %1</translation>
    </message>
    <message>
        <source>Return arrow from %1 to %2</source>
        <translation>Flèche de retour de %1 vers %2</translation>
    </message>
    <message>
        <source>Emotion of %1: %2</source>
        <translation>Émotion de %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Voting round: %1</source>
        <translation>Tour de vote&#x202f;: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>ma version</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>leur version</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(absent)</translation>
    </message>
</context>
<context>
    <name>matrix</name>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Size: votes</source>
        <translation>Taille&#x202f;: votes</translation>
    </message>
    <message>
        <source>{value} votes</source>
        <translation>{value} votes</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>aucun vote</translation>
    </message>
    <message>
        <source>Not scored ({count})</source>
        <translation>Sans score ({count})</translation>
    </message>
    <message>
        <source>No impact or effort yet:</source>
        <translation>Sans impact ou sans effort&#x202f;:</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <source>No opportunities to place.</source>
        <translation>Aucune opportunité à placer.</translation>
    </message>
</context>
<context>
    <name>mermaid import</name>
    <message>
        <source>(no section)</source>
        <translation>(sans section)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>est obligatoire mais absent</translation>
    </message>
    <message>
        <source>must be at most %1, not %2</source>
        <translation>doit valoir au plus %1, pas %2</translation>
    </message>
    <message>
        <source>must be at least %1, not %2</source>
        <translation>doit valoir au moins %1, pas %2</translation>
    </message>
    <message>
        <source>must be a colour written #RRGGBB, not %1</source>
        <translation>doit être une couleur écrite #RRVVBB, pas %1</translation>
    </message>
    <message>
        <source>must be an id of 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;:&apos;, not %1</source>
        <translation>doit être un identifiant de 1 à 64 lettres, chiffres, «&#x202f;-&#x202f;», «&#x202f;_&#x202f;», «&#x202f;.&#x202f;» ou «&#x202f;:&#x202f;», pas %1</translation>
    </message>
    <message>
        <source>must be one of %1, not %2</source>
        <translation>doit être l’une des valeurs %1, pas %2</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>doit être un nombre entier, pas %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit être true ou false, pas %1</translation>
    </message>
    <message>
        <source>must be text in quotes, not %1</source>
        <translation>doit être du texte entre guillemets, pas %1</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>doit être une liste, pas %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>has too many items</source>
        <translation>a trop d’éléments</translation>
    </message>
    <message>
        <source>must hold at most %1 items</source>
        <translation>doit contenir au plus %1 éléments</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>doit faire au plus %1 caractères</translation>
    </message>
    <message>
        <source>must be a date and time with its time zone in quotes, like &quot;2026-03-14T09:30:00Z&quot;</source>
        <translation>doit être une date et une heure avec leur fuseau horaire, entre guillemets, comme &quot;2026-03-14T09:30:00Z&quot;</translation>
    </message>
    <message>
        <source>must be a finite number, not %1</source>
        <translation>doit être un nombre fini, pas %1</translation>
    </message>
    <message>
        <source>cannot hold %1</source>
        <translation>ne peut pas contenir %1</translation>
    </message>
    <message>
        <source>there is no persona with id &quot;%1&quot;</source>
        <translation>aucun persona n’a l’identifiant «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>there is no journey with id &quot;%1&quot;</source>
        <translation>aucun parcours n’a l’identifiant «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>there is no stage with id &quot;%1&quot;</source>
        <translation>aucune étape n’a l’identifiant «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>there is no lane with id &quot;%1&quot;</source>
        <translation>aucun couloir n’a l’identifiant «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>there is no card with id &quot;%1&quot;</source>
        <translation>aucune carte n’a l’identifiant «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>there is no emotion point with id &quot;%1&quot;</source>
        <translation>aucun point d’émotion n’a l’identifiant «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>there is no item with id &quot;%1&quot;</source>
        <translation>aucun élément n’a l’identifiant «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>a %1 has no field &apos;%2&apos;</source>
        <translation>un objet %1 n’a pas de champ «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>a project keeps at least one journey</source>
        <translation>un projet garde au moins un parcours</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; starts a fork: delete its paths first</source>
        <translation>l’étape «&#x202f;%1&#x202f;» ouvre une bifurcation&#x202f;: supprimez d’abord ses chemins</translation>
    </message>
    <message>
        <source>journey &quot;%1&quot;</source>
        <translation>le parcours «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>le parcours</translation>
    </message>
    <message>
        <source>card &quot;%1&quot;</source>
        <translation>la carte «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>card</source>
        <translation>la carte</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is also used by %2</source>
        <translation>l’identifiant «&#x202f;%1&#x202f;» est aussi utilisé par %2</translation>
    </message>
    <message>
        <source>%1 refers to persona &quot;%2&quot;, which does not exist</source>
        <translation>%1 fait référence au persona «&#x202f;%2&#x202f;», qui n’existe pas</translation>
    </message>
    <message>
        <source>%1 lists persona &quot;%2&quot; %3 times</source>
        <translation>%1 cite %3 fois le persona «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>emotion point refers to stage &quot;%1&quot;, which is not in %2</source>
        <translation>le point d’émotion fait référence à l’étape «&#x202f;%1&#x202f;», introuvable dans %2</translation>
    </message>
    <message>
        <source>emotion point refers to persona &quot;%1&quot;, which does not exist</source>
        <translation>le point d’émotion fait référence au persona «&#x202f;%1&#x202f;», qui n’existe pas</translation>
    </message>
    <message>
        <source>a second emotion point for stage &quot;%1&quot; and persona &quot;%2&quot;</source>
        <translation>un second point d’émotion pour l’étape «&#x202f;%1&#x202f;» et le persona «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>the cards of stage &quot;%1&quot; and lane &quot;%2&quot; have positions %3; they must be 0 to %4, each once</source>
        <translation>les cartes de l’étape «&#x202f;%1&#x202f;» et du couloir «&#x202f;%2&#x202f;» ont les positions %3&#x202f;; elles doivent aller de 0 à %4, chacune une fois</translation>
    </message>
    <message>
        <source>%1 refers to stage &quot;%2&quot;, which is not in %3</source>
        <translation>%1 fait référence à l’étape «&#x202f;%2&#x202f;», introuvable dans %3</translation>
    </message>
    <message>
        <source>%1 refers to lane &quot;%2&quot;, which is not in %3</source>
        <translation>%1 fait référence au couloir «&#x202f;%2&#x202f;», introuvable dans %3</translation>
    </message>
    <message>
        <source>%1 lists the same persona twice</source>
        <translation>%1 cite deux fois le même persona</translation>
    </message>
    <message>
        <source>has %1 journeys; a map holds at most %2, so that it stays quick to open</source>
        <translation>contient %1 parcours&#x202f;; une carte en contient au plus %2, pour rester rapide à ouvrir</translation>
    </message>
    <message>
        <source>has %1 personas; a map holds at most %2, so that it stays quick to open</source>
        <translation>contient %1 personas&#x202f;; une carte en contient au plus %2, pour rester rapide à ouvrir</translation>
    </message>
    <message>
        <source>has %1 stages; a journey holds at most %2, so that it stays quick to open</source>
        <translation>contient %1 étapes&#x202f;; un parcours en contient au plus %2, pour rester rapide à ouvrir</translation>
    </message>
    <message>
        <source>has %1 lanes; a journey holds at most %2, so that it stays quick to open</source>
        <translation>contient %1 couloirs&#x202f;; un parcours en contient au plus %2, pour rester rapide à ouvrir</translation>
    </message>
    <message>
        <source>has %1 cards; a journey holds at most %2, so that it stays quick to open</source>
        <translation>contient %1 cartes&#x202f;; un parcours en contient au plus %2, pour rester rapide à ouvrir</translation>
    </message>
    <message>
        <source>has %1 emotion points; a journey holds at most %2, so that it stays quick to open</source>
        <translation>contient %1 points d’émotion&#x202f;; un parcours en contient au plus %2, pour rester rapide à ouvrir</translation>
    </message>
    <message>
        <source>holds a broken character (a lone UTF-16 surrogate, such as \ud800) that cannot be saved; retype or remove it</source>
        <translation>contient un caractère endommagé (un substitut UTF-16 isolé, comme \ud800) qui ne peut pas être enregistré&#x202f;; retapez-le ou supprimez-le</translation>
    </message>
    <message>
        <source>has %1 cards in all its journeys; a map holds at most %2, so that it stays quick to open</source>
        <translation>contient %1 cartes dans l’ensemble de ses parcours&#x202f;; une carte en contient au plus %2, pour rester rapide à ouvrir</translation>
    </message>
    <message>
        <source>is a whole number too large for a map (at most 19 digits)</source>
        <translation>est un nombre entier trop grand pour une carte (19 chiffres au plus)</translation>
    </message>
    <message>
        <source>is not a finite number; a map may hold only finite numbers</source>
        <translation>n’est pas un nombre fini&#x202f;; une carte ne peut contenir que des nombres finis</translation>
    </message>
    <message>
        <source>has a key that is not sound text</source>
        <translation>a une clé qui n’est pas un texte valide</translation>
    </message>
    <message>
        <source>holds a value that is not JSON (text, number, true/false, null, list or object)</source>
        <translation>contient une valeur qui n’est pas du JSON (texte, nombre, true/false, null, liste ou objet)</translation>
    </message>
    <message>
        <source>there is no fork with id &quot;%1&quot;</source>
        <translation>aucune bifurcation n’a l’identifiant «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>there is no path with id &quot;%1&quot;</source>
        <translation>aucun chemin n’a l’identifiant «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>the paths after stage &quot;%1&quot; cannot hold stage &quot;%2&quot;, which forks already: a path does not fork again</source>
        <translation>les chemins après l’étape «&#x202f;%1&#x202f;» ne peuvent pas contenir l’étape «&#x202f;%2&#x202f;», qui bifurque déjà&#x202f;: un chemin ne bifurque pas à nouveau</translation>
    </message>
    <message>
        <source>a fork starts after stage &quot;%1&quot;, which is not in the journey</source>
        <translation>une bifurcation part de l’étape «&#x202f;%1&#x202f;», qui n’est pas dans le parcours</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; is on a path: a fork starts from a stage of the main line</source>
        <translation>l’étape «&#x202f;%1&#x202f;» est sur un chemin&#x202f;: une bifurcation part d’une étape de la ligne principale</translation>
    </message>
    <message>
        <source>two forks start after stage &quot;%1&quot;; give it one fork with more paths</source>
        <translation>deux bifurcations partent de l’étape «&#x202f;%1&#x202f;»&#x202f;; donnez-lui une seule bifurcation avec plus de chemins</translation>
    </message>
    <message>
        <source>the fork after stage &quot;%1&quot; has %2 paths; a fork has at most %3</source>
        <translation>la bifurcation après l’étape «&#x202f;%1&#x202f;» a %2 chemins&#x202f;; une bifurcation en a au plus %3</translation>
    </message>
    <message>
        <source>the fork after stage &quot;%1&quot; has fewer than 2 paths</source>
        <translation>la bifurcation après l’étape «&#x202f;%1&#x202f;» a moins de 2 chemins</translation>
    </message>
    <message>
        <source>a fork names path &quot;%1&quot;, which is not in the journey</source>
        <translation>une bifurcation nomme le chemin «&#x202f;%1&#x202f;», qui n’est pas dans le parcours</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; belongs to two forks</source>
        <translation>le chemin «&#x202f;%1&#x202f;» appartient à deux bifurcations</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; belongs to no fork</source>
        <translation>le chemin «&#x202f;%1&#x202f;» n’appartient à aucune bifurcation</translation>
    </message>
    <message>
        <source>the stages of the paths after stage &quot;%1&quot; must follow it, one path after the other: stage &quot;%2&quot; of path &quot;%3&quot; stands apart</source>
        <translation>les étapes des chemins après l’étape «&#x202f;%1&#x202f;» doivent la suivre, un chemin après l’autre&#x202f;: l’étape «&#x202f;%2&#x202f;» du chemin «&#x202f;%3&#x202f;» est à l’écart</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; is on path &quot;%2&quot;, which is not in the journey</source>
        <translation>l’étape «&#x202f;%1&#x202f;» est sur le chemin «&#x202f;%2&#x202f;», qui n’est pas dans le parcours</translation>
    </message>
    <message>
        <source>a return arrow names stage &quot;%1&quot;, which is not in the journey</source>
        <translation>une flèche de retour nomme l’étape «&#x202f;%1&#x202f;», qui n’est pas dans le parcours</translation>
    </message>
    <message>
        <source>a return arrow goes back: stage &quot;%1&quot; does not come before stage &quot;%2&quot; on its way</source>
        <translation>une flèche de retour revient en arrière&#x202f;: l’étape «&#x202f;%1&#x202f;» ne précède pas l’étape «&#x202f;%2&#x202f;» sur son chemin</translation>
    </message>
    <message>
        <source>the paths after stage &quot;%1&quot; end the journey, yet stage &quot;%2&quot; follows them</source>
        <translation>les chemins après l’étape «&#x202f;%1&#x202f;» terminent le parcours, pourtant l’étape «&#x202f;%2&#x202f;» les suit</translation>
    </message>
    <message>
        <source>a fork joins at stage &quot;%1&quot;, which is not in the journey</source>
        <translation>une bifurcation se rejoint à l’étape «&#x202f;%1&#x202f;», qui n’est pas dans le parcours</translation>
    </message>
    <message>
        <source>the paths after stage &quot;%1&quot; must meet again at the main-line stage right after them, not at &quot;%2&quot;</source>
        <translation>les chemins après l’étape «&#x202f;%1&#x202f;» doivent se rejoindre à l’étape de la ligne principale qui les suit, pas à «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>opens sub-journey &quot;%1&quot;, which is not a journey of this project</source>
        <translation>ouvre le sous-parcours «&#x202f;%1&#x202f;», qui n’est pas un parcours de ce projet</translation>
    </message>
    <message>
        <source>opens its own journey &quot;%1&quot; as a sub-journey</source>
        <translation>ouvre son propre parcours «&#x202f;%1&#x202f;» comme sous-parcours</translation>
    </message>
    <message>
        <source>sub-journeys make a loop (%1); a journey cannot open itself, even through others</source>
        <translation>les sous-parcours forment une boucle (%1)&#x202f;; un parcours ne peut pas s’ouvrir lui-même, même par d’autres</translation>
    </message>
    <message>
        <source>journey &quot;%1&quot; nests %2 journeys deep, itself included; at most %3 are allowed, so that a map of maps stays readable</source>
        <translation>le parcours «&#x202f;%1&#x202f;» imbrique %2 parcours en profondeur, lui compris&#x202f;; %3 au plus sont admis, pour que la carte des cartes reste lisible</translation>
    </message>
</context>
<context>
    <name>metric units</name>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>score</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>months</name>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
</context>
<context>
    <name>new names</name>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
</context>
<context>
    <name>opportunity status</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <source>Owner: {name}</source>
        <translation>Responsable&#x202f;: {name}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>Last review: {day}</source>
        <translation>Dernière revue&#x202f;: {day}</translation>
    </message>
    <message>
        <source>Next: {day}</source>
        <translation>Prochaine&#x202f;: {day}</translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Jamais revu</translation>
    </message>
    <message>
        <source>Next: not planned</source>
        <translation>Prochaine&#x202f;: non prévue</translation>
    </message>
    <message>
        <source>⚠ Review due</source>
        <translation>⚠ Revue attendue</translation>
    </message>
    <message>
        <source>from {place}</source>
        <translation>depuis {place}</translation>
    </message>
    <message>
        <source>No review interval is set.</source>
        <translation>Aucune fréquence de revue n’est fixée.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>&quot;%1&quot; is not a page size; use one of %2, or WIDTHxHEIGHTmm such as 600x900mm</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un format de page&#x202f;; utilisez l’un de ceux-ci&#x202f;: %2, ou LARGEURxHAUTEURmm, par exemple 600x900mm</translation>
    </message>
    <message>
        <source>a custom page side of %1 mm cannot print; each side must be between %2 and %3 mm</source>
        <translation>un côté de page personnalisé de %1 mm ne peut pas être imprimé&#x202f;; chaque côté doit mesurer entre %2 et %3 mm</translation>
    </message>
    <message>
        <source>a poster %1 sheets wide is outside 1 to %2 sheets</source>
        <translation>une affiche de %1 feuilles de large sort de la plage de 1 à %2 feuilles</translation>
    </message>
    <message>
        <source>a margin of %1 mm is outside 0 to 100 mm</source>
        <translation>une marge de %1 mm sort de la plage de 0 à 100 mm</translation>
    </message>
    <message>
        <source>an overlap of %1 mm is outside 0 to 50 mm</source>
        <translation>un recouvrement de %1 mm sort de la plage de 0 à 50 mm</translation>
    </message>
    <message>
        <source>margins of %1 mm leave less than one inch to print on a %2 × %3 mm page</source>
        <translation>des marges de %1 mm laissent moins de 2,5 cm imprimables sur une page de %2 × %3 mm</translation>
    </message>
    <message>
        <source>a scale of %1% is outside %2% to %3%</source>
        <translation>une échelle de %1&#x202f;% sort de la plage de %2&#x202f;% à %3&#x202f;%</translation>
    </message>
    <message>
        <source>a poster %1 sheets of %2 wide would print the map at %3%, outside %4% to %5%; choose another number of sheets or another paper</source>
        <translation>une affiche de %1 feuilles %2 de large imprimerait la carte à %3&#x202f;%, hors de la plage de %4&#x202f;% à %5&#x202f;%&#x202f;; choisissez un autre nombre de feuilles ou un autre papier</translation>
    </message>
    <message>
        <source>at %1 % the map needs %2 sheets of %3 (more than %4); choose a smaller scale or a larger paper</source>
        <translation>à %1 %, la carte demande %2 feuilles %3 (plus de %4)&#x202f;; choisissez une échelle plus petite ou un papier plus grand</translation>
    </message>
    <message>
        <source>Card text would print at %1 pt. %2 or a poster %3 sheets wide prints it at %4 pt or more.</source>
        <translation>Le texte des cartes serait imprimé en %1 pt. Le format %2 ou une affiche de %3 feuilles de large l’imprime en %4 pt ou plus.</translation>
    </message>
    <message>
        <source>Card text would print at %1 pt. %2 prints it at %3 pt or more.</source>
        <translation>Le texte des cartes serait imprimé en %1 pt. Le format %2 l’imprime en %3 pt ou plus.</translation>
    </message>
    <message>
        <source>Card text would print at %1 pt. A poster %2 sheets wide prints it at %3 pt or more.</source>
        <translation>Le texte des cartes serait imprimé en %1 pt. Une affiche de %2 feuilles de large l’imprime en %3 pt ou plus.</translation>
    </message>
    <message>
        <source>Card text would print at %1 pt. Print fewer stages or lanes, or choose a larger paper.</source>
        <translation>Le texte des cartes serait imprimé en %1 pt. Imprimez moins d’étapes ou de couloirs, ou choisissez un papier plus grand.</translation>
    </message>
    <message>
        <source>%1 landscape</source>
        <translation>%1 paysage</translation>
    </message>
    <message>
        <source>%1 portrait</source>
        <translation>%1 portrait</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>path data starts with a number: %1</source>
        <translation>les données du tracé commencent par un nombre&#x202f;: %1</translation>
    </message>
    <message>
        <source>the path command %1 is not supported</source>
        <translation>la commande de tracé %1 n’est pas prise en charge</translation>
    </message>
    <message>
        <source>the path command %1 lacks numbers</source>
        <translation>il manque des nombres à la commande de tracé %1</translation>
    </message>
    <message>
        <source>numbers follow a closed path: %1</source>
        <translation>des nombres suivent un tracé fermé&#x202f;: %1</translation>
    </message>
    <message>
        <source>the icon %1.svg cannot be read: %2</source>
        <translation>l’icône %1.svg est illisible&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1; it is left out</source>
        <translation>%1&#x202f;; elle est laissée de côté</translation>
    </message>
    <message>
        <source>customer journey map</source>
        <translation>carte du parcours client</translation>
    </message>
</context>
<context>
    <name>pdf words</name>
    <message>
        <source>“%1”</source>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Page {number} of</source>
        <translation>Page {number} sur</translation>
    </message>
    <message>
        <source>Sheet {label}: row {row} of {rows}, column {column} of {columns}</source>
        <translation>Feuille {label}&#x202f;: ligne {row} sur {rows}, colonne {column} sur {columns}</translation>
    </message>
    <message>
        <source>Assembly plan</source>
        <translation>Plan d’assemblage</translation>
    </message>
    <message>
        <source>{count} sheets of {paper} at {scale} %, {rows} rows × {columns} columns. Neighbouring sheets share {overlap} mm of the map: trim each sheet along its cut marks on the left and top edges, then lay it over the sheet before it.</source>
        <translation>{count} feuilles {paper} à {scale} %, {rows} lignes × {columns} colonnes. Les feuilles voisines partagent {overlap} mm de la carte&#x202f;: coupez chaque feuille le long des traits de coupe à gauche et en haut, puis posez-la sur la feuille précédente.</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>Emotions along the journey</source>
        <translation>Émotions au fil du parcours</translation>
    </message>
    <message>
        <source>Pain points and opportunities by stage</source>
        <translation>Points de douleur et opportunités par étape</translation>
    </message>
    <message>
        <source>Ranked by severity, then by votes.</source>
        <translation>Classés par gravité, puis par votes.</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de douleur</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>severity {value}/5</source>
        <translation>gravité {value}/5</translation>
    </message>
    <message>
        <source>{value} votes</source>
        <translation>{value} votes</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>{value} cards</source>
        <translation>{value} cartes</translation>
    </message>
    <message>
        <source>Impact/effort matrix</source>
        <translation>Matrice impact/effort</translation>
    </message>
    <message>
        <source>Each dot is an opportunity, placed by its impact and effort (1 to 5): its size shows its votes, its colour and mark its status.</source>
        <translation>Chaque point est une opportunité, placée selon son impact et son effort (de 1 à 5)&#x202f;: sa taille montre ses votes, sa couleur et sa marque son statut.</translation>
    </message>
    <message>
        <source>Backlog of opportunities</source>
        <translation>Backlog des opportunités</translation>
    </message>
    <message>
        <source>Ranked by impact ÷ effort, then by the weight of the pain points answered, then by votes.</source>
        <translation>Classées par impact ÷ effort, puis par le poids des points de douleur traités, puis par votes.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <source>Project overview</source>
        <translation>Vue d’ensemble du projet</translation>
    </message>
</context>
<context>
    <name>pdf words, opportunities</name>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Room code (6 characters, on the projector)</source>
        <translation>Code de la salle (6 caractères, au vidéoprojecteur)</translation>
    </message>
    <message>
        <source>Enter the room</source>
        <translation>Entrer dans la salle</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name (or leave empty to stay anonymous)</source>
        <translation>Votre nom (ou laissez vide pour rester anonyme)</translation>
    </message>
    <message>
        <source>Join the vote</source>
        <translation>Participer au vote</translation>
    </message>
    <message>
        <source>This round is anonymous: nobody sees who voted what.</source>
        <translation>Ce tour est anonyme&#x202f;: personne ne voit qui a voté quoi.</translation>
    </message>
    <message>
        <source>Dots left: %1 of %2</source>
        <translation>Gommettes restantes&#x202f;: %1 sur %2</translation>
    </message>
    <message>
        <source>Dots placed: %1</source>
        <translation>Gommettes posées&#x202f;: %1</translation>
    </message>
    <message>
        <source>Add a dot to “%1”</source>
        <translation>Ajouter une gommette à «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Take a dot back from “%1”</source>
        <translation>Retirer une gommette de «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>your dots: %1</source>
        <translation>vos gommettes&#x202f;: %1</translation>
    </message>
    <message>
        <source>all dots: %1</source>
        <translation>toutes les gommettes&#x202f;: %1</translation>
    </message>
    <message>
        <source>Counts stay hidden until the facilitator reveals them.</source>
        <translation>Les résultats restent masqués jusqu’à ce que l’animateur les révèle.</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Temps restant&#x202f;: %1</translation>
    </message>
    <message>
        <source>The round is closed. Thank you!</source>
        <translation>Le tour est clos. Merci&#x202f;!</translation>
    </message>
    <message>
        <source>Connection lost; your dots are kept. Trying again…</source>
        <translation>Connexion perdue, vos gommettes sont conservées. Nouvel essai…</translation>
    </message>
    <message>
        <source>This page needs the room’s address from the QR code, or its room code.</source>
        <translation>Cette page a besoin de l’adresse de la salle (code QR) ou de son code.</translation>
    </message>
    <message>
        <source>This room code is not the one on the projector.</source>
        <translation>Ce code n’est pas celui affiché au vidéoprojecteur.</translation>
    </message>
    <message>
        <source>This card is not part of the round.</source>
        <translation>Cette carte ne fait pas partie du tour.</translation>
    </message>
    <message>
        <source>Join the round first.</source>
        <translation>Rejoignez d’abord le tour.</translation>
    </message>
    <message>
        <source>This round asks for your name.</source>
        <translation>Ce tour demande votre nom.</translation>
    </message>
    <message>
        <source>The round is closed.</source>
        <translation>Le tour est clos.</translation>
    </message>
    <message>
        <source>Time is up: the round takes no more dots.</source>
        <translation>Le temps est écoulé&#x202f;: le tour ne prend plus de gommettes.</translation>
    </message>
    <message>
        <source>Too many requests at once; wait a moment.</source>
        <translation>Trop de demandes à la fois, patientez un instant.</translation>
    </message>
    <message>
        <source>The request was not understood.</source>
        <translation>La demande n’a pas été comprise.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La demande est trop grande.</translation>
    </message>
    <message>
        <source>Only devices on the room’s local network may vote.</source>
        <translation>Seuls les appareils du réseau local de la salle peuvent voter.</translation>
    </message>
    <message>
        <source>Too many phones are connected.</source>
        <translation>Trop de téléphones sont connectés.</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Téléphone %1</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Not printed: %1</source>
        <translation>Pas imprimé&#x202f;: %1</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <source>No cards in this stage yet</source>
        <translation>Aucune carte dans cette étape pour l’instant</translation>
    </message>
</context>
<context>
    <name>quadrants</name>
    <message>
        <source>Quick wins</source>
        <translation>Gains rapides</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Paris stratégiques</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>À-côtés</translation>
    </message>
    <message>
        <source>Money pits</source>
        <translation>Gouffres</translation>
    </message>
</context>
<context>
    <name>slides</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
</context>
</TS>
